package dev.sobes.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** A schema of one test's own on the PostgreSQL server: made before the test, dropped after it. */
final class PostgresSchema {
    private Database.@Nullable Postgres database;

    void create() {
        database = PostgresServer.freshSchema();
    }

    void drop() throws SQLException {
        Database.Postgres made = database;
        database = null;
        if (made != null) {
            PostgresServer.drop(made);
        }
    }

    Database.Postgres database() {
        Database.Postgres made = database;
        if (made == null) {
            throw new IllegalStateException("no database before the test starts");
        }
        return made;
    }

    /** A plain connection in the test's schema. */
    Connection connect() throws SQLException {
        Connection c = PostgresServer.connect(database().url());
        c.setSchema(database().schema());
        return c;
    }
}
