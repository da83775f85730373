package dev.sobes.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.model.Grade;
import dev.sobes.core.store.AnswerRecord;
import dev.sobes.core.store.Commit;
import dev.sobes.core.store.StoreException;
import dev.sobes.testkit.ManualClock;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that cannot be used is refused at start-up, saying what to fix, and left as it was. */
class StartupErrorsTest {
    static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    static final PersonId ANN = new PersonId(Platform.CONSOLE, "ann");
    static final Conversation ANN_DM = Conversation.direct(Platform.CONSOLE, "ann");

    final ManualClock clock = new ManualClock(T0);

    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftAsItWas() throws Exception {
        Path file = dir.resolve("thesis.db");
        byte[] content = "Chapter 1. Interviews, and how to pass them.\n".getBytes(StandardCharsets.UTF_8);
        Files.write(file, content);

        assertThatThrownBy(() -> SqlStore.open(new Database.Sqlite(file), clock))
                .isInstanceOf(StoreSetupException.class)
                .hasMessageContaining("The file " + file + " is not a SQLite database")
                .hasMessageContaining("Nothing was changed");

        assertThat(Files.readAllBytes(file)).isEqualTo(content);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFolderGivenAsTheFileIsRefused() {
        assertThatThrownBy(() -> SqlStore.open(new Database.Sqlite(dir), clock))
                .isInstanceOf(StoreSetupException.class)
                .hasMessageContaining("is a folder")
                .hasMessageContaining(dir.resolve("sobes.db").toString());
    }

    @Test
    void aLocationThatCannotBeWrittenIsRefusedNamingIt() {
        // /proc takes no new files, whoever asks, so this holds for root too.
        Path file = Path.of("/proc/sobes.db");
        assertThatThrownBy(() -> SqlStore.open(new Database.Sqlite(file), clock))
                .isInstanceOf(StoreSetupException.class)
                .hasMessageContaining("/proc/sobes.db")
                .hasMessageContaining("cannot be created or opened")
                .hasMessageContaining("Choose a location Sobes may write to");

        Path nested = Path.of("/proc/sobes/data/sobes.db");
        assertThatThrownBy(() -> SqlStore.open(new Database.Sqlite(nested), clock))
                .isInstanceOf(StoreSetupException.class)
                .hasMessageContaining("The folder /proc/sobes/data")
                .hasMessageContaining("Choose a location Sobes may write to");
    }

    @Test
    void aFullDiskIsReportedAtStartUpAndWhenSaving() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 512)) {
            Path file = disk.root().resolve("sobes.db");
            disk.fill();
            assertThatThrownBy(() -> SqlStore.open(new Database.Sqlite(file), clock))
                    .isInstanceOf(StoreSetupException.class)
                    .hasMessageContaining("The disk that holds " + file + " is full");

            disk.free();
            AnswerRecord kept = new AnswerRecord(
                    ANN, "q1", T0, "saved before the disk filled", List.of(true, false, false), Grade.HARD);
            try (SqlStore store = SqlStore.open(new Database.Sqlite(file), clock)) {
                store.recordAnswer(kept);
                disk.fill();
                AnswerRecord lost =
                        new AnswerRecord(ANN, "q2", T0, "x".repeat(200_000), List.of(false, false, false), Grade.AGAIN);
                Commit commit = new Commit(ANN_DM, ANN, null, 0, null, List.of(lost), List.of(), Map.of(), null);
                assertThatThrownBy(() -> store.commit(commit))
                        .isInstanceOf(StoreException.class)
                        .hasMessageContaining(file.toString());
                disk.free();
                assertThat(store.answers(ANN)).containsExactly(kept);
            }
        }
    }

    @Test
    void aServerThatRefusesConnectionsIsNamed() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/sobes";
        assertThatThrownBy(() -> SqlStore.open(new Database.Postgres(url, "postgres", null), clock))
                .isInstanceOf(StoreSetupException.class)
                .hasMessageContaining("Cannot connect to the PostgreSQL server at " + url)
                .hasMessageContaining("Check the URL, and that the server is running");
    }

    @Test
    void aSchemaFromANewerVersionIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("sobes.db");
        Database database = new Database.Sqlite(file);
        try (SqlStore store = SqlStore.open(database, clock)) {
            store.recordAnswer(new AnswerRecord(ANN, "q1", T0, "kept", List.of(false, true, false), Grade.HARD));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            addFutureMigration(c);
        }

        assertThatThrownBy(() -> SqlStore.open(database, clock))
                .isInstanceOf(StoreSetupException.class)
                .hasMessageContaining(
                        "was set up by a newer version of Sobes (schema version 99;" + " this version knows up to 3)")
                .hasMessageContaining("Nothing was changed");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT count(*) FROM flyway_schema_history")) {
            r.next();
            assertThat(r.getInt(1)).as("three migrations and the future one").isEqualTo(4);
        }
        assertThat(Files.size(file)).isPositive();
    }

    @Test
    void aSchemaFromANewerVersionIsRefusedOnPostgresToo() throws Exception {
        Database.Postgres database = PostgresServer.freshSchema();
        try {
            SqlStore.open(database, clock).close();
            try (Connection c = PostgresServer.connect(database.url())) {
                c.setSchema(database.schema());
                addFutureMigration(c);
            }
            assertThatThrownBy(() -> SqlStore.open(database, clock))
                    .isInstanceOf(StoreSetupException.class)
                    .hasMessageContaining("was set up by a newer version of Sobes (schema version 99;");
        } finally {
            PostgresServer.drop(database);
        }
    }

    private static void addFutureMigration(Connection c) throws Exception {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script,"
                        + " checksum, installed_by, execution_time, success) VALUES (99, '99', 'later', 'SQL',"
                        + " 'V99__later.sql', 0, 'a later Sobes', 1, ?)")) {
            s.setBoolean(1, true);
            s.executeUpdate();
        }
    }

    @Test
    void aDatabaseOfAnotherProgramIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("notes.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
            s.execute("INSERT INTO notes (body) VALUES ('mine')");
        }

        assertThatThrownBy(() -> SqlStore.open(new Database.Sqlite(file), clock))
                .isInstanceOf(StoreSetupException.class)
                .hasMessageContaining("holds tables of another program")
                .hasMessageContaining("Nothing was changed");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("notes");
            assertThat(r.next()).isFalse();
        }
    }
}
