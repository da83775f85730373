package dev.sobes.discord;

import dev.sobes.chart.ChartImages;
import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.Chart;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Span;
import dev.sobes.core.model.Lang;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the engine's replies to one input: lays each out, picks where it goes, sends or edits, and
 * remembers what it sent under the reply's key. Messages are sent one after another so they arrive
 * in the engine's order.
 *
 * <p>Where a reply goes: one only a person may see ({@link Reply#privateTo()}) answers that person's
 * interaction as an ephemeral message, and otherwise goes to their direct messages; one for a
 * conversation other than the input's (a group game's, when its player answered in direct messages)
 * goes to that conversation's channel; any other answers the interaction (for its person only where
 * {@link Context#answersPrivately()}), or goes to the input's channel.
 */
final class Delivery {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);
    /** How long an edit waits for the message it edits while another lane is still sending it. */
    private static final Duration SENDING_PATIENCE = Duration.ofSeconds(5);

    private static final EnumSet<Message.MentionType> NO_MENTIONS = EnumSet.noneOf(Message.MentionType.class);

    private final SentMessages sent;
    private final AdapterTexts texts;

    /**
     * Where the replies to one input go.
     *
     * @param conversation the engine's conversation of the input
     * @param channel the Discord channel (or thread) of that conversation
     * @param user the person whose input this is
     * @param lang the language of the adapter's own words for them
     * @param responder the interaction to answer, or null for a plain message
     * @param direct whether the channel is a direct-message channel
     * @param answersPrivately whether replies to the interaction that name nobody should still be
     *     shown to its person only: a command of their own in a channel others read
     * @param readsMessages whether a plain message here is read as an answer
     * @param inputMessageId the person's message that brought the input, or 0 for an interaction
     * @param channels finds the channel of another conversation
     */
    record Context(
            Conversation conversation,
            MessageChannel channel,
            User user,
            Lang lang,
            @Nullable Responder responder,
            boolean direct,
            boolean answersPrivately,
            boolean readsMessages,
            long inputMessageId,
            Function<Conversation, Optional<MessageChannel>> channels) {}

    private sealed interface Route permits ViaInteraction, ToChannel {}

    private record ViaInteraction(Responder responder, boolean ephemeral) implements Route {}

    /** @param directTo when the channel is someone's direct messages opened for this reply, who */
    private record ToChannel(
            MessageChannel channel, @Nullable PersonId directTo) implements Route {}

    Delivery(SentMessages sent, AdapterTexts texts) {
        this.sent = sent;
        this.texts = texts;
    }

    void deliver(Context context, List<Reply> replies) {
        for (Reply reply : replies) {
            deliver(context, reply);
        }
    }

    private void deliver(Context context, Reply reply) {
        if (reply.removeInput() && removedInput(context)) {
            return;
        }
        Route route = route(context, reply);
        if (route == null) {
            LOG.warn(
                    "A reply for {} was not sent: its channel is not known here",
                    reply.conversation().key());
            return;
        }
        try {
            deliver(context, reply, route);
        } catch (ErrorResponseException e) {
            if (route instanceof ToChannel to
                    && to.directTo() != null
                    && e.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER) {
                // The person does not take direct messages from the bot; the others' replies still go.
                LOG.info(
                        "A private reply was not sent: {} does not accept direct messages",
                        to.directTo().userId());
                return;
            }
            throw e;
        }
    }

    private void deliver(Context context, Reply reply, Route route) {
        List<Outgoing> parts = layout(context, reply);
        MessageChannel home = route instanceof ToChannel to ? to.channel() : context.channel();
        Files files = Files.of(reply, route);
        String key = reply.key();
        if (key == null) {
            for (int i = 0; i < parts.size(); i++) {
                send(route, parts.get(i), home, files.on(i));
            }
            return;
        }
        Conversation conversation = reply.conversation();
        PersonId privateTo = reply.privateTo();
        if (reply.replace()) {
            List<MessageRef> old = sent.await(conversation, privateTo, key, SENDING_PATIENCE);
            if (!old.isEmpty()) {
                sent.put(conversation, privateTo, key, replace(context, old, parts, route, home, files));
                return;
            }
        }
        sent.sending(conversation, privateTo, key);
        if (privateTo == null) {
            // Before sending: a person may press the new card's Answer as soon as it appears.
            sent.questionSent(conversation, key);
        }
        try {
            List<MessageRef> refs = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                refs.add(send(route, parts.get(i), home, files.on(i)));
            }
            sent.put(conversation, privateTo, key, refs);
        } finally {
            sent.abandon(conversation, privateTo, key);
        }
    }

    /**
     * Deletes the person's message that brought the input, where the bot may; false when it may not
     * (or there is none), and the reply standing in for it must be sent.
     */
    private static boolean removedInput(Context context) {
        if (context.inputMessageId() == 0
                || !(context.channel() instanceof GuildMessageChannel channel)
                || !channel.getGuild().getSelfMember().hasPermission(channel, Permission.MESSAGE_MANAGE)) {
            return false;
        }
        try {
            context.channel().deleteMessageById(context.inputMessageId()).complete();
            return true;
        } catch (InsufficientPermissionException | ErrorResponseException e) {
            LOG.info("Could not delete a message in {}: {}", context.channel().getId(), e.getMessage());
            return false;
        }
    }

    /** The reply laid out for Discord; a question card gets the Answer button, and a note where messages are not read. */
    List<Outgoing> layout(Context context, Reply reply) {
        Outgoing.OutButton answer = null;
        RichText note = null;
        String key = reply.key();
        if (Layout.isQuestionCard(reply) && key != null) {
            String label = texts.get(context.lang(), "answer.button");
            answer = new Outgoing.OutButton(AnswerIds.button(key), label, true);
            if (!context.readsMessages()) {
                note = useTheButton(context.lang(), label);
            }
        }
        return Layout.render(reply, answer, note, texts.get(context.lang(), "continued"));
    }

    private RichText useTheButton(Lang lang, String label) {
        String line = texts.get(lang, "answer.use-button", "\u0000");
        int at = line.indexOf('\u0000');
        return RichText.builder()
                .paragraph(Span.plain(line.substring(0, at)), Span.bold(label), Span.plain(line.substring(at + 1)))
                .build();
    }

    private static @Nullable Route route(Context context, Reply reply) {
        PersonId to = reply.privateTo();
        Responder responder = context.responder();
        if (to != null) {
            boolean asker = to.userId().equals(context.user().getId());
            if (asker && responder != null) {
                return new ViaInteraction(responder, !context.direct());
            }
            if (asker && context.direct()) {
                return new ToChannel(context.channel(), null);
            }
            return new ToChannel(openDirect(context, to), to);
        }
        if (!reply.conversation().equals(context.conversation())) {
            return context.channels()
                    .apply(reply.conversation())
                    .map(channel -> new ToChannel(channel, null))
                    .orElse(null);
        }
        if (responder != null) {
            return new ViaInteraction(responder, context.answersPrivately());
        }
        return new ToChannel(context.channel(), null);
    }

    private static MessageChannel openDirect(Context context, PersonId to) {
        return context.channel().getJDA().openPrivateChannelById(to.userId()).complete();
    }

    private static MessageRef send(Route route, Outgoing part, MessageChannel home, List<FileUpload> files) {
        MessageCreateData data = create(part, files);
        if (route instanceof ViaInteraction via) {
            return via.responder().send(data, via.ephemeral(), home);
        }
        MessageChannel channel = ((ToChannel) route).channel();
        Message message = channel.sendMessage(data).complete();
        return new MessageRef(channel, message.getIdLong(), false, null);
    }

    /** Edits the messages sent under the key in place, sending or deleting where the count changed. */
    private List<MessageRef> replace(
            Context context,
            List<MessageRef> old,
            List<Outgoing> parts,
            Route route,
            MessageChannel home,
            Files files) {
        List<MessageRef> refs = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            refs.add(
                    i < old.size()
                            ? edit(context, old.get(i), parts.get(i), files.on(i))
                            : send(route, parts.get(i), home, files.on(i)));
        }
        for (int i = parts.size(); i < old.size(); i++) {
            MessageRef gone = old.get(i);
            if (gone.ephemeral() && gone.hook() != null) {
                gone.hook().deleteMessageById(gone.id()).complete();
            } else if (!gone.ephemeral()) {
                gone.channel().deleteMessageById(gone.id()).complete();
            }
        }
        return refs;
    }

    private static MessageRef edit(Context context, MessageRef ref, Outgoing part, List<FileUpload> files) {
        MessageEditData data = edit(part, files);
        Responder responder = context.responder();
        if (responder != null && responder.sourceMessageId() == ref.id() && responder.updateSource(data)) {
            return ref;
        }
        if (ref.ephemeral() && ref.hook() != null) {
            ref.hook().editMessageById(ref.id(), data).complete();
        } else {
            ref.channel().editMessageById(ref.id(), data).complete();
        }
        return ref;
    }

    // JDA's message data; every message is sent with no mentions allowed, so nothing can ping.

    static MessageCreateData create(Outgoing part) {
        return create(part, List.of());
    }

    static MessageCreateData create(Outgoing part, List<FileUpload> files) {
        return new MessageCreateBuilder()
                .setContent(part.content())
                .setEmbeds(embeds(part))
                .setComponents(rows(part))
                .setFiles(files)
                .setAllowedMentions(NO_MENTIONS)
                .mentionRepliedUser(false)
                .build();
    }

    static MessageEditData edit(Outgoing part) {
        return edit(part, List.of());
    }

    /** An edit; files, when there are any, take the place of the message's old ones. */
    static MessageEditData edit(Outgoing part, List<FileUpload> files) {
        MessageEditBuilder builder = new MessageEditBuilder()
                .setContent(part.content())
                .setEmbeds(embeds(part))
                .setComponents(rows(part))
                .setAllowedMentions(NO_MENTIONS)
                .mentionRepliedUser(false);
        if (!files.isEmpty()) {
            builder.setFiles(files);
        }
        return builder.build();
    }

    /**
     * The files a reply carries: its attachment, and its chart drawn as a PNG. They go with the
     * first message of the reply. Where the bot may not attach files (a server channel without
     * Attach Files), the text goes alone: it carries the same numbers as the chart.
     */
    private static final class Files {
        private static final Files NONE = new Files(List.of());
        private static final String CHART_NAME = "stats.png";
        private static final int ALT_TEXT = 1024;

        private final List<Upload> uploads;

        /** A file's name, description and bytes: a {@link FileUpload} can be sent only once, so one is made per send. */
        private static final class Upload {
            private final String name;
            private final @Nullable String description;
            private final byte[] bytes;

            Upload(String name, @Nullable String description, byte[] bytes) {
                this.name = name;
                this.description = description;
                this.bytes = bytes;
            }
        }

        private Files(List<Upload> uploads) {
            this.uploads = uploads;
        }

        static Files of(Reply reply, Route route) {
            Attachment attachment = reply.attachment();
            Chart chart = reply.chart();
            if (attachment == null && chart == null) {
                return NONE;
            }
            if (route instanceof ToChannel to
                    && to.channel() instanceof GuildMessageChannel channel
                    && !channel.getGuild().getSelfMember().hasPermission(channel, Permission.MESSAGE_ATTACH_FILES)) {
                LOG.info("A file was left out in {}: the bot may not attach files there", channel.getId());
                return NONE;
            }
            List<Upload> uploads = new ArrayList<>();
            if (attachment != null) {
                uploads.add(new Upload(attachment.fileName(), null, attachment.content()));
            }
            if (chart != null) {
                String title = chart.title();
                String alt = title.length() <= ALT_TEXT ? title : title.substring(0, ALT_TEXT);
                uploads.add(new Upload(CHART_NAME, alt, ChartImages.png(chart)));
            }
            return new Files(List.copyOf(uploads));
        }

        /** The files for the reply's message number {@code index}: all on the first, none after. */
        List<FileUpload> on(int index) {
            if (index != 0 || uploads.isEmpty()) {
                return List.of();
            }
            List<FileUpload> out = new ArrayList<>();
            for (Upload upload : uploads) {
                byte[] bytes = upload.bytes;
                // A supplier, so a request JDA repeats after a rate limit sends the whole file again.
                FileUpload file = FileUpload.fromStreamSupplier(upload.name, () -> new ByteArrayInputStream(bytes));
                String description = upload.description;
                if (description != null && !description.isBlank()) {
                    file.setDescription(description);
                }
                out.add(file);
            }
            return out;
        }
    }

    private static List<MessageEmbed> embeds(Outgoing part) {
        List<MessageEmbed> embeds = new ArrayList<>();
        for (Outgoing.Embed embed : part.embeds()) {
            EmbedBuilder builder = new EmbedBuilder();
            if (embed.title() != null) {
                builder.setTitle(embed.title());
            }
            if (!embed.description().isEmpty()) {
                builder.setDescription(embed.description());
            }
            embeds.add(builder.build());
        }
        return embeds;
    }

    private static List<ActionRow> rows(Outgoing part) {
        List<ActionRow> rows = new ArrayList<>();
        for (List<Outgoing.OutButton> row : part.rows()) {
            List<Button> buttons = new ArrayList<>();
            for (Outgoing.OutButton button : row) {
                buttons.add(
                        button.primary()
                                ? Button.primary(button.id(), button.label())
                                : Button.secondary(button.id(), button.label()));
            }
            rows.add(ActionRow.of(buttons));
        }
        return rows;
    }
}
