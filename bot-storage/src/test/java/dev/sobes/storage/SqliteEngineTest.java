package dev.sobes.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

/** The engine over SQLite: one file, shared by the processes of one machine. */
class SqliteEngineTest extends EngineContract {
    @TempDir
    Path dir;

    @Override
    Database database() {
        return new Database.Sqlite(dir.resolve("sobes.db"));
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("sobes.db"));
    }
}
