package dev.sobes.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.store.GameRecord;
import dev.sobes.core.store.GameRecord.AnswerResult;
import dev.sobes.core.store.GameRecord.PlayerResult;
import dev.sobes.core.store.GroupStore;
import dev.sobes.core.store.InterviewRecord;
import dev.sobes.core.store.Standing;
import dev.sobes.testkit.ManualClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the group store over a database must do, run against SQLite and PostgreSQL alike: the same
 * behaviour as the core's in-memory one, kept across restarts and shared by processes. Each test
 * gets an empty database of its own.
 */
abstract class GroupStoreContract {
    static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    static final PersonId ANN = new PersonId(Platform.TELEGRAM, "101");
    static final PersonId BOB = new PersonId(Platform.TELEGRAM, "202");
    static final PersonId CAT = new PersonId(Platform.TELEGRAM, "303");
    static final Conversation CHAT = new Conversation(Platform.TELEGRAM, "-100", null, true);
    static final Conversation THREAD = new Conversation(Platform.DISCORD, "900", "901", true);
    static final String BOARD = "telegram:-100";

    final ManualClock clock = new ManualClock(T0);
    private final List<SqlStore> opened = new ArrayList<>();

    /** The database of the running test: the same on every call within a test. */
    abstract Database database();

    /** A group store as one process opens it: over a store of its own. */
    GroupStore open() throws StoreSetupException {
        SqlStore store = SqlStore.open(database(), clock);
        opened.add(store);
        return store.groups();
    }

    SqlStore openStore() throws StoreSetupException {
        SqlStore store = SqlStore.open(database(), clock);
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeStores() {
        opened.forEach(SqlStore::close);
        opened.clear();
    }

    static PlayerResult player(PersonId person, String name, int rank, int points) {
        return new PlayerResult(
                person,
                name,
                rank,
                points,
                List.of(
                        new AnswerResult("q-send", List.of(true, points > 1), points > 1 ? 2 : 1, true),
                        new AnswerResult("q-close", List.of(false, false), 0, false)));
    }

    static GameRecord game(String id, Instant finished, PlayerResult... players) {
        return new GameRecord(
                BOARD,
                id,
                CHAT.key(),
                finished.minus(Duration.ofMinutes(20)),
                finished,
                "go",
                List.of("q-send", "q-close"),
                List.of(players));
    }

    static InterviewRecord interview(String id, PersonId interviewer, PersonId candidate, Instant at) {
        return new InterviewRecord(
                BOARD,
                id,
                interviewer,
                "Interviewer " + interviewer.userId(),
                candidate,
                "Candidate " + candidate.userId(),
                at,
                List.of("q-send", "q-nil", "q-close"),
                List.of(List.of(true, false), List.of(true), List.of(false, true, true)));
    }

    @Test
    void whereAPersonPlaysIsKeptUntilTheyLeaveThatGame() throws Exception {
        GroupStore store = open();
        assertThat(store.playing(ANN)).isEmpty();

        store.enter(ANN, CHAT);
        store.enter(ANN, THREAD);
        store.enter(BOB, CHAT);
        assertThat(open().playing(ANN)).as("the last game joined, whole").contains(THREAD);

        store.leave(ANN, CHAT);
        assertThat(open().playing(ANN))
                .as("leaving another game changes nothing")
                .contains(THREAD);
        store.leave(ANN, THREAD);
        assertThat(open().playing(ANN)).isEmpty();
        assertThat(open().playing(BOB)).contains(CHAT);
    }

    @Test
    void aFinishedGameComesBackWithEveryFieldAfterARestart() throws Exception {
        GameRecord game = game(
                "g1", T0, player(BOB, "Боб «быстрый» \"B\"", 1, 3), player(ANN, "Ann", 2, 1), player(CAT, "Cat", 2, 1));
        open().recordGame(game);

        assertThat(open().game(BOARD, "g1")).contains(game);
        assertThat(open().game(BOARD, "g2")).isEmpty();
        assertThat(open().game("telegram:-200", "g1")).isEmpty();
    }

    @Test
    void recordingAGameAgainReplacesIt() throws Exception {
        GroupStore store = open();
        store.recordGame(game("g1", T0, player(ANN, "Ann", 1, 3), player(BOB, "Bob", 2, 1)));

        GameRecord again = game("g1", T0.plusSeconds(5), player(BOB, "Bob", 1, 4));
        open().recordGame(again);

        assertThat(store.game(BOARD, "g1")).contains(again);
        assertThat(store.standings(BOARD, T0.minus(Duration.ofDays(1))))
                .containsExactly(new Standing(BOB, "Bob", 4, 1));
    }

    @Test
    void standingsAddUpTheGamesOfOneBoardSinceADate() throws Exception {
        GroupStore store = open();
        store.recordGame(game("old", T0, player(ANN, "Ann", 1, 5), player(BOB, "Bob", 2, 1)));
        Instant week = T0.plus(Duration.ofDays(20));
        store.recordGame(game("g2", week, player(ANN, "Annie", 1, 3), player(BOB, "Bob", 2, 2)));
        store.recordGame(game("g3", week.plus(Duration.ofDays(2)), player(BOB, "Bobby", 1, 4)));
        GameRecord elsewhere = new GameRecord(
                "discord:900",
                "g4",
                THREAD.key(),
                week,
                week,
                "go",
                List.of("q-send"),
                List.of(player(ANN, "Ann", 1, 9)));
        store.recordGame(elsewhere);

        assertThat(open().standings(BOARD, week))
                .as("from the moment of the first game of the period, inclusive")
                .containsExactlyInAnyOrder(new Standing(ANN, "Annie", 3, 1), new Standing(BOB, "Bobby", 6, 2));
        assertThat(open().standings(BOARD, T0))
                .containsExactlyInAnyOrder(new Standing(ANN, "Annie", 8, 2), new Standing(BOB, "Bobby", 7, 3));
        assertThat(open().standings(BOARD, week.plus(Duration.ofDays(3)))).isEmpty();
        assertThat(open().standings("discord:900", T0)).containsExactly(new Standing(ANN, "Ann", 9, 1));
    }

    @Test
    void anInterviewComesBackAndRecordingItAgainReplacesIt() throws Exception {
        InterviewRecord first = interview("i1", ANN, BOB, T0);
        open().recordInterview(first);
        assertThat(open().interview(BOARD, "i1")).contains(first);
        assertThat(open().interview(BOARD, "i2")).isEmpty();
        assertThat(open().interview("telegram:-200", "i1")).isEmpty();

        InterviewRecord again = new InterviewRecord(
                BOARD, "i1", ANN, "Ann", BOB, "Bob", T0.plusSeconds(1), List.of("q-nil"), List.of(List.of(true)));
        open().recordInterview(again);
        assertThat(open().interview(BOARD, "i1")).contains(again);
        assertThat(open().interviews(ANN, BOB)).containsExactly(again);
    }

    @Test
    void theInterviewsOfTwoPeopleAreFoundInEitherRoleOldestFirst() throws Exception {
        GroupStore store = open();
        InterviewRecord later = interview("i1", ANN, BOB, T0.plusSeconds(60));
        InterviewRecord earlier = interview("i2", BOB, ANN, T0);
        InterviewRecord others = interview("i3", ANN, CAT, T0);
        store.recordInterview(later);
        store.recordInterview(earlier);
        store.recordInterview(others);

        assertThat(open().interviews(ANN, BOB)).containsExactly(earlier, later);
        assertThat(open().interviews(BOB, ANN)).containsExactly(earlier, later);
        assertThat(open().interviews(CAT, ANN)).containsExactly(others);
        assertThat(open().interviews(BOB, CAT)).isEmpty();
    }

    @Test
    void anExportHoldsThePersonsGroupResultsAndNoOneElses() throws Exception {
        SqlStore store = openStore();
        store.groups().enter(ANN, CHAT);
        store.groups().recordGame(game("g1", T0, player(BOB, "Bob", 1, 3), player(ANN, "Ann", 2, 1)));
        store.groups().recordInterview(interview("i1", BOB, ANN, T0));
        store.groups().recordInterview(interview("i2", BOB, CAT, T0));

        JsonNode json = new ObjectMapper().readTree(store.export(ANN).content());
        JsonNode groups = json.path("groupInterviews");
        assertThat(groups.path("playingIn").asText()).isEqualTo(CHAT.key());
        assertThat(groups.path("games")).hasSize(1);
        JsonNode game = groups.path("games").get(0);
        assertThat(game.path("gameId").asText()).isEqualTo("g1");
        assertThat(game.path("rank").asInt()).isEqualTo(2);
        assertThat(game.path("points").asInt()).isEqualTo(1);
        assertThat(game.path("answers").get(0).path("coveredMask").asText()).isEqualTo("10");
        assertThat(groups.path("interviews")).hasSize(1);
        assertThat(groups.path("interviews").get(0).path("role").asText()).isEqualTo("candidate");
        assertThat(groups.path("interviews").get(0).path("with").asText()).isEqualTo("Interviewer 202");
        assertThat(new String(store.export(ANN).content(), StandardCharsets.UTF_8))
                .doesNotContain("telegram:202")
                .doesNotContain("\"Bob\"")
                .doesNotContain("303");
    }
}
