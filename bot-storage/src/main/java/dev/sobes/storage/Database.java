package dev.sobes.storage;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Which database to keep progress in. */
public sealed interface Database permits Database.Sqlite, Database.Postgres {

    /** What to call this database in messages: the file, or the URL. */
    String describe();

    /** One SQLite file, created with its folder on first use. */
    record Sqlite(Path file) implements Database {
        public Sqlite {
            file = file.toAbsolutePath().normalize();
        }

        @Override
        public String describe() {
            return file.toString();
        }
    }

    /**
     * A PostgreSQL database.
     *
     * @param url a JDBC URL, {@code jdbc:postgresql://host:port/database}
     * @param user the user to connect as, or null for the driver's default (or the URL's)
     * @param password the password, or null
     * @param schema the schema to keep the tables in, created when missing; null for the user's
     *     default schema
     */
    record Postgres(
            String url,
            @Nullable String user,
            @Nullable String password,
            @Nullable String schema) implements Database {
        public Postgres {
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException(
                        "a PostgreSQL URL starts with jdbc:postgresql:, as in jdbc:postgresql://localhost:5432/sobes");
            }
        }

        public Postgres(String url, @Nullable String user, @Nullable String password) {
            this(url, user, password, null);
        }

        @Override
        public String describe() {
            return url + (schema == null ? "" : " (schema " + schema + ")");
        }

        @Override
        public String toString() {
            return "Postgres[" + describe() + ", user " + user + "]";
        }
    }
}
