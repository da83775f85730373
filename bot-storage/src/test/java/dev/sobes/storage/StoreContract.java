package dev.sobes.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sobes.core.admin.PackOwner;
import dev.sobes.core.admin.PackShelf;
import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.engine.MockAnswer;
import dev.sobes.core.engine.MockState;
import dev.sobes.core.engine.Mode;
import dev.sobes.core.engine.Reminder;
import dev.sobes.core.engine.RunKind;
import dev.sobes.core.engine.Selection;
import dev.sobes.core.engine.Session;
import dev.sobes.core.engine.Tally;
import dev.sobes.core.model.Grade;
import dev.sobes.core.model.Lang;
import dev.sobes.core.model.Level;
import dev.sobes.core.store.AnswerRecord;
import dev.sobes.core.store.Commit;
import dev.sobes.core.store.GameRecord;
import dev.sobes.core.store.GradeRecord;
import dev.sobes.core.store.InterviewRecord;
import dev.sobes.core.store.Standing;
import dev.sobes.testkit.ManualClock;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What every store must do, run against SQLite and PostgreSQL alike. Each test gets an empty
 * database of its own.
 */
abstract class StoreContract {
    static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    static final PersonId ANN = new PersonId(Platform.TELEGRAM, "101");
    static final PersonId BOB = new PersonId(Platform.TELEGRAM, "202");
    static final Conversation ANN_DM = Conversation.direct(Platform.TELEGRAM, "101");
    static final Conversation BOB_DM = Conversation.direct(Platform.TELEGRAM, "202");
    static final Conversation GROUP = new Conversation(Platform.TELEGRAM, "-500", null, true);

    final ManualClock clock = new ManualClock(T0);
    private final List<SqlStore> opened = new ArrayList<>();

    /** The database of the running test: the same on every call within a test. */
    abstract Database database();

    /** A plain connection to the test's database, in its schema. */
    abstract Connection connect() throws SQLException;

    /** The schema to look for tables in, for the database's metadata. */
    abstract @Nullable String schemaPattern();

    SqlStore open() throws StoreSetupException {
        SqlStore store = SqlStore.open(database(), clock);
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeStores() {
        opened.forEach(SqlStore::close);
    }

    static Session sampleSession(String key, long version) {
        return new Session(
                key,
                version,
                Mode.REVIEWING,
                new Selection("go", "channels", Level.JUNIOR),
                "go",
                "channels",
                "go-channels-unbuffered",
                3,
                1,
                List.of("go-channels-closed", "go-channels-unbuffered"),
                List.of(true, false, true),
                "good",
                "hard",
                new Tally(2, 1, 3, 6, 1, List.of(0, 1, 1, 0)),
                RunKind.MOCK,
                new MockState(
                        ANN,
                        Lang.RU,
                        "go",
                        8,
                        Level.SENIOR,
                        300,
                        List.of("channels", "maps"),
                        List.of(new MockAnswer("go-channels-closed", "channels", Level.MIDDLE, 3, 4, false))),
                Instant.parse("2026-11-27T10:05:00Z"),
                null,
                null,
                null,
                List.of("terms_listed"));
    }

    /** The session in another mode at another version; the sample's deadline is T0 + 5 minutes. */
    static Session inMode(Session s, Mode mode, long version) {
        return new Session(
                s.conversationKey(),
                version,
                mode,
                s.selection(),
                s.pendingPack(),
                s.pendingTopic(),
                s.questionId(),
                s.seq(),
                s.hintsShown(),
                s.asked(),
                s.covered(),
                s.suggested(),
                s.graded(),
                s.tally(),
                s.kind(),
                s.mock(),
                s.deadline(),
                s.game(),
                s.interview(),
                s.reminder(),
                s.notes());
    }

    /** The session with a reminder. */
    static Session withReminder(Session s, @Nullable Reminder reminder) {
        return new Session(
                s.conversationKey(),
                s.version(),
                s.mode(),
                s.selection(),
                s.pendingPack(),
                s.pendingTopic(),
                s.questionId(),
                s.seq(),
                s.hintsShown(),
                s.asked(),
                s.covered(),
                s.suggested(),
                s.graded(),
                s.tally(),
                s.kind(),
                s.mock(),
                s.deadline(),
                s.game(),
                s.interview(),
                reminder,
                s.notes());
    }

    static AnswerRecord answer(PersonId person, String questionId, Instant at, String text) {
        return new AnswerRecord(person, questionId, at, text, List.of(true, false, true), Grade.GOOD);
    }

    static GradeRecord grade(PersonId person, String questionId, Instant at, Grade grade) {
        return new GradeRecord(person, questionId, at, grade, true);
    }

    static Commit commit(
            Conversation conversation,
            PersonId person,
            @Nullable String inputId,
            long expected,
            @Nullable Session session,
            List<AnswerRecord> answers,
            List<GradeRecord> grades) {
        return new Commit(conversation, person, inputId, expected, session, answers, grades, Map.of(), null);
    }

    static Commit step(Conversation conversation, PersonId person, long expected, AnswerRecord answer) {
        Session next = sampleSession(conversation.key(), expected + 1);
        return commit(conversation, person, null, expected, next, List.of(answer), List.of());
    }

    @Test
    void aSessionWaitingForTimeIsFoundWhenItIsDueWithItsWholeConversation() throws Exception {
        SqlStore store = open();
        Conversation thread = new Conversation(Platform.DISCORD, "7001", "7002", true);
        Session timed = inMode(sampleSession(thread.key(), 1), Mode.ASKING, 1);
        assertThat(store.commit(commit(thread, ANN, null, 0, timed, List.of(), List.of())))
                .isEqualTo(Commit.Outcome.SAVED);
        store.commit(commit(ANN_DM, ANN, null, 0, sampleSession(ANN_DM.key(), 1), List.of(), List.of()));

        assertThat(store.wakeups(T0.plusSeconds(299))).isEmpty();
        assertThat(open().wakeups(T0.plusSeconds(300))).containsExactly(thread);

        Session answered = inMode(timed, Mode.REVIEWING, 2);
        store.commit(commit(thread, ANN, null, 1, answered, List.of(), List.of()));
        assertThat(store.wakeups(T0.plusSeconds(3600))).isEmpty();
    }

    @Test
    void aSessionWithAReminderIsFoundAtTheReminderTimeAndKeepsItAfterAReopen() throws Exception {
        SqlStore store = open();
        Instant nine = Instant.parse("2026-11-28T06:00:00Z");
        Reminder daily = new Reminder(ANN, Lang.RU, LocalTime.of(9, 0), ZoneId.of("Europe/Moscow"), nine, 1);
        Session reminded = withReminder(sampleSession(ANN_DM.key(), 1), daily);
        assertThat(store.commit(commit(ANN_DM, ANN, null, 0, reminded, List.of(), List.of())))
                .isEqualTo(Commit.Outcome.SAVED);
        Reminder zoneOnly = new Reminder(BOB, Lang.EN, null, ZoneId.of("UTC-05:30"), null, 0);
        Session bobs = withReminder(sampleSession(BOB_DM.key(), 1), zoneOnly);
        store.commit(commit(BOB_DM, BOB, null, 0, bobs, List.of(), List.of()));

        assertThat(store.wakeups(nine.minusSeconds(1))).isEmpty();
        assertThat(open().wakeups(nine)).containsExactly(ANN_DM);
        assertThat(open().load(ANN_DM.key())).contains(reminded);
        assertThat(open().load(BOB_DM.key())).contains(bobs);

        Reminder tomorrow = new Reminder(
                ANN, Lang.RU, LocalTime.of(9, 0), ZoneId.of("Europe/Moscow"), nine.plus(Duration.ofDays(1)), 0);
        Session moved = withReminder(sampleSession(ANN_DM.key(), 2), tomorrow);
        store.commit(commit(ANN_DM, ANN, null, 1, moved, List.of(), List.of()));
        assertThat(open().wakeups(nine.plus(Duration.ofHours(23)))).isEmpty();
        assertThat(open().wakeups(nine.plus(Duration.ofDays(1)))).containsExactly(ANN_DM);
    }

    @Test
    void aConversationNeverSeenHasNoSession() throws Exception {
        assertThat(open().load(ANN_DM.key())).isEmpty();
    }

    @Test
    void aCommittedSessionComesBackWithEveryFieldAfterAReopen() throws Exception {
        Session session = sampleSession(ANN_DM.key(), 1);
        assertThat(open().commit(commit(ANN_DM, ANN, null, 0, session, List.of(), List.of())))
                .isEqualTo(Commit.Outcome.SAVED);

        assertThat(open().load(ANN_DM.key())).contains(session);
    }

    @Test
    void aCommitAgainstAnOlderVersionIsRefusedAndWritesNothing() throws Exception {
        SqlStore store = open();
        assertThat(store.commit(step(ANN_DM, ANN, 0, answer(ANN, "q1", T0, "first"))))
                .isEqualTo(Commit.Outcome.SAVED);

        Commit late = step(ANN_DM, ANN, 0, answer(ANN, "q1", T0, "second"));
        assertThat(store.commit(late)).isEqualTo(Commit.Outcome.CONFLICT);

        assertThat(store.answers(ANN)).extracting(AnswerRecord::text).containsExactly("first");
        assertThat(store.load(ANN_DM.key()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void aProcessWithAStaleSessionGetsAConflictAndThenReadsTheNewOne() throws Exception {
        SqlStore first = open();
        SqlStore second = open();
        first.commit(step(ANN_DM, ANN, 0, answer(ANN, "q1", T0, "one")));
        assertThat(first.load(ANN_DM.key()).orElseThrow().version()).isEqualTo(1);
        assertThat(second.load(ANN_DM.key()).orElseThrow().version()).isEqualTo(1);

        assertThat(second.commit(step(ANN_DM, ANN, 1, answer(ANN, "q2", T0, "two"))))
                .isEqualTo(Commit.Outcome.SAVED);
        assertThat(first.commit(step(ANN_DM, ANN, 1, answer(ANN, "q2", T0, "two again"))))
                .isEqualTo(Commit.Outcome.CONFLICT);

        assertThat(first.load(ANN_DM.key()).orElseThrow().version()).isEqualTo(2);
        assertThat(first.answers(ANN)).extracting(AnswerRecord::text).containsExactly("one", "two");
    }

    @Test
    void anUnchangedSessionIsStillCheckedAgainstItsVersion() throws Exception {
        SqlStore store = open();
        store.commit(step(ANN_DM, ANN, 0, answer(ANN, "q1", T0, "one")));

        Commit stale = commit(ANN_DM, ANN, "u9", 0, null, List.of(), List.of());
        assertThat(store.commit(stale)).isEqualTo(Commit.Outcome.CONFLICT);
        Commit current = commit(ANN_DM, ANN, "u9", 1, null, List.of(), List.of());
        assertThat(store.commit(current)).isEqualTo(Commit.Outcome.SAVED);
    }

    @Test
    void aRedeliveredInputIsRefusedAndWritesNothing() throws Exception {
        SqlStore store = open();
        Session v1 = sampleSession(ANN_DM.key(), 1);
        Commit once = commit(ANN_DM, ANN, "update-7", 0, v1, List.of(answer(ANN, "q1", T0, "mine")), List.of());
        assertThat(store.commit(once)).isEqualTo(Commit.Outcome.SAVED);

        Commit again = commit(
                ANN_DM,
                ANN,
                "update-7",
                1,
                sampleSession(ANN_DM.key(), 2),
                List.of(answer(ANN, "q1", T0, "mine")),
                List.of());
        assertThat(store.commit(again)).isEqualTo(Commit.Outcome.DUPLICATE);
        assertThat(open().commit(again)).isEqualTo(Commit.Outcome.DUPLICATE);

        assertThat(store.answers(ANN)).hasSize(1);
        assertThat(open().load(ANN_DM.key()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void inputIdsAreTellingOnlyWithinAConversation() throws Exception {
        SqlStore store = open();
        assertThat(store.commit(commit(ANN_DM, ANN, "42", 0, null, List.of(), List.of())))
                .isEqualTo(Commit.Outcome.SAVED);
        assertThat(store.commit(commit(BOB_DM, BOB, "42", 0, null, List.of(), List.of())))
                .isEqualTo(Commit.Outcome.SAVED);
        assertThat(store.commit(commit(ANN_DM, ANN, "42", 0, null, List.of(), List.of())))
                .isEqualTo(Commit.Outcome.DUPLICATE);
    }

    @Test
    void inputIdsAreForgottenOnceTooOldToBeRedelivered() throws Exception {
        SqlStore store = open();
        store.commit(commit(ANN_DM, ANN, "old", 0, null, List.of(), List.of()));
        clock.advance(StoreOptions.DEFAULTS.inputMemory().plus(Duration.ofHours(2)));
        store.commit(commit(BOB_DM, BOB, "new", 0, null, List.of(), List.of()));

        assertThat(store.commit(commit(ANN_DM, ANN, "old", 0, null, List.of(), List.of())))
                .isEqualTo(Commit.Outcome.SAVED);
    }

    @Test
    void gradesComeBackInTheOrderGivenSoASchedulerCanReplayThem() throws Exception {
        SqlStore store = open();
        Instant t1 = T0.plusSeconds(60);
        List<GradeRecord> given = List.of(
                grade(ANN, "q1", t1, Grade.AGAIN),
                grade(ANN, "q2", t1, Grade.EASY),
                grade(ANN, "q1", t1, Grade.GOOD),
                grade(ANN, "q3", T0, Grade.HARD));
        Session v1 = sampleSession(ANN_DM.key(), 1);
        store.commit(commit(ANN_DM, ANN, null, 0, v1, List.of(), given.subList(0, 2)));
        Session v2 = sampleSession(ANN_DM.key(), 2);
        store.commit(commit(ANN_DM, ANN, null, 1, v2, List.of(), given.subList(2, 4)));

        assertThat(open().grades(ANN))
                .containsExactly(given.get(3), given.get(0), given.get(1), given.get(2))
                .isEqualTo(store.grades(ANN));
    }

    @Test
    void timesAreKeptToTheMicrosecond() throws Exception {
        SqlStore store = open();
        Instant precise = Instant.parse("2026-11-27T10:00:00.123456Z");
        store.recordAnswer(answer(ANN, "q1", precise, "precise"));
        store.recordGrade(new GradeRecord(ANN, "q1", precise.plusNanos(789), Grade.HARD, false));

        assertThat(store.answers(ANN).get(0).at()).isEqualTo(precise);
        assertThat(store.grades(ANN).get(0).at()).isEqualTo(precise);
        assertThat(store.grades(ANN).get(0).chosen()).isFalse();
    }

    @Test
    void everyAnswerFieldIsKept() throws Exception {
        SqlStore store = open();
        AnswerRecord full = new AnswerRecord(
                ANN,
                "go-gc",
                T0,
                "Трёхцветная разметка, \"write barrier\"\n",
                List.of(false, true, false, false),
                Grade.HARD);
        store.commit(commit(ANN_DM, ANN, null, 0, null, List.of(full), List.of()));

        assertThat(open().answers(ANN)).containsExactly(full);
        assertThat(open().answers(BOB)).isEmpty();
    }

    @Test
    void aLanguageIsKeptPerPerson() throws Exception {
        SqlStore store = open();
        store.setLanguage(ANN, Lang.RU);
        store.commit(new Commit(BOB_DM, BOB, null, 0, null, List.of(), List.of(), Map.of(BOB, Lang.EN), null));
        store.setLanguage(ANN, Lang.EN);

        SqlStore reopened = open();
        assertThat(reopened.language(ANN)).contains(Lang.EN);
        assertThat(reopened.language(BOB)).contains(Lang.EN);
        assertThat(reopened.language(new PersonId(Platform.DISCORD, "101"))).isEmpty();
    }

    @Test
    void anExportHoldsThePersonsDataAndNoOneElses() throws Exception {
        SqlStore store = open();
        store.setLanguage(ANN, Lang.RU);
        store.commit(step(ANN_DM, ANN, 0, answer(ANN, "q1", T0, "мой ответ")));
        store.commit(commit(
                ANN_DM,
                ANN,
                null,
                1,
                sampleSession(ANN_DM.key(), 2),
                List.of(),
                List.of(grade(ANN, "q1", T0, Grade.GOOD))));
        store.commit(step(BOB_DM, BOB, 0, answer(BOB, "q1", T0, "bob's answer")));
        keepPacksAndReports(store);

        Attachment file = store.export(ANN);

        assertThat(file.fileName()).isEqualTo("sobes-telegram-101.json");
        assertThat(file.mediaType()).isEqualTo("application/json");
        JsonNode json = new ObjectMapper().readTree(file.content());
        assertThat(json.path("format").asText()).isEqualTo("sobes-export");
        assertThat(json.path("person").asText()).isEqualTo("telegram:101");
        assertThat(json.path("settings").path("language").asText()).isEqualTo("ru");
        assertThat(json.path("answers")).hasSize(1);
        assertThat(json.path("answers").get(0).path("text").asText()).isEqualTo("мой ответ");
        assertThat(json.path("grades").get(0).path("grade").asText()).isEqualTo("good");
        assertThat(json.path("sessions")).hasSize(1);
        assertThat(json.path("sessions").get(0).path("state").path("mode").asText())
                .isEqualTo("REVIEWING");
        assertThat(json.path("ownPacks")).hasSize(1);
        assertThat(json.path("ownPacks").get(0).path("fileName").asText()).isEqualTo("ann.md");
        assertThat(json.path("ownPacks").get(0).path("content").asText()).startsWith("# Notes of ann.md");
        assertThat(new String(file.content(), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("bob's answer")
                .doesNotContain("telegram:202")
                .doesNotContain("bob.md")
                .doesNotContain("group.md");
    }

    @Test
    void forgettingAPersonDeletesTheirDataAndKeepsEveryoneElses() throws Exception {
        SqlStore store = open();
        store.setLanguage(ANN, Lang.RU);
        store.commit(step(ANN_DM, ANN, 0, answer(ANN, "q1", T0, "ann")));
        store.commit(step(BOB_DM, BOB, 0, answer(BOB, "q1", T0, "bob")));
        store.commit(commit(
                GROUP,
                ANN,
                "g1",
                0,
                sampleSession(GROUP.key(), 1),
                List.of(answer(ANN, "q2", T0, "ann in the group")),
                List.of(grade(ANN, "q2", T0, Grade.EASY))));

        playInAGroup(store);
        keepPacksAndReports(store);

        Commit forget = new Commit(ANN_DM, ANN, "u1", 1, null, List.of(), List.of(), Map.of(), ANN);
        assertThat(store.commit(forget)).isEqualTo(Commit.Outcome.SAVED);

        for (SqlStore view : List.of(store, open())) {
            assertThat(view.answers(ANN)).isEmpty();
            assertThat(view.grades(ANN)).isEmpty();
            assertThat(view.language(ANN)).isEmpty();
            assertThat(view.load(ANN_DM.key())).isEmpty();
            assertThat(view.load(GROUP.key())).isPresent();
            assertThat(view.answers(BOB)).hasSize(1);
            assertThat(view.load(BOB_DM.key())).isPresent();
            assertThat(view.groups().playing(ANN)).isEmpty();
            assertThat(view.groups().playing(BOB)).contains(GROUP);
            assertThat(view.groups().game("telegram:-500", "g1").orElseThrow().players())
                    .extracting(GameRecord.PlayerResult::person)
                    .containsExactly(BOB);
            assertThat(view.groups().standings("telegram:-500", T0))
                    .extracting(Standing::person)
                    .containsExactly(BOB);
            assertThat(view.groups().interviews(ANN, BOB)).isEmpty();
            assertThat(view.groups().interview("telegram:-500", "i2")).isPresent();
            assertThat(view.packs().all())
                    .extracting(PackShelf.Kept::owner)
                    .containsExactlyInAnyOrder(PackOwner.person(BOB), PackOwner.place(GROUP));
        }
        assertThat(rowsNaming(ANN)).isEmpty();
        assertThat(rowsNaming(BOB)).contains("own_packs.owner_key: 1", "question_reports.person_key: 1");
    }

    /** Ann and Bob each send a pack and report a question; Ann sends a pack for the group too. */
    void keepPacksAndReports(SqlStore store) throws SQLException {
        store.packs().keep(new PackShelf.Kept(PackOwner.person(ANN), "own-ann", notes("ann.md"), T0));
        store.packs().keep(new PackShelf.Kept(PackOwner.person(BOB), "own-bob", notes("bob.md"), T0));
        store.packs().keep(new PackShelf.Kept(PackOwner.place(GROUP), "own-group", notes("group.md"), T0));
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO question_reports"
                                + " (reported_at, person_key, conversation_key, question_id, comment) VALUES (?, ?, ?, ?, ?)")) {
            for (PersonId person : List.of(ANN, BOB)) {
                s.setLong(1, T0.toEpochMilli());
                s.setString(2, person.key());
                s.setString(3, ANN_DM.key());
                s.setString(4, "q1");
                s.setString(5, "the answer misses a point");
                s.executeUpdate();
            }
        }
    }

    static Attachment notes(String name) {
        return new Attachment(
                name, "text/markdown", ("# Notes of " + name + "\n\n## Q?\n\nA.\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keptPacksAreReadBackReplacedByIdAndMoveTheRevision() throws Exception {
        SqlStore store = open();
        String start = store.packs().revision();
        assertThat(store.packs().all()).isEmpty();

        store.packs().keep(new PackShelf.Kept(PackOwner.person(ANN), "own-a", notes("first.md"), T0));
        String afterFirst = store.packs().revision();
        store.packs().keep(new PackShelf.Kept(PackOwner.person(ANN), "own-a", notes("second.md"), T0.plusSeconds(60)));
        store.packs().keep(new PackShelf.Kept(PackOwner.place(GROUP), "own-a", notes("group.md"), T0));

        SqlStore other = open();
        assertThat(other.packs().all())
                .extracting(
                        k -> k.owner().key() + " " + k.packId() + " " + k.file().fileName())
                .containsExactly("person:telegram:101 own-a second.md", "place:telegram:-500 own-a group.md");
        PackShelf.Kept kept = other.packs().all().get(0);
        assertThat(kept.file()).isEqualTo(notes("second.md"));
        assertThat(kept.keptAt()).isEqualTo(T0.plusSeconds(60));
        assertThat(afterFirst).isNotEqualTo(start);
        assertThat(other.packs().revision()).isNotEqualTo(afterFirst);

        String beforeRemove = other.packs().revision();
        assertThat(other.packs().remove(PackOwner.person(ANN), "own-missing")).isFalse();
        assertThat(other.packs().revision()).isEqualTo(beforeRemove);
        assertThat(other.packs().remove(PackOwner.place(GROUP), "own-a")).isTrue();
        assertThat(store.packs().revision()).isNotEqualTo(beforeRemove);
        assertThat(store.packs().all()).extracting(k -> k.owner().key()).containsExactly("person:telegram:101");
        store.packs().keep(new PackShelf.Kept(PackOwner.place(GROUP), "own-a", notes("group.md"), T0));

        String beforeForget = other.packs().revision();
        other.forget(BOB);
        assertThat(store.packs().revision()).as("nothing of Bob's was kept").isEqualTo(beforeForget);
        other.forget(ANN);
        assertThat(store.packs().revision()).isNotEqualTo(beforeForget);
        assertThat(store.packs().all()).extracting(PackShelf.Kept::packId).containsExactly("own-a");
    }

    /** Ann and Bob play a group game in GROUP, and interview each other and Cat there. */
    static void playInAGroup(SqlStore store) {
        PersonId cat = new PersonId(Platform.TELEGRAM, "303");
        store.groups().enter(ANN, GROUP);
        store.groups().enter(BOB, GROUP);
        List<GameRecord.AnswerResult> answers =
                List.of(new GameRecord.AnswerResult("q1", List.of(true, false), 1, true));
        store.groups()
                .recordGame(new GameRecord(
                        "telegram:-500",
                        "g1",
                        GROUP.key(),
                        T0,
                        T0.plusSeconds(600),
                        "go",
                        List.of("q1"),
                        List.of(
                                new GameRecord.PlayerResult(ANN, "Ann", 1, 1, answers),
                                new GameRecord.PlayerResult(BOB, "Bob", 1, 1, answers))));
        store.groups()
                .recordInterview(new InterviewRecord(
                        "telegram:-500", "i1", ANN, "Ann", BOB, "Bob", T0, List.of("q1"), List.of(List.of(true))));
        store.groups()
                .recordInterview(new InterviewRecord(
                        "telegram:-500", "i2", BOB, "Bob", cat, "Cat", T0, List.of("q1"), List.of(List.of(true))));
    }

    @Test
    void forgettingOutsideAnInputDeletesTheSameData() throws Exception {
        SqlStore store = open();
        store.commit(step(ANN_DM, ANN, 0, answer(ANN, "q1", T0, "ann")));
        store.recordGrade(grade(ANN, "q1", T0, Grade.AGAIN));
        playInAGroup(store);

        store.forget(ANN);

        assertThat(rowsNaming(ANN)).isEmpty();
        assertThat(store.load(ANN_DM.key())).isEmpty();
    }

    /**
     * Rows of any table with a column that names a person (owner_key, or a name ending in
     * person_key); a new such table is covered as it lands.
     */
    List<String> rowsNaming(PersonId person) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = connect()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet r = meta.getColumns(null, schemaPattern(), "%", "%")) {
                while (r.next()) {
                    String column = r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    if (column.endsWith("person_key") || column.equals("owner_key")) {
                        columns.add(new String[] {r.getString("TABLE_NAME"), column});
                    }
                }
            }
            assertThat(columns).as("columns naming a person").hasSizeGreaterThanOrEqualTo(11);
            for (String[] column : columns) {
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT count(*) FROM " + column[0] + " WHERE " + column[1] + " IN (?, ?)")) {
                    s.setString(1, person.key());
                    // Own packs name their owner as an owner of packs: person:<platform>:<user id>.
                    s.setString(2, PackOwner.person(person).key());
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        if (r.getInt(1) > 0) {
                            found.add(column[0] + "." + column[1] + ": " + r.getInt(1));
                        }
                    }
                }
            }
        }
        return found;
    }

    @Test
    void aChangeAnnouncedByOneProcessIsSeenByAnother() throws Exception {
        SqlStore one = open();
        SqlStore other = open();
        assertThat(other.mark("content")).isEmpty();

        String first = one.announce("content");
        assertThat(other.mark("content")).contains(first);
        String second = other.announce("content");
        assertThat(second).isNotEqualTo(first);
        assertThat(one.mark("content")).contains(second);
        assertThat(one.mark("something else")).isEmpty();
    }

    @Test
    void theButtonSecretIsMadeOnceAndKept() throws Exception {
        byte[] secret = open().actionSecret();
        assertThat(secret).hasSize(32);
        assertThat(open().actionSecret()).isEqualTo(secret);
    }

    @Test
    void aSessionThatCannotBeReadStartsAfreshAtItsStoredVersion() throws Exception {
        open().commit(commit(ANN_DM, ANN, null, 0, sampleSession(ANN_DM.key(), 1), List.of(), List.of()));
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement("UPDATE sessions SET state = ?")) {
            s.setString(1, "{not json");
            s.executeUpdate();
        }

        SqlStore store = open();
        Session loaded = store.load(ANN_DM.key()).orElseThrow();
        assertThat(loaded.mode()).isEqualTo(Mode.IDLE);
        assertThat(loaded.version()).isEqualTo(1);
        assertThat(store.commit(commit(ANN_DM, ANN, null, 1, loaded.nextVersion(), List.of(), List.of())))
                .isEqualTo(Commit.Outcome.SAVED);
    }

    @Test
    void aSessionWrittenBeforeAFieldExistedStillLoads() throws Exception {
        open().commit(commit(ANN_DM, ANN, null, 0, sampleSession(ANN_DM.key(), 1), List.of(), List.of()));
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement("UPDATE sessions SET state = ?")) {
            s.setString(
                    1,
                    "{\"mode\":\"ASKING\",\"questionId\":\"q7\",\"seq\":4,\"covered\":[],"
                            + "\"tally\":{\"answered\":1,\"skipped\":0,\"coveredPoints\":1,\"totalPoints\":3,\"exact\":0,"
                            + "\"grades\":[0,0,1,0]},\"laterField\":true}");
            s.executeUpdate();
        }

        Session loaded = open().load(ANN_DM.key()).orElseThrow();
        assertThat(loaded.mode()).isEqualTo(Mode.ASKING);
        assertThat(loaded.questionId()).isEqualTo("q7");
        assertThat(loaded.asked()).isEmpty();
        assertThat(loaded.tally().answered()).isEqualTo(1);
    }

    @Test
    void deletingASessionForgetsItsInputsToo() throws Exception {
        SqlStore store = open();
        store.commit(commit(ANN_DM, ANN, "u1", 0, sampleSession(ANN_DM.key(), 1), List.of(), List.of()));

        store.delete(ANN_DM.key());

        assertThat(open().load(ANN_DM.key())).isEmpty();
        assertThat(store.commit(commit(ANN_DM, ANN, "u1", 0, null, List.of(), List.of())))
                .isEqualTo(Commit.Outcome.SAVED);
    }
}
