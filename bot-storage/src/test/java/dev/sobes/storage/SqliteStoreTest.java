package dev.sobes.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a SQLite file. */
class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    Database database() {
        return new Database.Sqlite(dir.resolve("data/sobes.db"));
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/sobes.db"));
    }

    @Override
    @Nullable
    String schemaPattern() {
        return null;
    }
}
