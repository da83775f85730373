package dev.sobes.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.sobes.core.admin.Desk;
import dev.sobes.core.chat.ButtonPress;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.chat.Upload;
import dev.sobes.core.chat.UserInput;
import dev.sobes.core.model.Lang;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The adapter's routing: an update goes to its chat's worker, is translated, answered by the
 * engine, rendered, and queued for sending. An update seen before (Telegram redelivers after a
 * lost answer) is skipped; a chat whose replies pile up is asked to slow down instead.
 *
 * <p>In a group, a command or a button press carries whether its person manages the group
 * ({@link GroupRights}); a reply that asks to remove the person's message becomes a deletion where
 * the bot may delete messages, and the reply itself (a warning) only where it may not; a press of
 * a button that asks for text is answered with a note on where to write it.
 *
 * <p>A file sent to the bot is fetched from Telegram off the chat's worker ({@link Downloads}), so
 * other chats are served meanwhile; the chat's own later updates wait for it, so its replies keep
 * their order. A file Telegram says is over {@link Desk#MAX_UPLOAD_BYTES} is not fetched at all.
 */
final class Router {
    private static final Logger log = LoggerFactory.getLogger(Router.class);
    private static final int CALLBACK_ATTEMPTS = 4;

    private final Responder engine;
    private final UpdateTranslator translator;
    private final ReplyRenderer renderer;
    private final OutboxRunner outbox;
    private final TelegramClient client;
    private final AdapterTexts texts;
    private final Redactor redactor;
    private final GroupRights rights;
    private final String botUsername;
    private final ChatWorkers workers;
    private final Downloads downloads;
    private final Cache<Integer, Boolean> seen = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterWrite(Duration.ofHours(25))
            .build();
    private final AtomicInteger highestSubmitted = new AtomicInteger();

    Router(
            Responder engine,
            UpdateTranslator translator,
            ReplyRenderer renderer,
            OutboxRunner outbox,
            TelegramClient client,
            AdapterTexts texts,
            Redactor redactor,
            GroupRights rights,
            String botUsername,
            int workers,
            Downloads downloads) {
        this.engine = engine;
        this.translator = translator;
        this.renderer = renderer;
        this.outbox = outbox;
        this.client = client;
        this.texts = texts;
        this.redactor = redactor;
        this.rights = rights;
        this.botUsername = botUsername;
        this.workers = new ChatWorkers(workers);
        this.downloads = downloads;
    }

    /**
     * Hands the update to its chat's worker; the future completes once its replies are queued, or,
     * for a file, once it is being fetched (the chat's later updates wait for it, other chats do not).
     */
    CompletableFuture<Void> submit(Update update) {
        Integer id = update.getUpdateId();
        if (id != null) {
            highestSubmitted.accumulateAndGet(id, Math::max);
        }
        return workers.submit(chatOf(update), () -> handle(update));
    }

    /** Handles a batch, each chat's updates in order, and returns when all are handled. */
    void handleAll(List<Update> updates) {
        List<CompletableFuture<Void>> handled = new ArrayList<>();
        for (Update update : updates) {
            handled.add(submit(update));
        }
        CompletableFuture.allOf(handled.toArray(CompletableFuture[]::new)).join();
    }

    /** The highest update id handed to a worker: every update up to it is handled once the workers stop. */
    int highestSubmitted() {
        return highestSubmitted.get();
    }

    /** Finishes the updates handed over so far. */
    boolean close(Duration timeout) {
        return workers.close(timeout);
    }

    /** Handles one update on its chat's worker; returns the download it started, if it started one. */
    @Nullable
    CompletableFuture<?> handle(Update update) {
        try {
            Integer id = update.getUpdateId();
            if (id != null && seen.asMap().putIfAbsent(id, Boolean.TRUE) != null) {
                log.debug("Update {} came again; it was handled already", id);
                return null;
            }
            UpdateTranslator.Translation translation = translator.translate(update);
            if (translation instanceof UpdateTranslator.RightsChanged changed) {
                log.debug("The bot's rights in chat {} changed", changed.chatId());
                rights.forget(changed.chatId());
                return null;
            }
            if (translation instanceof UpdateTranslator.FileOffered offered) {
                return receive(offered, id);
            }
            String callbackId = translation.callbackId();
            if (callbackId != null) {
                answerCallback(callbackId, toast(translation), 1);
            }
            if (translation instanceof UpdateTranslator.Ignored ignored) {
                log.debug("Update {} left alone: {}", id, ignored.reason());
                UpdateTranslator.Notice notice = ignored.notice();
                if (notice != null) {
                    List<String> escaped =
                            notice.args().stream().map(HtmlRenderer::escape).toList();
                    outbox.enqueue(List.of(ReplyRenderer.notice(
                            notice.chatId(),
                            notice.threadId(),
                            texts.text(notice.lang(), notice.key(), notice.args(), escaped))));
                }
                return null;
            }
            UpdateTranslator.Accepted accepted = (UpdateTranslator.Accepted) translation;
            answer(accepted.input(), accepted.messageId(), id);
        } catch (RuntimeException e) {
            log.error("Could not handle update {}: {}", update.getUpdateId(), redactor.describe(e));
        }
        return null;
    }

    /**
     * A file sent to the bot: refused at once when Telegram says it is over the upload limit,
     * otherwise fetched off the chat's worker and then handed to the engine on it, as an {@link
     * Upload}. A fetch that fails is answered with a request to send the file again.
     */
    private @Nullable CompletableFuture<?> receive(UpdateTranslator.FileOffered offered, Integer updateId) {
        Long size = offered.size();
        if (size != null && size > Desk.MAX_UPLOAD_BYTES) {
            log.info("Update {} brought a file of {} bytes; not fetched", updateId, size);
            fileNotice(offered, "notice.file-too-big");
            return null;
        }
        String chatId = offered.conversation().chatId();
        return downloads
                .fetch(offered.fileId(), Desk.MAX_UPLOAD_BYTES)
                .handleAsync(
                        (content, failure) -> {
                            try {
                                if (failure == null) {
                                    answer(offered.upload(content), null, updateId);
                                } else if (Downloads.tooBig(failure)) {
                                    fileNotice(offered, "notice.file-too-big");
                                } else {
                                    log.warn(
                                            "Could not fetch the file of update {}: {}",
                                            updateId,
                                            redactor.describe(Downloads.cause(failure)));
                                    fileNotice(offered, "notice.file-failed");
                                }
                            } catch (RuntimeException e) {
                                log.error("Could not handle the file of update {}: {}", updateId, redactor.describe(e));
                            }
                            return "";
                        },
                        workers.stripe(chatId));
    }

    /** A note about a file, in the chat it was sent to: {0} is its name, {1} the upload limit. */
    private void fileNotice(UpdateTranslator.FileOffered offered, String key) {
        Conversation conversation = offered.conversation();
        Lang lang = Lang.fromTag(offered.person().languageTag());
        String limit = Desk.MAX_UPLOAD_BYTES / 1024 + " KiB";
        outbox.enqueue(List.of(ReplyRenderer.notice(
                conversation.chatId(),
                ReplyRenderer.thread(conversation),
                texts.text(
                        lang,
                        key,
                        List.of(offered.fileName(), limit),
                        List.of(HtmlRenderer.escape(offered.fileName()), limit)))));
    }

    /** Sends replies that answer no update: a timed question running out, a reminder. */
    void deliver(List<Reply> replies) {
        List<Outgoing> calls = new ArrayList<>();
        for (Reply reply : replies) {
            calls.addAll(renderer.render(reply, null));
        }
        outbox.enqueue(calls);
    }

    private void answer(UserInput asked, @Nullable Integer messageId, Integer updateId) {
        String chatId = asked.conversation().chatId();
        Integer thread = ReplyRenderer.thread(asked.conversation());
        Lang lang = Lang.fromTag(asked.person().languageTag());
        if (!outbox.admits(chatId)) {
            log.info("Chat {} writes faster than it can be answered; update {} was refused", chatId, updateId);
            outbox.warnOnce(chatId, ReplyRenderer.notice(chatId, thread, texts.text(lang, "notice.slow-down")));
            return;
        }
        UserInput input = withRights(asked);
        if (input instanceof TextMessage text && text.seenByOthers() && messageId != null) {
            // Learnt before the engine runs: replies are queued while it holds the conversation.
            rights.learnDeleteRight(chatId);
        }
        try {
            engine.respond(input, replies -> outbox.enqueue(render(replies, input, messageId)));
        } catch (RuntimeException e) {
            log.error("The engine failed on update {}: {}", updateId, redactor.describe(e));
            outbox.enqueue(List.of(ReplyRenderer.notice(chatId, thread, texts.text(lang, "notice.internal-error"))));
        }
    }

    /**
     * The input with what Telegram says about its person in a group: whether they manage it (the
     * creator or an administrator). Asked only for commands and buttons, which may control a game.
     */
    private UserInput withRights(UserInput input) {
        Conversation conversation = input.conversation();
        if (!conversation.group() || input instanceof TextMessage) {
            return input;
        }
        long userId;
        try {
            userId = Long.parseLong(input.person().id().userId());
        } catch (NumberFormatException e) {
            return input;
        }
        if (!rights.manages(conversation.chatId(), userId)) {
            return input;
        }
        Person p = input.person();
        Person manager = new Person(p.id(), p.displayName(), p.languageTag(), true);
        if (input instanceof Command c) {
            return new Command(c.conversation(), manager, c.name(), c.args(), c.sourceId());
        }
        if (input instanceof ButtonPress b) {
            return new ButtonPress(b.conversation(), manager, b.action(), b.sourceId());
        }
        if (input instanceof Upload u) {
            return new Upload(u.conversation(), manager, u.file(), u.sourceId());
        }
        return input;
    }

    private List<Outgoing> render(List<Reply> replies, UserInput input, @Nullable Integer messageId) {
        List<Outgoing> calls = new ArrayList<>();
        for (Reply reply : replies) {
            List<Outgoing> rendered = renderer.render(reply, input.person());
            calls.addAll(reply.removeInput() ? removal(input, messageId, rendered) : rendered);
        }
        return calls;
    }

    /**
     * A reply that stands in for removing the input's message from the group: the message is
     * deleted where the bot may delete it, and the reply (a warning) is sent only where it may not.
     */
    private List<Outgoing> removal(UserInput input, @Nullable Integer messageId, List<Outgoing> warning) {
        String chatId = input.conversation().chatId();
        if (messageId == null || !input.conversation().group() || Boolean.FALSE.equals(rights.mayDelete(chatId))) {
            return warning;
        }
        return List.of(new Outgoing.DeleteInput(chatId, messageId, warning));
    }

    /**
     * The note shown where a button was pressed: for a button that asks for text (Telegram has no
     * private forms), where to write it.
     */
    private @Nullable String toast(UpdateTranslator.Translation translation) {
        if (translation instanceof UpdateTranslator.Accepted accepted
                && accepted.input() instanceof ButtonPress press
                && renderer.asksForText(press.action())) {
            Lang lang = Lang.fromTag(press.person().languageTag());
            return texts.plain(lang, "notice.answer-privately").replace("{0}", "@" + botUsername);
        }
        return null;
    }

    /** Answers a button press, trying again a few times: an unanswered button spins for the person. */
    private void answerCallback(String callbackId, @Nullable String text, int attempt) {
        try {
            CompletableFuture<Boolean> answered = client.executeAsync(AnswerCallbackQuery.builder()
                    .callbackQueryId(callbackId)
                    .text(text)
                    .build());
            CompletableFuture<Boolean> unused = answered.whenComplete((ok, failure) -> {
                if (failure == null) {
                    return;
                }
                if (attempt < CALLBACK_ATTEMPTS && !refusedByTelegram(failure)) {
                    CompletableFuture.delayedExecutor(250L * attempt, TimeUnit.MILLISECONDS)
                            .execute(() -> answerCallback(callbackId, text, attempt + 1));
                } else {
                    log.info("Could not answer a button press: {}", redactor.describe(failure));
                }
            });
        } catch (TelegramApiException e) {
            log.info("Could not answer a button press: {}", redactor.describe(e));
        }
    }

    private static boolean refusedByTelegram(Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof TelegramApiRequestException request && request.getErrorCode() != null) {
            int code = request.getErrorCode();
            return code >= 400 && code < 500 && code != 429;
        }
        return false;
    }

    private static String chatOf(Update update) {
        if (update.getMessage() != null && update.getMessage().getChat() != null) {
            return String.valueOf(update.getMessage().getChatId());
        }
        if (update.getEditedMessage() != null && update.getEditedMessage().getChat() != null) {
            return String.valueOf(update.getEditedMessage().getChatId());
        }
        if (update.getCallbackQuery() != null) {
            MaybeInaccessibleMessage message = update.getCallbackQuery().getMessage();
            if (message != null && message.getChat() != null) {
                return String.valueOf(message.getChat().getId());
            }
            if (update.getCallbackQuery().getFrom() != null) {
                return String.valueOf(update.getCallbackQuery().getFrom().getId());
            }
        }
        if (update.getMyChatMember() != null && update.getMyChatMember().getChat() != null) {
            return String.valueOf(update.getMyChatMember().getChat().getId());
        }
        return "0";
    }
}
