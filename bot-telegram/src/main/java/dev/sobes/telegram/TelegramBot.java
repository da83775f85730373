package dev.sobes.telegram;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.Unreachable;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.model.Lang;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScope;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeAllGroupChats;
import org.telegram.telegrambots.meta.api.objects.commands.scope.BotCommandScopeDefault;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Sobes on Telegram: a running bot. {@link #start} checks the token, registers the command menu,
 * and begins taking updates (long polling, or a webhook endpoint registered with Telegram);
 * {@link #close} stops taking updates, finishes the ones taken, sends what is queued, and stops
 * every thread it started. The webhook stays registered after {@link #close} unless the settings
 * ask to delete it ({@link TelegramSettings.Webhook#deleteOnStop}): other processes behind the same
 * address may still be serving it.
 *
 * <pre>{@code
 * try (TelegramBot bot = TelegramBot.start(TelegramSettings.polling(token), engine)) {
 *     // serve until shut down
 * }
 * }</pre>
 */
public final class TelegramBot implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(TelegramBot.class);

    /** How long what Telegram said about a group's administrators and the bot's rights is trusted. */
    private static final Duration RIGHTS_FRESH = Duration.ofMinutes(1);

    private final TelegramSettings settings;
    private final Redactor redactor;
    private final OkHttpClient http;
    private final ExecutorService httpThreads;
    private final OkHttpTelegramClient client;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicLong tooManyRequests = new AtomicLong();
    private @Nullable OutboxRunner outbox;
    private @Nullable Router router;
    private @Nullable Poller poller;
    private @Nullable WebhookEndpoint webhook;
    private String username = "";

    private TelegramBot(TelegramSettings settings) {
        this.settings = settings;
        this.redactor = new Redactor(settings.token());
        this.httpThreads = Executors.newCachedThreadPool(Threads.daemon("telegram-http"));
        Dispatcher dispatcher = new Dispatcher(httpThreads);
        dispatcher.setMaxRequests(4 * settings.workers() + 8);
        dispatcher.setMaxRequestsPerHost(4 * settings.workers() + 8);
        this.http = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectTimeout(settings.requestTimeout())
                .readTimeout(settings.requestTimeout())
                .writeTimeout(settings.requestTimeout())
                .callTimeout(settings.requestTimeout())
                // The outbound queue decides about retries; OkHttp's own could repeat a message Telegram took.
                .retryOnConnectionFailure(false)
                .addInterceptor(chain -> {
                    Response response = chain.proceed(chain.request());
                    if (response.code() == 429) {
                        tooManyRequests.incrementAndGet();
                    }
                    return response;
                })
                .build();
        this.client = new OkHttpTelegramClient(http, settings.token(), telegramUrl(settings));
    }

    /**
     * Starts the bot with the engine answering every input. A conversation's replies are queued in
     * the order the engine applied its inputs, even when they come from different chats (answers
     * to a group interview written in private chats), so a message edited in place never goes
     * back to an older state.
     *
     * @throws TelegramStartException when Telegram refuses the token, cannot be reached, or the
     *     webhook cannot be set up; the message says what to check
     */
    public static TelegramBot start(TelegramSettings settings, Engine engine) {
        return launch(settings, engine::handle);
    }

    /**
     * Starts the bot with {@code engine} answering every input; replies are queued when it returns.
     *
     * @throws TelegramStartException when Telegram refuses the token, cannot be reached, or the
     *     webhook cannot be set up; the message says what to check
     */
    public static TelegramBot start(TelegramSettings settings, Function<Input, List<Reply>> engine) {
        return launch(settings, (input, sink) -> sink.accept(engine.apply(input)));
    }

    private static TelegramBot launch(TelegramSettings settings, Responder engine) {
        TelegramBot bot = new TelegramBot(settings);
        try {
            bot.run(engine);
            return bot;
        } catch (RuntimeException e) {
            bot.close();
            throw e;
        }
    }

    /**
     * Sends replies the engine made without an update to answer (a timer's), through the same
     * rate-limited queue as every other message.
     */
    public void deliver(List<Reply> replies) {
        Router routing = router;
        if (routing == null || closed.get()) {
            log.warn("{} replies not sent: the Telegram bot is not running", replies.size());
            return;
        }
        routing.deliver(replies);
    }

    /** The bot's @username, without the @. */
    public String username() {
        return username;
    }

    /**
     * Whether Telegram is reachable as far as this bot can tell: in polling mode, whether the last
     * poll was answered; in webhook mode, whether the endpoint is listening (Telegram calls it, so
     * there is nothing to ask).
     */
    public boolean connected() {
        Poller polling = poller;
        if (polling != null) {
            return polling.reachable();
        }
        return webhook != null;
    }

    /**
     * Replies waiting in the outbound queue across all chats now, counted as the Bot API calls
     * that make them (a message, a piece of a long one, an edit, a file), those being made included.
     */
    public int queuedReplies() {
        OutboxRunner runner = outbox;
        return runner == null ? 0 : runner.pending();
    }

    /**
     * How many times the Bot API answered 429 (too many requests) since the bot started. Long
     * polls, which are never limited, are not counted.
     */
    public long rateLimitedResponses() {
        return tooManyRequests.get();
    }

    /** The port the webhook endpoint listens on, or -1 in polling mode. */
    public int webhookPort() {
        WebhookEndpoint endpoint = webhook;
        return endpoint == null ? -1 : endpoint.port();
    }

    private void run(Responder engine) {
        User me = identify();
        username = me.getUserName() == null ? "" : me.getUserName();
        registerCommands();
        AdapterTexts texts = new AdapterTexts();
        OutboxRunner runner = new OutboxRunner(
                settings.limits(), new Delivery(client, redactor), settings.workers(), System::nanoTime);
        outbox = runner;
        runner.onUnreachable((chatId, permanent) -> engine.respond(
                new Unreachable(Conversation.direct(Platform.TELEGRAM, chatId), permanent), replies -> {}));
        Router routing = new Router(
                engine,
                new UpdateTranslator(me.getId(), username, new Usernames()),
                new ReplyRenderer(new MessageIds(100_000), texts, username),
                runner,
                client,
                texts,
                redactor,
                new GroupRights(client, me.getId(), redactor, RIGHTS_FRESH, System::nanoTime),
                username,
                settings.workers(),
                new Downloads(client, http, settings.apiUrl().toString(), settings.token()));
        router = routing;
        TelegramSettings.Webhook hook = settings.webhook();
        if (settings.mode() == TelegramSettings.Mode.WEBHOOK && hook != null) {
            startWebhook(hook, routing);
        } else {
            startPolling(routing);
        }
        log.info(
                "Telegram bot @{} is up ({}, Bot API at {})",
                username,
                settings.mode().name().toLowerCase(java.util.Locale.ROOT),
                settings.apiUrl());
    }

    private User identify() {
        try {
            return client.execute(new GetMe());
        } catch (TelegramApiRequestException e) {
            Integer code = e.getErrorCode();
            if (code != null && (code == 401 || code == 404)) {
                throw new TelegramStartException("Telegram refused the bot token ([" + code + "] "
                        + redactor.redact(e.getApiResponse())
                        + "). Check the token @BotFather gave you, and the Bot API URL " + settings.apiUrl() + ".");
            }
            throw new TelegramStartException(
                    "The Telegram Bot API at " + settings.apiUrl() + " did not answer getMe: " + redactor.describe(e));
        } catch (TelegramApiException e) {
            throw new TelegramStartException(
                    "Could not reach the Telegram Bot API at " + settings.apiUrl() + ": " + redactor.describe(e));
        }
    }

    /**
     * The command menu in every language (the default one is English): solo practice in private
     * chats, group interviews first in groups. A failure only costs the menu.
     */
    private void registerCommands() {
        AdapterTexts texts = new AdapterTexts();
        List<String> languages = new ArrayList<>();
        languages.add("");
        for (Lang lang : Lang.values()) {
            languages.add(lang.code());
        }
        for (String language : languages) {
            Lang lang = language.isEmpty() ? Lang.EN : Lang.parse(language).orElse(Lang.EN);
            registerMenu(texts, lang, language, AdapterTexts.MENU, new BotCommandScopeDefault());
            registerMenu(texts, lang, language, AdapterTexts.GROUP_MENU, new BotCommandScopeAllGroupChats());
        }
    }

    private void registerMenu(
            AdapterTexts texts, Lang lang, String language, List<String> menu, BotCommandScope scope) {
        List<BotCommand> commands = new ArrayList<>();
        for (String command : menu) {
            commands.add(new BotCommand(command, texts.plain(lang, "command." + command)));
        }
        try {
            client.execute(SetMyCommands.builder()
                    .commands(commands)
                    .scope(scope)
                    .languageCode(language.isEmpty() ? null : language)
                    .build());
        } catch (TelegramApiException e) {
            log.warn(
                    "Could not register the command menu ({}, {}): {}",
                    scope.getType(),
                    language.isEmpty() ? "default" : language,
                    redactor.describe(e));
        }
    }

    private void startPolling(Router routing) {
        Poller polling = new Poller(
                settings.token(),
                telegramUrl(settings),
                settings.pollTimeout(),
                settings.requestTimeout(),
                routing,
                redactor);
        poller = polling;
        try {
            polling.start();
        } catch (TelegramApiException e) {
            throw new TelegramStartException("Could not start polling Telegram for updates: " + redactor.describe(e));
        }
    }

    private void startWebhook(TelegramSettings.Webhook hook, Router routing) {
        WebhookEndpoint endpoint = new WebhookEndpoint(hook, routing, redactor, 2 * settings.workers());
        webhook = endpoint;
        try {
            endpoint.start();
        } catch (IOException e) {
            throw new TelegramStartException("Could not listen for the webhook on " + hook.bindHost() + ":"
                    + hook.port() + ": " + redactor.describe(e));
        }
        try {
            Boolean set = client.execute(SetWebhook.builder()
                    .url(hook.publicUrl().toString())
                    .secretToken(hook.secret())
                    .allowedUpdates(UpdateTranslator.ALLOWED_UPDATES)
                    .build());
            if (!Boolean.TRUE.equals(set)) {
                throw new TelegramStartException("Telegram did not accept the webhook " + hook.publicUrl());
            }
        } catch (TelegramApiException e) {
            throw new TelegramStartException(
                    "Telegram did not accept the webhook " + hook.publicUrl() + ": " + redactor.describe(e));
        }
    }

    /**
     * Stops taking updates, finishes the updates already taken, sends what is queued (for up to
     * the shutdown grace), and stops every thread. In webhook mode the endpoint answers 503 from
     * now on (Telegram keeps the update and tries again, maybe at another process behind the same
     * address); the webhook is deleted at Telegram only when {@link
     * TelegramSettings.Webhook#deleteOnStop} says so.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        Poller polling = poller;
        if (polling != null) {
            polling.stopPolling();
        }
        WebhookEndpoint endpoint = webhook;
        if (endpoint != null) {
            endpoint.stopAccepting();
            TelegramSettings.Webhook hook = settings.webhook();
            if (hook != null && hook.deleteOnStop()) {
                try {
                    client.execute(DeleteWebhook.builder().build());
                } catch (TelegramApiException e) {
                    log.warn("Could not delete the webhook: {}", redactor.describe(e));
                }
            }
            endpoint.close();
        }
        Router routing = router;
        if (routing != null && !routing.close(settings.shutdownGrace())) {
            log.warn("Updates were still being handled when the bot stopped");
        }
        if (polling != null) {
            if (routing != null) {
                confirm(routing.highestSubmitted());
            }
            polling.close();
        }
        OutboxRunner runner = outbox;
        if (runner != null) {
            if (!runner.drain(settings.shutdownGrace())) {
                log.warn(
                        "{} Telegram calls were still queued after {} s",
                        runner.pending(),
                        settings.shutdownGrace().toSeconds());
                // The grace is over: calls still in flight are cut, not waited for.
                http.dispatcher().cancelAll();
            }
            runner.close();
        }
        http.dispatcher().cancelAll();
        httpThreads.shutdownNow();
        http.connectionPool().evictAll();
        if (!username.isEmpty()) {
            log.info("Telegram bot @{} stopped", username);
        }
    }

    /**
     * Tells Telegram that every update up to {@code updateId} was handled. Polling confirms an
     * update only with the next poll, and after the last poll there is none.
     */
    private void confirm(int updateId) {
        if (updateId <= 0) {
            return;
        }
        try {
            client.execute(GetUpdates.builder()
                    .offset(updateId + 1)
                    .limit(1)
                    .timeout(0)
                    .allowedUpdates(UpdateTranslator.ALLOWED_UPDATES)
                    .build());
        } catch (TelegramApiException e) {
            log.info("Could not confirm the last updates; Telegram will deliver them again: {}", redactor.describe(e));
        }
    }

    private static TelegramUrl telegramUrl(TelegramSettings settings) {
        return new TelegramUrl(settings.apiUrl().getScheme(), settings.apiUrl().getHost(), settings.apiPort(), false);
    }
}
