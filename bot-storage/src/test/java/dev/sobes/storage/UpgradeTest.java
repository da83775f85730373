package dev.sobes.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.admin.PackOwner;
import dev.sobes.core.admin.PackShelf;
import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.model.Grade;
import dev.sobes.core.store.AnswerRecord;
import dev.sobes.core.store.GameRecord;
import dev.sobes.core.store.Standing;
import dev.sobes.testkit.ManualClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** A database an earlier version of Sobes set up is brought up to date and keeps what it held. */
class UpgradeTest {
    static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    static final PersonId ANN = new PersonId(Platform.TELEGRAM, "101");

    final ManualClock clock = new ManualClock(T0);

    @TempDir
    Path dir;

    @Test
    void aDatabaseOfSchemaVersionOneGetsTheGroupTablesAndKeepsItsData() throws Exception {
        Database database = new Database.Sqlite(dir.resolve("sobes.db"));
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + dir.resolve("sobes.db"));
        Migrations.configure(source, database).target("1").load().migrate();
        try (var c = source.getConnection();
                var s = c.prepareStatement(
                        "INSERT INTO people (person_key, language, created_at) VALUES (?, 'ru', 0)")) {
            s.setString(1, ANN.key());
            s.executeUpdate();
        }

        try (SqlStore store = SqlStore.open(database, clock)) {
            store.recordAnswer(new AnswerRecord(ANN, "q1", T0, "kept", List.of(true), Grade.GOOD));
            store.groups().enter(ANN, new Conversation(Platform.TELEGRAM, "-1", null, true));
            store.groups()
                    .recordGame(new GameRecord(
                            "telegram:-1",
                            "g1",
                            "telegram:-1",
                            T0,
                            T0,
                            "go",
                            List.of(),
                            List.of(new GameRecord.PlayerResult(ANN, "Ann", 1, 2, List.of()))));
        }

        try (SqlStore reopened = SqlStore.open(database, clock)) {
            assertThat(reopened.language(ANN)).map(l -> l.code()).contains("ru");
            assertThat(reopened.answers(ANN)).hasSize(1);
            assertThat(reopened.groups().standings("telegram:-1", T0)).containsExactly(new Standing(ANN, "Ann", 2, 1));
        }
    }

    @Test
    void reportsKeptBeforeTheyHadAMigrationStayAndOwnPacksArrive() throws Exception {
        Database database = new Database.Sqlite(dir.resolve("sobes.db"));
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + dir.resolve("sobes.db"));
        Migrations.configure(source, database).target("2").load().migrate();
        // Version 2 of the schema had no reports table: the launcher made it itself, like this.
        try (var c = source.getConnection();
                var s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS question_reports (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " reported_at BIGINT NOT NULL, person_key TEXT NOT NULL, conversation_key TEXT NOT NULL,"
                    + " question_id TEXT, comment TEXT NOT NULL)");
            s.execute("INSERT INTO question_reports (reported_at, person_key, conversation_key, question_id, comment)"
                    + " VALUES (0, 'telegram:101', 'telegram:101', 'q1', 'typo in the answer')");
        }

        try (SqlStore store = SqlStore.open(database, clock)) {
            store.packs()
                    .keep(new PackShelf.Kept(
                            PackOwner.person(ANN),
                            "own-1",
                            new Attachment("n.md", "text/markdown", "# N".getBytes(StandardCharsets.UTF_8)),
                            T0));
            assertThat(store.packs().all()).hasSize(1);
        }
        try (var c = source.getConnection();
                var s = c.createStatement();
                var r = s.executeQuery("SELECT comment FROM question_reports")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("typo in the answer");
        }
    }
}
