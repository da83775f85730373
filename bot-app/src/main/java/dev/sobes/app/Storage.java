package dev.sobes.app;

import dev.sobes.storage.Database;
import dev.sobes.storage.SqlStore;
import dev.sobes.storage.StoreSetupException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Chooses and opens the database from the settings: PostgreSQL when SOBES_DATABASE_URL is set,
 * otherwise the SQLite file SOBES_DB_PATH (by default data/sobes.db under the working directory).
 */
final class Storage {
    static final String DB_PATH = "SOBES_DB_PATH";
    static final String DATABASE_URL = "SOBES_DATABASE_URL";
    static final String DATABASE_USER = "SOBES_DATABASE_USER";
    static final String DATABASE_PASSWORD = "SOBES_DATABASE_PASSWORD";
    static final String DEFAULT_DB_PATH = "data/sobes.db";

    private Storage() {}

    static Database database(Map<String, String> env) {
        String url = blankToNull(env.get(DATABASE_URL));
        if (url != null) {
            try {
                return new Database.Postgres(
                        url, blankToNull(env.get(DATABASE_USER)), blankToNull(env.get(DATABASE_PASSWORD)));
            } catch (IllegalArgumentException e) {
                throw new SettingException(
                        DATABASE_URL + " must be a PostgreSQL JDBC URL such as"
                                + " jdbc:postgresql://localhost:5432/sobes, not \"" + url + "\".",
                        e);
            }
        }
        String path = blankToNull(env.get(DB_PATH));
        return new Database.Sqlite(Path.of(path == null ? DEFAULT_DB_PATH : path));
    }

    /** Opens the store, or explains what to fix and which setting chose the database. */
    static SqlStore open(Database database, Clock clock) {
        try {
            return SqlStore.open(database, clock);
        } catch (StoreSetupException e) {
            String setting = database instanceof Database.Sqlite
                    ? "The database file is set by " + DB_PATH + " (now " + database.describe() + ")."
                    : "The database is set by " + DATABASE_URL + " (now " + database.describe() + "), " + DATABASE_USER
                            + " and " + DATABASE_PASSWORD + ".";
            throw new SettingException(e.getMessage() + "\n" + setting, e);
        }
    }

    /** Where the terminal saves files such as exports: beside the SQLite file, or in ./data. */
    static Path filesFolder(Database database) {
        if (database instanceof Database.Sqlite sqlite && sqlite.file().getParent() != null) {
            return sqlite.file().getParent();
        }
        return Path.of("data").toAbsolutePath();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
