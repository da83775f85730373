package dev.sobes.bench.load;

import dev.sobes.content.ContentLoader;
import dev.sobes.content.LoadResult;
import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.storage.Database;
import dev.sobes.storage.SqlStore;
import dev.sobes.telegram.OutboxLimits;
import dev.sobes.telegram.TelegramBot;
import dev.sobes.telegram.TelegramSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * The Telegram bot as the launcher wires it (the packs, the SQLite store, the engine, the adapter
 * with its default settings) but with the outbound limiter off: the launcher always keeps
 * Telegram's 30 messages a second, as it must against Telegram, so the bot's own capacity can only
 * be found without it. Reads the launcher's settings: SOBES_TELEGRAM_TOKEN, SOBES_TELEGRAM_API_URL,
 * SOBES_DB_PATH, SOBES_CONTENT_DIR, SOBES_SEED. For the load driver only.
 */
public final class UnthrottledBot {
    private UnthrottledBot() {}

    /** No waiting between messages; the chat backlog that asks a flooding chat to slow down is kept. */
    static OutboxLimits unthrottled() {
        OutboxLimits telegram = OutboxLimits.telegram();
        return new OutboxLimits(
                Duration.ZERO,
                1_000,
                Duration.ZERO,
                1_000,
                Duration.ZERO,
                telegram.chatBacklog(),
                telegram.totalBacklog(),
                telegram.firstRetry(),
                telegram.maxRetry(),
                telegram.maxAttempts());
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        LoadResult content = new ContentLoader().load(Path.of(require(env, "SOBES_CONTENT_DIR")));
        QuestionBank bank = content.bank();
        Clock clock = Clock.systemUTC();
        SqlStore store = SqlStore.open(new Database.Sqlite(Path.of(require(env, "SOBES_DB_PATH"))), clock);
        long seed = Long.parseLong(env.getOrDefault("SOBES_SEED", "1"));
        Engine engine = new Engine(() -> bank, store, clock, seed, new ActionCodec(store.actionSecret()));
        TelegramSettings settings = TelegramSettings.polling(require(env, "SOBES_TELEGRAM_TOKEN"))
                .withApiUrl(URI.create(require(env, "SOBES_TELEGRAM_API_URL")))
                .withLimits(unthrottled());
        TelegramBot bot = TelegramBot.start(settings, engine);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            bot.close();
                            store.close();
                            System.err.println("Sobes stopped.");
                            stopped.countDown();
                        },
                        "sobes-shutdown"));
        System.err.println("Sobes is on Telegram as @" + bot.username() + " (outbound limiter off).");
        stopped.await();
    }

    private static String require(Map<String, String> env, String name) {
        return Objects.requireNonNull(env.get(name), name + " is not set");
    }
}
