package dev.sobes.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.Button;
import dev.sobes.core.chat.ButtonPress;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.chat.UserInput;
import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.engine.Mode;
import dev.sobes.core.engine.Session;
import dev.sobes.core.store.AnswerRecord;
import dev.sobes.core.store.Commit;
import dev.sobes.testkit.ManualClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The engine over a real store, as processes run it: restarts, redelivered updates, several
 * processes on one database, export and deletion. Each engine has a store of its own (its own
 * connections and session cache), as a separate process would.
 */
abstract class EngineContract {
    static final Conversation DM = Conversation.direct(Platform.TELEGRAM, "777");
    static final Person ANN = new Person(new PersonId(Platform.TELEGRAM, "777"), "Ann", "en");
    static final String GOOD_ANSWER = "It blocks until a receiver takes the value.";

    final ManualClock clock = new ManualClock(Instant.parse("2026-11-27T10:00:00Z"));
    private final List<SqlStore> opened = new CopyOnWriteArrayList<>();

    abstract Database database();

    abstract Connection connect() throws SQLException;

    SqlStore open() throws StoreSetupException {
        SqlStore store = SqlStore.open(database(), clock);
        opened.add(store);
        return store;
    }

    /** An engine as one process of Sobes starts it: over its own store, signing with the stored secret. */
    Engine engine(SqlStore store, Clock engineClock) {
        return new Engine(
                TestBank::bank, store, engineClock, 11, new ActionCodec(store.actionSecret()), store.groups());
    }

    @AfterEach
    void closeStores() {
        opened.forEach(SqlStore::close);
        opened.clear();
    }

    static String text(List<Reply> replies) {
        return String.join(
                "\n---\n", replies.stream().map(r -> r.text().plainText()).toList());
    }

    static Button button(List<Reply> replies, String label) {
        return replies.stream()
                .flatMap(r -> r.allButtons().stream())
                .filter(b -> b.label().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no button " + label + " in " + text(replies)));
    }

    static Command command(String line, @Nullable String id) {
        String[] parts = line.substring(1).split(" ", -1);
        return new Command(DM, ANN, parts[0], Arrays.asList(parts).subList(1, parts.length), id);
    }

    @Test
    void aRestartResumesTheSessionAndButtonsShownBeforeItStillWork() throws Exception {
        SqlStore before = open();
        Engine first = engine(before, clock);
        first.handle(command("/ask q-send", "1"));
        List<Reply> feedback = first.handle(new TextMessage(DM, ANN, GOOD_ANSWER, "2"));
        assertThat(text(feedback)).contains("Key points covered: 2 of 2");
        List<Reply> graded =
                first.handle(new ButtonPress(DM, ANN, button(feedback, "Good").action(), "3"));
        assertThat(text(graded)).contains("Your grade: Good. Saved.");
        before.close();

        Engine second = engine(open(), clock);
        List<Reply> next =
                second.handle(new ButtonPress(DM, ANN, button(graded, "Next").action(), "4"));
        assertThat(text(next)).contains("Channels · Junior · question 2");
        List<Reply> summary = second.handle(command("/stop", "5"));
        assertThat(text(summary)).contains("answered: 1").contains("Good: 1");
    }

    @Test
    void aRedeliveredUpdateChangesNothing() throws Exception {
        SqlStore store = open();
        Engine engine = engine(store, clock);
        Engine otherProcess = engine(open(), clock);
        engine.handle(command("/ask q-send", "10"));
        TextMessage answer = new TextMessage(DM, ANN, GOOD_ANSWER, "11");

        assertThat(text(engine.handle(answer))).contains("Key points covered: 2 of 2");
        assertThat(engine.handle(answer)).isEmpty();
        assertThat(otherProcess.handle(answer)).isEmpty();
        assertThat(engine.handle(command("/ask q-send", "10"))).isEmpty();

        assertThat(store.answers(ANN.id())).hasSize(1);
        assertThat(store.load(DM.key()).orElseThrow().mode()).isEqualTo(Mode.REVIEWING);
    }

    @Test
    void aProcessThatLostTheRaceAppliesTheInputToTheSessionAsItNowIs() throws Exception {
        Engine first = engine(open(), clock);
        Engine second = engine(open(), clock);
        first.handle(command("/ask q-send", null));
        second.handle(command("/ask q-close", null));

        // The first process still has q-send cached; its answer must go to q-close, once.
        List<Reply> replies = first.handle(new TextMessage(DM, ANN, "The zero value, and ok is false.", null));

        assertThat(text(replies)).contains("Key points covered: 2 of 2").contains("zero");
        SqlStore fresh = open();
        assertThat(fresh.answers(ANN.id())).extracting(AnswerRecord::questionId).containsExactly("q-close");
        assertThat(fresh.load(DM.key()).orElseThrow().questionId()).isEqualTo("q-close");
    }

    @Test
    void peopleCanTakeTheirDataAwayAndDeleteIt() throws Exception {
        SqlStore store = open();
        Engine engine = engine(store, clock);
        engine.handle(command("/ask q-send", null));
        engine.handle(new TextMessage(DM, ANN, GOOD_ANSWER, null));

        List<Reply> export = engine.handle(command("/export", null));
        Attachment file = Objects.requireNonNull(export.get(0).attachment());
        assertThat(text(export)).contains("sobes-telegram-777.json").contains("your answers (1)");
        JsonNode json = new ObjectMapper().readTree(file.content());
        assertThat(json.path("answers").get(0).path("text").asText()).isEqualTo(GOOD_ANSWER);

        List<Reply> confirm = engine.handle(command("/forget", null));
        assertThat(text(confirm)).contains("cannot be undone");
        assertThat(store.answers(ANN.id())).hasSize(1);
        List<Reply> done = engine.handle(
                new ButtonPress(DM, ANN, button(confirm, "Delete everything").action(), null));

        assertThat(text(done)).contains("is deleted");
        SqlStore fresh = open();
        assertThat(fresh.answers(ANN.id())).isEmpty();
        assertThat(fresh.load(DM.key())).isEmpty();
        assertThat(text(engine.handle(command("/stop", null)))).contains("Nothing to stop");
    }

    /**
     * Two processes take inputs of one conversation from many threads at once, and some inputs reach
     * both (as a redelivered update would): each answer the person was shown feedback for is recorded
     * exactly once, each input is applied at most once, and the session agrees with the records.
     */
    @Test
    void aGroupGamePlayedAcrossProcessesCountsOnTheLeaderboardAfterARestart() throws Exception {
        Conversation group = new Conversation(Platform.TELEGRAM, "-900", null, true);
        Person bob = new Person(new PersonId(Platform.TELEGRAM, "888"), "Bob", "en");
        Engine first = engine(open(), clock);
        Engine second = engine(open(), clock);

        List<Reply> lobby = first.handle(new Command(group, ANN, "group", List.of("go", "1"), "g1"));
        second.handle(new ButtonPress(group, bob, button(lobby, "Join").action(), "g2"));
        List<Reply> asked =
                first.handle(new ButtonPress(group, ANN, button(lobby, "Start").action(), "g3"));
        assertThat(text(asked)).contains("question 1 of 1").contains("Answered: 0 of 2.");
        // Each answers in a direct chat, through the process that did not see them join.
        second.handle(new TextMessage(
                DM,
                ANN,
                "A send blocks until a receiver comes; a receive from a closed"
                        + " channel gives the zero value and false; a send to a nil channel blocks forever, a deadlock.",
                "d1"));
        List<Reply> end = first.handle(
                new TextMessage(Conversation.direct(Platform.TELEGRAM, "888"), bob, "I am not sure at all.", "d2"));
        assertThat(text(end)).contains("Group interview over");

        Engine restarted = engine(open(), clock);
        List<Reply> board = restarted.handle(new Command(group, bob, "leaderboard", List.of("all"), "g4"));
        assertThat(text(board)).containsSubsequence("1. Ann — 2 points · games: 1", "2. Bob — 0 points · games: 1");
    }

    @Test
    void aReminderSetInOneProcessIsDueInAnotherAndSentOnce() throws Exception {
        Engine first = engine(open(), clock);
        first.handle(command("/ask q-send", "1"));
        List<Reply> feedback = first.handle(new TextMessage(DM, ANN, "no idea", "2"));
        first.handle(new ButtonPress(DM, ANN, button(feedback, "Again").action(), "3"));
        assertThat(text(first.handle(command("/remind 11:00", "4")))).startsWith("Reminder on: every day at 11:00");

        SqlStore other = open();
        Instant eleven = Instant.parse("2026-11-27T11:00:00Z");
        assertThat(other.wakeups(eleven.minusSeconds(1))).isEmpty();
        assertThat(other.wakeups(eleven)).containsExactly(DM);
        clock.advance(java.time.Duration.ofHours(1));
        List<Reply> reminder = engine(other, clock).handle(new dev.sobes.core.chat.Tick(DM, eleven));

        assertThat(text(reminder)).startsWith("Cards due for review: 1 — /review");
        assertThat(open().wakeups(eleven.plusSeconds(3600))).isEmpty();
        assertThat(first.handle(new dev.sobes.core.chat.Tick(DM, eleven)))
                .as("the same tick again")
                .isEmpty();
    }

    @Test
    void twoProcessesOnOneDatabaseRecordEveryAnswerExactlyOnce() throws Exception {
        List<CountingStore> stores = List.of(new CountingStore(open()), new CountingStore(open()));
        byte[] secret = open().actionSecret();
        List<Engine> engines = stores.stream()
                .map(store -> new Engine(TestBank::bank, store, Clock.systemUTC(), 11, new ActionCodec(secret)))
                .toList();
        engines.get(0).handle(command("/ask q-send", "setup"));
        int inputs = 240;
        List<UserInput> sent = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            String id = "in-" + i;
            UserInput input = switch (i % 4) {
                case 0, 1 -> new TextMessage(DM, ANN, "answer " + i + ": it blocks, a receiver takes it", id);
                case 2 -> command("/ask " + TestBank.IDS.get(i % 3), id);
                default -> command("/hint", id);
            };
            sent.add(input);
        }
        Map<String, List<String>> outcomes = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            UserInput input = sent.get(i);
            // Every input goes to one process; every third also reaches the other, as a redelivery.
            int deliveries = i % 3 == 0 ? 2 : 1;
            for (int delivery = 0; delivery < deliveries; delivery++) {
                Engine engine = engines.get((i + delivery) % 2);
                work.add(pool.submit(() -> {
                    String shown = text(engine.handle(input));
                    outcomes.computeIfAbsent(
                                    Objects.requireNonNull(input.sourceId()), k -> new CopyOnWriteArrayList<>())
                            .add(shown);
                }));
            }
        }
        for (Future<?> done : work) {
            done.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Set<String> answeredWithFeedback = new HashSet<>();
        Set<String> applied = new HashSet<>();
        for (Map.Entry<String, List<String>> entry : outcomes.entrySet()) {
            List<String> shown = entry.getValue();
            assertThat(shown).noneMatch(s -> s.contains("could not save"));
            List<String> effective = shown.stream()
                    .filter(s -> !s.isEmpty() && !s.contains("could not be applied"))
                    .toList();
            assertThat(effective)
                    .as("deliveries of %s that took effect", entry.getKey())
                    .hasSizeLessThanOrEqualTo(1);
            if (!effective.isEmpty()) {
                applied.add(entry.getKey());
                if (effective.get(0).contains("Key points covered")) {
                    answeredWithFeedback.add(entry.getKey());
                }
            }
        }
        SqlStore fresh = open();
        List<AnswerRecord> recorded = fresh.answers(ANN.id());
        List<String> recordedInputs = recorded.stream()
                .map(a ->
                        "in-" + a.text().substring("answer ".length(), a.text().indexOf(':')))
                .toList();
        assertThat(recordedInputs).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(answeredWithFeedback);
        Session session = fresh.load(DM.key()).orElseThrow();
        assertThat(session.tally().answered()).isEqualTo(recorded.size());
        assertThat(fresh.load(DM.key())).isEqualTo(open().load(DM.key()));
        assertThat(inputIdsStored()).containsExactlyInAnyOrderElementsOf(union(applied, Set.of("setup")));
        int conflicts = stores.stream()
                .mapToInt(store -> store.count(Commit.Outcome.CONFLICT))
                .sum();
        int duplicates = stores.stream()
                .mapToInt(store -> store.count(Commit.Outcome.DUPLICATE))
                .sum();
        System.out.printf(
                "two processes: %d inputs, %d applied, %d answers recorded, session version %d,"
                        + " %d lost races re-applied, %d redeliveries refused%n",
                inputs, applied.size(), recorded.size(), session.version(), conflicts, duplicates);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private List<String> inputIdsStored() throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement("SELECT input_id FROM inputs WHERE conversation_key = ?")) {
            s.setString(1, DM.key());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }
}
