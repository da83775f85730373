package dev.sobes.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.UserInput;
import dev.sobes.core.model.Lang;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
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
 */
final class Router {
    private static final Logger log = LoggerFactory.getLogger(Router.class);
    private static final int CALLBACK_ATTEMPTS = 4;

    private final Function<Input, List<Reply>> engine;
    private final UpdateTranslator translator;
    private final ReplyRenderer renderer;
    private final OutboxRunner outbox;
    private final TelegramClient client;
    private final AdapterTexts texts;
    private final Redactor redactor;
    private final ChatWorkers workers;
    private final Cache<Integer, Boolean> seen = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterWrite(Duration.ofHours(25))
            .build();
    private final AtomicInteger highestSubmitted = new AtomicInteger();

    Router(
            Function<Input, List<Reply>> engine,
            UpdateTranslator translator,
            ReplyRenderer renderer,
            OutboxRunner outbox,
            TelegramClient client,
            AdapterTexts texts,
            Redactor redactor,
            int workers) {
        this.engine = engine;
        this.translator = translator;
        this.renderer = renderer;
        this.outbox = outbox;
        this.client = client;
        this.texts = texts;
        this.redactor = redactor;
        this.workers = new ChatWorkers(workers);
    }

    /** Hands the update to its chat's worker; the future completes once its replies are queued. */
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

    void handle(Update update) {
        try {
            Integer id = update.getUpdateId();
            if (id != null && seen.asMap().putIfAbsent(id, Boolean.TRUE) != null) {
                log.debug("Update {} came again; it was handled already", id);
                return;
            }
            UpdateTranslator.Translation translation = translator.translate(update);
            if (translation.callbackId() != null) {
                answerCallback(translation.callbackId());
            }
            if (translation instanceof UpdateTranslator.Ignored ignored) {
                log.debug("Update {} left alone: {}", id, ignored.reason());
                UpdateTranslator.Notice notice = ignored.notice();
                if (notice != null) {
                    outbox.enqueue(List.of(ReplyRenderer.notice(
                            notice.chatId(), notice.threadId(), texts.text(notice.lang(), notice.key()))));
                }
                return;
            }
            UserInput input = ((UpdateTranslator.Accepted) translation).input();
            answer(input, id);
        } catch (RuntimeException e) {
            log.error("Could not handle update {}: {}", update.getUpdateId(), redactor.describe(e));
        }
    }

    /** Sends replies that answer no update: a timed question running out, a reminder. */
    void deliver(List<Reply> replies) {
        List<Outgoing> calls = new ArrayList<>();
        for (Reply reply : replies) {
            calls.addAll(renderer.render(reply, null));
        }
        outbox.enqueue(calls);
    }

    private void answer(UserInput input, Integer updateId) {
        String chatId = input.conversation().chatId();
        Integer thread = ReplyRenderer.thread(input.conversation());
        Lang lang = Lang.fromTag(input.person().languageTag());
        if (!outbox.admits(chatId)) {
            log.info("Chat {} writes faster than it can be answered; update {} was refused", chatId, updateId);
            outbox.warnOnce(chatId, ReplyRenderer.notice(chatId, thread, texts.text(lang, "notice.slow-down")));
            return;
        }
        List<Reply> replies;
        try {
            replies = engine.apply(input);
        } catch (RuntimeException e) {
            log.error("The engine failed on update {}: {}", updateId, redactor.describe(e));
            outbox.enqueue(List.of(ReplyRenderer.notice(chatId, thread, texts.text(lang, "notice.internal-error"))));
            return;
        }
        List<Outgoing> calls = new ArrayList<>();
        for (Reply reply : replies) {
            calls.addAll(renderer.render(reply, input.person()));
        }
        outbox.enqueue(calls);
    }

    private void answerCallback(String callbackId) {
        answerCallback(callbackId, 1);
    }

    /** Answers a button press, trying again a few times: an unanswered button spins for the person. */
    private void answerCallback(String callbackId, int attempt) {
        try {
            CompletableFuture<Boolean> answered = client.executeAsync(
                    AnswerCallbackQuery.builder().callbackQueryId(callbackId).build());
            CompletableFuture<Boolean> unused = answered.whenComplete((ok, failure) -> {
                if (failure == null) {
                    return;
                }
                if (attempt < CALLBACK_ATTEMPTS && !refusedByTelegram(failure)) {
                    CompletableFuture.delayedExecutor(250L * attempt, TimeUnit.MILLISECONDS)
                            .execute(() -> answerCallback(callbackId, attempt + 1));
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
        return "0";
    }
}
