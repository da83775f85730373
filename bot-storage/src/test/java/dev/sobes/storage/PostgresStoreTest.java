package dev.sobes.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The store contract on a real PostgreSQL server, in a schema of each test's own. */
class PostgresStoreTest extends StoreContract {
    private final PostgresSchema schema = new PostgresSchema();

    @BeforeEach
    void createSchema() {
        schema.create();
    }

    @AfterEach
    void dropSchema() throws SQLException {
        closeStores();
        schema.drop();
    }

    @Override
    Database.Postgres database() {
        return schema.database();
    }

    @Override
    Connection connect() throws SQLException {
        return schema.connect();
    }

    @Override
    @Nullable
    String schemaPattern() {
        return database().schema();
    }
}
