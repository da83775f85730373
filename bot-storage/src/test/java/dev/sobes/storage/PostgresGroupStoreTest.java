package dev.sobes.storage;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The group store contract on a real PostgreSQL server, in a schema of each test's own. */
class PostgresGroupStoreTest extends GroupStoreContract {
    private Database.@Nullable Postgres database;

    @BeforeEach
    void createSchema() {
        database = PostgresServer.freshSchema();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        closeStores();
        if (database != null) {
            PostgresServer.drop(database);
        }
    }

    @Override
    Database.Postgres database() {
        if (database == null) {
            throw new IllegalStateException("no database before the test starts");
        }
        return database;
    }
}
