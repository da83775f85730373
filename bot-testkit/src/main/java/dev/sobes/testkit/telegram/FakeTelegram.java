package dev.sobes.testkit.telegram;

import com.sun.net.httpserver.HttpServer;
import dev.sobes.testkit.telegram.TelegramState.ChatState;
import dev.sobes.testkit.telegram.TelegramState.StoredMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A fake Telegram Bot API server on 127.0.0.1, for tests that run a real bot library against it.
 *
 * <pre>{@code
 * try (FakeTelegram telegram = FakeTelegram.builder().start()) {
 *     // point the bot at telegram.baseUrl() with telegram.token()
 *     FakeUser anna = telegram.user(7, "Anna").language("en");
 *     anna.sends("/start");
 *     SentMessage menu = anna.dm().awaitReply(m -> m.hasButton("Practice"));
 *     anna.dm().taps(menu, "Practice");
 *     assertThat(telegram.violations()).isEmpty();
 * }
 * }</pre>
 *
 * <p>It serves getMe, getUpdates (long polling with offsets), sendMessage, sendPhoto,
 * sendDocument, getFile and file downloads ({@code GET /file/bot<token>/<file_path>}),
 * editMessageText, deleteMessage, answerCallbackQuery, getChatMember, getChatAdministrators,
 * setMyCommands, setWebhook, deleteWebhook and getWebhookInfo, and refuses what Telegram refuses:
 * text over 4096 characters or empty, HTML Telegram would not parse, callback data over 64 bytes,
 * edits of messages that do not exist, deleting a person's message in a group where the bot is
 * not an administrator allowed to delete messages ({@link FakeGroup#promoteBot}), messages to
 * people who never started the bot or blocked it ({@link FakeUser#blocksBot}; 403), and anything
 * over the {@link RateLimits} (429 with
 * retry_after). Photos and documents come as files of a multipart form, as TelegramBots sends
 * them; a photo must be a PNG or a JPEG, a caption at most 1024 visible characters, and getFile
 * refuses files over 20 MB ("file is too big"). Every refusal except the 403 is a {@link Violation}.
 *
 * <p>People send documents with {@link ChatView#sendsDocument}; {@link #downloads()} counts how
 * many files the bot fetched.
 *
 * <p>Groups have administrators ({@link FakeGroup#owner}, {@link FakeGroup#admin}); a change of
 * the bot's own rights sends it a {@code my_chat_member} update. A message in a forum topic that
 * replies to nothing carries the topic's first message as {@code reply_to_message}, as on Telegram.
 */
public final class FakeTelegram implements AutoCloseable {
    /** The token the fake accepts unless told otherwise. */
    public static final String DEFAULT_TOKEN = "7000000001:AAFakeTelegramTokenForTests_only-0123";

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final TelegramState state;
    private final HttpServer server;
    private final ExecutorService pool;
    private final Thread pusher;
    private final AtomicInteger callbackIds = new AtomicInteger();

    private FakeTelegram(Builder b) {
        this.state = new TelegramState(b.token, b.botId, b.botUsername, b.privacyMode, b.maxPollWait, b.limits);
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-telegram");
            t.setDaemon(true);
            return t;
        });
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            // Small answers go out at once rather than waiting on the client's delayed ACK (Nagle).
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BotApi api = new BotApi(state, () -> {});
        server.createContext("/", api::handle);
        server.setExecutor(pool);
        server.start();
        pusher = new Thread(new WebhookPusher(state), "fake-telegram-webhook");
        pusher.setDaemon(true);
        pusher.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings of a fake server; each has a default that suits most tests. */
    public static final class Builder {
        private String token = DEFAULT_TOKEN;
        private long botId = 7000000001L;
        private String botUsername = "sobes_test_bot";
        private RateLimits limits = RateLimits.telegram();
        private boolean privacyMode = true;
        private Duration maxPollWait = Duration.ofSeconds(50);

        private Builder() {}

        public Builder token(String value) {
            token = value;
            return this;
        }

        public Builder bot(long id, String username) {
            botId = id;
            botUsername = username;
            return this;
        }

        public Builder limits(RateLimits value) {
            limits = value;
            return this;
        }

        /** With privacy mode on (the default), a group shows the bot only commands, replies to it and mentions. */
        public Builder privacyMode(boolean value) {
            privacyMode = value;
            return this;
        }

        /** Caps how long one getUpdates call is held open, whatever timeout the bot asks for. */
        public Builder maxPollWait(Duration value) {
            maxPollWait = value;
            return this;
        }

        public FakeTelegram start() {
            return new FakeTelegram(this);
        }
    }

    /** Where the bot should send its calls: {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String token() {
        return state.token;
    }

    public String botUsername() {
        return state.botUsername;
    }

    public long botId() {
        return state.botId;
    }

    /** A person on Telegram, created on first use. */
    public FakeUser user(long id, String firstName) {
        return locked(() -> {
            state.users.computeIfAbsent(id, k -> new TelegramState.UserState(id, firstName));
            return new FakeUser(this, id);
        });
    }

    /** A supergroup (id below zero, as Telegram's are). */
    public FakeGroup group(long id, String title) {
        return addGroup(id, title, false);
    }

    /** A supergroup with forum topics. */
    public FakeGroup forum(long id, String title) {
        return addGroup(id, title, true);
    }

    private FakeGroup addGroup(long id, String title, boolean forum) {
        if (id >= 0) {
            throw new IllegalArgumentException("group ids are negative on Telegram");
        }
        return locked(() -> {
            state.chats.computeIfAbsent(id, k -> new ChatState(id, "supergroup", title, forum));
            return new FakeGroup(this, id);
        });
    }

    /** The bot's messages in a chat, as they stand now (deleted ones left out), oldest first. */
    public List<SentMessage> messages(long chatId) {
        return locked(() -> {
            ChatState chat = state.chats.get(chatId);
            if (chat == null) {
                return List.of();
            }
            return chat.messages.values().stream()
                    .filter(m -> m.fromBot && !m.deleted)
                    .map(StoredMessage::snapshot)
                    .toList();
        });
    }

    /** Every bot message in every chat. */
    public List<SentMessage> allMessages() {
        return locked(() -> state.chats.values().stream()
                .flatMap(c -> c.messages.values().stream())
                .filter(m -> m.fromBot && !m.deleted)
                .map(StoredMessage::snapshot)
                .sorted(Comparator.comparingLong(SentMessage::change))
                .toList());
    }

    /** Whether a person's message is gone: deleted by the bot. */
    public boolean deleted(UserMessage message) {
        return locked(() -> {
            StoredMessage stored = state.chat(message.chatId()).messages.get(message.messageId());
            return stored == null || stored.deleted;
        });
    }

    /** Every call refused for breaking a rule (400, 404, 409 or 429 from the limits), in order. */
    public List<Violation> violations() {
        return locked(() -> List.copyOf(state.violations));
    }

    /** How many calls got 429 because the bot went over the rate limits (injected faults not counted). */
    public int rateLimited() {
        return locked(() -> state.rateLimited);
    }

    /** Every 429 the fake answered: for going over the rate limits, and injected with {@link #failNext}. */
    public int tooManyRequests() {
        return locked(() -> state.tooManyRequests);
    }

    /** How many files the bot downloaded ({@code GET /file/bot<token>/<file_path>} answered with the bytes). */
    public int downloads() {
        return locked(() -> state.downloads);
    }

    /** Messages refused with 403: sent to people who never started the bot, or who blocked it. */
    public List<String> refusals() {
        return locked(() -> List.copyOf(state.refusals));
    }

    /** How many times the bot called {@code method} (any case), faults included. */
    public int calls(String method) {
        return locked(() -> state.calls.getOrDefault(method.toLowerCase(Locale.ROOT), 0));
    }

    /** How many times the bot called {@code method} (any case) for the chat {@code chatId}, faults and refusals included. */
    public int calls(String method, long chatId) {
        return locked(() -> state.chatCalls.getOrDefault(method.toLowerCase(Locale.ROOT) + "|" + chatId, 0));
    }

    /** Answers the next call of {@code method} with {@code fault} instead of handling it. */
    public void failNext(String method, Fault fault) {
        lockedRun(() -> state.faults.addLast(new AbstractMap.SimpleEntry<>(method.toLowerCase(Locale.ROOT), fault)));
    }

    /** Faults planned with {@link #failNext} that no call has met yet. */
    public int faultsLeft() {
        return locked(() -> state.faults.size());
    }

    /** The command menu the bot registered for {@code languageCode} ("" for the default) in every chat. */
    public List<BotCommandEntry> commands(String languageCode) {
        return commands("default", languageCode);
    }

    /**
     * The command menu the bot registered for a scope ({@code default}, {@code all_group_chats},
     * {@code all_private_chats}, …) and {@code languageCode} ("" for the default).
     */
    public List<BotCommandEntry> commands(String scope, String languageCode) {
        return locked(() -> state.commands.getOrDefault(scope + "|" + languageCode, List.of()));
    }

    public @Nullable String webhookUrl() {
        return locked(() -> state.webhookUrl);
    }

    /** How many updates were delivered to the webhook and answered with 2xx. */
    public int webhookDeliveries() {
        return locked(() -> state.webhookDeliveries);
    }

    /** Updates not yet confirmed: by a getUpdates with a higher offset, or by a 2xx from the webhook. */
    public int pendingUpdates() {
        return locked(() -> state.updates.size());
    }

    /** Callback queries the bot has not answered (their buttons still spin). */
    public Set<String> unansweredCallbacks() {
        return locked(() -> state.callbacks.entrySet().stream()
                .filter(e -> !e.getValue())
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet()));
    }

    /**
     * The note the bot showed where a button was pressed (answerCallbackQuery's text), waiting
     * until the press is answered; empty when it was answered without one.
     */
    public String callbackNote(String callbackId) {
        await(() -> Boolean.TRUE.equals(state.callbacks.get(callbackId)), "an answer to callback " + callbackId);
        return locked(() -> state.callbackTexts.getOrDefault(callbackId, ""));
    }

    /** Waits until {@code condition} holds (checked whenever the fake sees a change); fails after 30 s. */
    public void await(BooleanSupplier condition, String what) {
        state.await(condition, WAIT, what);
    }

    @Override
    public void close() {
        locked(() -> {
            state.closed = true;
            state.changed();
            return null;
        });
        server.stop(0);
        pusher.interrupt();
        pool.shutdownNow();
    }

    // For FakeUser, FakeGroup and ChatView.

    TelegramState state() {
        return state;
    }

    String nextCallbackId() {
        return "cb" + callbackIds.incrementAndGet();
    }

    <T> T locked(Supplier<T> action) {
        state.lock.lock();
        try {
            return action.get();
        } finally {
            state.lock.unlock();
        }
    }

    void lockedRun(Runnable action) {
        locked(() -> {
            action.run();
            return null;
        });
    }

    List<SentMessage> messagesSince(long chatId, @Nullable Integer threadId, long after) {
        return locked(() -> {
            ChatState chat = state.chat(chatId);
            List<SentMessage> found = new ArrayList<>();
            for (StoredMessage m : chat.messages.values()) {
                if (m.fromBot && !m.deleted && m.change > after && Objects.equals(m.threadId, threadId)) {
                    found.add(m.snapshot());
                }
            }
            found.sort(Comparator.comparingLong(SentMessage::change));
            return found;
        });
    }

    Duration waitLimit() {
        return WAIT;
    }
}
