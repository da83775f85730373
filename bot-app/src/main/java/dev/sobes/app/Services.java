package dev.sobes.app;

import dev.sobes.core.admin.Desk;
import dev.sobes.core.admin.Library;
import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.store.StoreException;
import dev.sobes.storage.Database;
import dev.sobes.storage.SqlStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What every way of running Sobes shares: the question packs (shared and own, in a library that a
 * reload swaps atomically), the store (SQLite by default, PostgreSQL when configured), the engine
 * over them, and the desk in front of it with its metrics. The secret that signs buttons lives in
 * the store, so buttons shown before a restart, or by another process, still work.
 */
final class Services implements AutoCloseable {
    final Settings settings;
    final Library library;
    final Database database;
    final SqlStore store;
    final Engine engine;
    final Clock clock;
    final StoreQueries queries;
    final OwnPacks ownPacks;
    final Meters meters;
    final Outlets outlets = new Outlets();
    final Desk desk;

    /**
     * How often the packs sent from chat, and reloads of the content, are looked for among the
     * changes other processes made.
     */
    static final Duration REFRESH = Duration.ofSeconds(5);

    private final ScheduledExecutorService housekeeping = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sobes-housekeeping");
        thread.setDaemon(true);
        return thread;
    });

    /** Where every platform's inputs go: the desk, counted and timed. */
    final Function<Input, List<Reply>> front;

    private Services(
            Settings settings,
            Library library,
            Database database,
            SqlStore store,
            Clock clock,
            long seed,
            OwnPacks ownPacks) {
        this.settings = settings;
        this.library = library;
        this.database = database;
        this.store = store;
        this.clock = clock;
        this.ownPacks = ownPacks;
        this.engine = new Engine(library, store, clock, seed, new ActionCodec(store.actionSecret()), store.groups());
        this.queries = new StoreQueries(database);
        this.meters = new Meters(clock);
        AppOperations operations = new AppOperations(settings.contentDir(), library, queries, ownPacks, outlets, store);
        // Each handles its own failures, so the future has nothing to report; close() stops it.
        ScheduledFuture<?> unused = housekeeping.scheduleWithFixedDelay(
                () -> {
                    ownPacks.refreshQuietly();
                    operations.followReloads();
                },
                REFRESH.toMillis(),
                REFRESH.toMillis(),
                TimeUnit.MILLISECONDS);
        this.desk = new Desk(engine, library, operations, settings.admins(), store, clock);
        this.front = meters.around(desk::handle);
    }

    /**
     * Loads the content and opens the store. Problems with the content are printed; null means no
     * question could be loaded. A wrong setting or an unusable database throws {@link
     * SettingException} with a message that names what to fix.
     */
    static @Nullable Services open(Settings settings, PrintStream err) throws IOException {
        Path contentDir = settings.contentDir();
        if (!Files.isDirectory(contentDir)) {
            err.println("The content folder " + contentDir.toAbsolutePath() + " does not exist. Set "
                    + Settings.CONTENT_DIR + " to the folder that holds the question packs.");
            return null;
        }
        Content.Loaded content = Content.load(contentDir);
        content.problems().forEach(err::println);
        QuestionBank bank = content.bank();
        if (bank.questionCount() == 0) {
            err.println("No questions could be loaded from " + contentDir.toAbsolutePath() + ".");
            return null;
        }
        long seed = seed(settings);
        settings.admins();
        Clock clock = Clock.systemUTC();
        Database database = Storage.database(settings.asMap());
        Library library = new Library(bank);
        SqlStore store = Storage.open(database, clock);
        OwnPacks ownPacks = new OwnPacks(store.packs(), library, clock);
        try {
            ownPacks.refresh();
        } catch (StoreException e) {
            store.close();
            throw new SettingException("Could not read the packs sent from chat: " + e.getMessage(), e);
        }
        return new Services(settings, library, database, store, clock, seed, ownPacks);
    }

    private static long seed(Settings settings) {
        String fixed = settings.get("SOBES_SEED");
        if (fixed != null) {
            try {
                return Long.parseLong(fixed);
            } catch (NumberFormatException e) {
                throw new SettingException("SOBES_SEED must be a whole number, not \"" + fixed + "\".", e);
            }
        }
        return new SecureRandom().nextLong();
    }

    @Override
    public void close() {
        housekeeping.shutdownNow();
        store.close();
    }
}
