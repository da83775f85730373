package dev.sobes.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Opens a pool of connections to a database, refusing a file that is not a SQLite database. */
final class Pools {
    /** Every SQLite database file starts with these 16 bytes. */
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private static final Duration BUSY_TIMEOUT = Duration.ofSeconds(10);

    private Pools() {}

    static HikariDataSource open(Database database) throws StoreSetupException {
        HikariConfig config =
                database instanceof Database.Sqlite sqlite ? sqlite(sqlite) : postgres((Database.Postgres) database);
        config.setConnectionTimeout(Duration.ofSeconds(10).toMillis());
        // Fail at start-up, with the driver's reason, rather than on the first input.
        config.setInitializationFailTimeout(1);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw Failures.atStartUp(database, e);
        }
    }

    private static HikariConfig sqlite(Database.Sqlite database) throws StoreSetupException {
        Path file = database.file();
        checkIsSqliteOrNew(file);
        Path folder = file.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new StoreSetupException(
                        "The folder " + folder + " for the database file cannot be created (" + e
                                + "). Choose a location Sobes may write to.",
                        e);
            }
        }
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        // NORMAL in WAL mode: a commit is in the write-ahead log, which the operating system holds,
        // before the reply that confirms it, so a crash of the bot loses nothing; the log reaches
        // the disk at every checkpoint, so a power cut may take back the last moments' commits but
        // never leaves the file broken. FULL would wait for the disk on every commit: 4 ms on the
        // machine of docs/performance.md, at most 250 answers a second.
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.setBusyTimeout((int) BUSY_TIMEOUT.toMillis());
        sqlite.enforceForeignKeys(true);
        // A write transaction takes the write lock at its start, so two writers queue on the busy
        // timeout instead of one failing when it upgrades from reading.
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(sqlite);
        source.setUrl("jdbc:sqlite:" + file);
        HikariConfig config = new HikariConfig();
        config.setPoolName("sobes-sqlite");
        config.setDataSource(source);
        config.setMaximumPoolSize(4);
        return config;
    }

    /** Refuses an existing file that is not a SQLite database, before SQLite touches it. */
    private static void checkIsSqliteOrNew(Path file) throws StoreSetupException {
        if (Files.isDirectory(file)) {
            throw new StoreSetupException(
                    "The database path " + file + " is a folder. Give the path of a file (it is created when missing),"
                            + " such as " + file.resolve("sobes.db") + ".");
        }
        if (!Files.exists(file)) {
            return;
        }
        byte[] header = new byte[SQLITE_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(header, 0, header.length);
        } catch (IOException e) {
            throw new StoreSetupException(
                    "The database file " + file + " cannot be read (" + e + "). Check its permissions.", e);
        }
        if (read > 0 && !Arrays.equals(header, SQLITE_HEADER)) {
            throw new StoreSetupException("The file " + file + " is not a SQLite database. Nothing was changed."
                    + " Move it away, or choose another file for the database.");
        }
    }

    private static HikariConfig postgres(Database.Postgres database) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("sobes-postgres");
        config.setJdbcUrl(database.url());
        if (database.user() != null) {
            config.setUsername(database.user());
        }
        if (database.password() != null) {
            config.setPassword(database.password());
        }
        if (database.schema() != null) {
            config.setSchema(database.schema());
        }
        config.setMaximumPoolSize(8);
        config.addDataSourceProperty("connectTimeout", "10");
        config.addDataSourceProperty("ApplicationName", "sobes");
        return config;
    }
}
