package dev.sobes.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The engine over PostgreSQL, the set-up for several processes. */
class PostgresEngineTest extends EngineContract {
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
}
