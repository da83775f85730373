package dev.sobes.app;

import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.storage.Database;
import dev.sobes.storage.SqlStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What every way of running Sobes shares: the question packs, the store (SQLite by default,
 * PostgreSQL when configured) and the engine over them. The secret that signs buttons lives in
 * the store, so buttons shown before a restart, or by another process, still work.
 */
final class Services implements AutoCloseable {
    final QuestionBank bank;
    final Database database;
    final SqlStore store;
    final Engine engine;
    final Clock clock;

    private Services(QuestionBank bank, Database database, SqlStore store, Engine engine, Clock clock) {
        this.bank = bank;
        this.database = database;
        this.store = store;
        this.engine = engine;
        this.clock = clock;
    }

    /**
     * Loads the content and opens the store. Problems with the content are printed; null means no
     * question could be loaded. A wrong setting or an unusable database throws {@link
     * SettingException} with a message that names what to fix.
     */
    static @Nullable Services open(Map<String, String> env, PrintStream err) throws IOException {
        Path contentDir = Path.of(env.getOrDefault("SOBES_CONTENT_DIR", "content"));
        if (!Files.isDirectory(contentDir)) {
            err.println("The content folder " + contentDir.toAbsolutePath()
                    + " does not exist. Set SOBES_CONTENT_DIR to the folder that holds the question packs.");
            return null;
        }
        Content.Loaded content = Content.load(contentDir);
        content.problems().forEach(err::println);
        QuestionBank bank = content.bank();
        if (bank.questionCount() == 0) {
            err.println("No questions could be loaded from " + contentDir.toAbsolutePath() + ".");
            return null;
        }
        long seed = seed(env);
        Clock clock = Clock.systemUTC();
        Database database = Storage.database(env);
        SqlStore store = Storage.open(database, clock);
        Engine engine =
                new Engine(() -> bank, store, clock, seed, new ActionCodec(store.actionSecret()), store.groups());
        return new Services(bank, database, store, engine, clock);
    }

    private static long seed(Map<String, String> env) {
        String fixed = env.get("SOBES_SEED");
        if (fixed != null) {
            try {
                return Long.parseLong(fixed.trim());
            } catch (NumberFormatException e) {
                throw new SettingException("SOBES_SEED must be a whole number, not \"" + fixed + "\".", e);
            }
        }
        return new SecureRandom().nextLong();
    }

    @Override
    public void close() {
        store.close();
    }
}
