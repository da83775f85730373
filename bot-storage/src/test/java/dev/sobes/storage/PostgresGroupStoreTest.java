package dev.sobes.storage;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The group store contract on a real PostgreSQL server, in a schema of each test's own. */
class PostgresGroupStoreTest extends GroupStoreContract {
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
}
