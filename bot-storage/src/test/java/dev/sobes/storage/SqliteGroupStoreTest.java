package dev.sobes.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The group store contract on a SQLite file. */
class SqliteGroupStoreTest extends GroupStoreContract {
    @TempDir
    Path dir;

    @Override
    Database database() {
        return new Database.Sqlite(dir.resolve("data/sobes.db"));
    }
}
