package dev.sobes.discord;

import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one interaction. Discord wants exactly one response within three seconds, then allows
 * follow-ups: the first message goes out as the response itself, and when the engine has not
 * answered by the time the budget runs out, the interaction is deferred (a "thinking" reply, or a
 * silent acknowledgement of a button) and the messages follow through its hook.
 */
final class Responder {
    private static final Logger LOG = LoggerFactory.getLogger(Responder.class);

    private enum State {
        FRESH,
        DEFERRED_REPLY,
        DEFERRED_EDIT,
        ANSWERED
    }

    private final IReplyCallback interaction;
    private final @Nullable IMessageEditCallback onMessage;
    private final long sourceMessageId;
    private final boolean deferEphemeral;
    private final ReentrantLock lock = new ReentrantLock();
    private State state = State.FRESH;
    private boolean originalPending;
    private @Nullable Future<?> deadline;

    /**
     * @param interaction the interaction to answer
     * @param onMessage the same interaction when it came from a message (a button, or a modal
     *     opened by one), which can then be answered by editing that message
     * @param sourceMessageId that message's id, or 0
     * @param deferEphemeral whether a deferred reply should be visible to its person only
     */
    Responder(
            IReplyCallback interaction,
            @Nullable IMessageEditCallback onMessage,
            long sourceMessageId,
            boolean deferEphemeral) {
        this.interaction = interaction;
        this.onMessage = onMessage;
        this.sourceMessageId = sourceMessageId;
        this.deferEphemeral = deferEphemeral;
    }

    long sourceMessageId() {
        return sourceMessageId;
    }

    void deadline(Future<?> timer) {
        lock.lock();
        try {
            deadline = timer;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Called when the budget runs out: acknowledges the interaction if nothing has answered it.
     * If a worker holds the lock it is answering right now, so there is nothing to do.
     */
    void deferIfFresh() {
        if (!lock.tryLock()) {
            return;
        }
        try {
            if (state != State.FRESH) {
                return;
            }
            if (onMessage != null) {
                onMessage.deferEdit().queue(null, e -> LOG.warn("Could not defer an interaction: {}", e.toString()));
                state = State.DEFERRED_EDIT;
            } else {
                interaction
                        .deferReply(deferEphemeral)
                        .queue(null, e -> LOG.warn("Could not defer an interaction: {}", e.toString()));
                state = State.DEFERRED_REPLY;
                originalPending = true;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Sends a new message through the interaction: as its response, or as a follow-up. */
    MessageRef send(MessageCreateData data, boolean ephemeral, MessageChannel channel) {
        lock.lock();
        try {
            InteractionHook hook = interaction.getHook();
            switch (state) {
                case FRESH -> {
                    InteractionHook answered =
                            interaction.reply(data).setEphemeral(ephemeral).complete();
                    state = State.ANSWERED;
                    Message message = answered.hasCallbackResponse()
                            ? answered.getCallbackResponse().getMessage()
                            : null;
                    long id = message != null
                            ? message.getIdLong()
                            : answered.retrieveOriginal().complete().getIdLong();
                    return new MessageRef(channel, id, ephemeral, answered);
                }
                case DEFERRED_REPLY -> {
                    if (originalPending) {
                        originalPending = false;
                        if (ephemeral == deferEphemeral) {
                            Message message = hook.editOriginal(MessageEditData.fromCreateData(data))
                                    .complete();
                            return new MessageRef(channel, message.getIdLong(), deferEphemeral, hook);
                        }
                        // The placeholder is seen by the wrong people for this message: it makes way.
                        hook.deleteOriginal().complete();
                    }
                    return followUp(hook, data, ephemeral, channel);
                }
                default -> {
                    return followUp(hook, data, ephemeral, channel);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    private static MessageRef followUp(
            InteractionHook hook, MessageCreateData data, boolean ephemeral, MessageChannel channel) {
        Message message = hook.sendMessage(data).setEphemeral(ephemeral).complete();
        return new MessageRef(channel, message.getIdLong(), ephemeral, hook);
    }

    /**
     * Answers by editing the message the interaction came from, if nothing has answered yet;
     * false when that is no longer possible and the caller must edit some other way.
     */
    boolean updateSource(MessageEditData data) {
        lock.lock();
        try {
            if (state != State.FRESH || onMessage == null) {
                return false;
            }
            onMessage.editMessage(data).complete();
            state = State.ANSWERED;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Makes sure the interaction is answered once everything was sent; {@code done} when nothing was. */
    void finish(String done) {
        lock.lock();
        try {
            Future<?> timer = deadline;
            if (timer != null) {
                timer.cancel(false);
            }
            switch (state) {
                case FRESH -> {
                    if (onMessage != null) {
                        onMessage.deferEdit().complete();
                    } else {
                        interaction.reply(done).setEphemeral(true).complete();
                    }
                }
                case DEFERRED_REPLY -> {
                    if (originalPending) {
                        interaction.getHook().deleteOriginal().complete();
                    }
                }
                default -> {
                    // Answered, or acknowledged silently: nothing is owed.
                }
            }
            state = State.ANSWERED;
            originalPending = false;
        } finally {
            lock.unlock();
        }
    }
}
