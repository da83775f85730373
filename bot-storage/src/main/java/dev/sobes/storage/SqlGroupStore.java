package dev.sobes.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.store.GameRecord;
import dev.sobes.core.store.GroupStore;
import dev.sobes.core.store.InterviewRecord;
import dev.sobes.core.store.Standing;
import dev.sobes.core.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The core's {@link GroupStore} in the same database as the {@link SqlStore} that made it (see
 * {@link SqlStore#groups()}): where each person plays, finished games and interviews between
 * members. Nothing is cached, so every process sharing the database sees the others' games at
 * once. Rows that name a person go when the person is deleted, through the schema's cascades.
 */
final class SqlGroupStore implements GroupStore {
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<GameRecord.AnswerResult>> ANSWERS = new TypeReference<>() {};
    private static final TypeReference<List<List<Boolean>>> COVERED = new TypeReference<>() {};

    private static final String INTERVIEW_COLUMNS = "board, interview_id, interviewer_person_key, interviewer_name,"
            + " candidate_person_key, candidate_name, held_at, question_ids, covered";

    private final Database database;
    private final DataSource pool;
    private final Clock clock;
    private final ObjectMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    SqlGroupStore(Database database, DataSource pool, Clock clock) {
        this.database = database;
        this.pool = pool;
        this.clock = clock;
    }

    // Where people play.

    @Override
    public Optional<Conversation> playing(PersonId person) {
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT platform, chat_id, thread_id, is_group FROM group_playing WHERE person_key = ?")) {
            s.setString(1, person.key());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Conversation(
                        Platform.valueOf(r.getString(1)), r.getString(2), r.getString(3), r.getBoolean(4)));
            }
        } catch (SQLException e) {
            throw failure("read where a person plays from", e);
        }
    }

    @Override
    public void enter(PersonId person, Conversation game) {
        try (Connection c = pool.getConnection()) {
            SqlStore.inTransaction(c, () -> {
                SqlStore.ensurePerson(c, person.key(), now());
                try (PreparedStatement s = c.prepareStatement("INSERT INTO group_playing (person_key,"
                        + " conversation_key, platform, chat_id, thread_id, is_group) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (person_key) DO UPDATE SET conversation_key = excluded.conversation_key,"
                        + " platform = excluded.platform, chat_id = excluded.chat_id,"
                        + " thread_id = excluded.thread_id, is_group = excluded.is_group")) {
                    s.setString(1, person.key());
                    s.setString(2, game.key());
                    s.setString(3, game.platform().name());
                    s.setString(4, game.chatId());
                    SqlStore.setNullable(s, 5, game.threadId());
                    s.setBoolean(6, game.group());
                    s.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw failure("save where a person plays in", e);
        }
    }

    @Override
    public void leave(PersonId person, Conversation game) {
        try (Connection c = pool.getConnection();
                PreparedStatement s =
                        c.prepareStatement("DELETE FROM group_playing WHERE person_key = ? AND conversation_key = ?")) {
            s.setString(1, person.key());
            s.setString(2, game.key());
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure("save where a person plays in", e);
        }
    }

    // Finished games.

    @Override
    public void recordGame(GameRecord game) {
        try (Connection c = pool.getConnection()) {
            SqlStore.inTransaction(c, () -> {
                long now = now();
                for (GameRecord.PlayerResult player : game.players()) {
                    SqlStore.ensurePerson(c, player.person().key(), now);
                }
                // The game's row first: a process recording the same game waits on it, then replaces it all.
                try (PreparedStatement s = c.prepareStatement("INSERT INTO group_games (board, game_id,"
                        + " conversation_key, started_at, finished_at, pack_id, question_ids)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (board, game_id) DO UPDATE SET"
                        + " conversation_key = excluded.conversation_key, started_at = excluded.started_at,"
                        + " finished_at = excluded.finished_at, pack_id = excluded.pack_id,"
                        + " question_ids = excluded.question_ids")) {
                    s.setString(1, game.board());
                    s.setString(2, game.gameId());
                    s.setString(3, game.conversationKey());
                    s.setLong(4, Micros.of(game.startedAt()));
                    s.setLong(5, Micros.of(game.finishedAt()));
                    s.setString(6, game.packId());
                    s.setString(7, write(game.questionIds()));
                    s.executeUpdate();
                }
                try (PreparedStatement s =
                        c.prepareStatement("DELETE FROM group_game_players WHERE board = ? AND game_id = ?")) {
                    s.setString(1, game.board());
                    s.setString(2, game.gameId());
                    s.executeUpdate();
                }
                if (game.players().isEmpty()) {
                    return;
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO group_game_players (board, game_id,"
                        + " person_key, seat, name, place, points, answers) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    int seat = 0;
                    for (GameRecord.PlayerResult player : game.players()) {
                        s.setString(1, game.board());
                        s.setString(2, game.gameId());
                        s.setString(3, player.person().key());
                        s.setInt(4, seat++);
                        s.setString(5, player.name());
                        s.setInt(6, player.rank());
                        s.setInt(7, player.points());
                        s.setString(8, write(player.answers()));
                        s.addBatch();
                    }
                    s.executeBatch();
                }
            });
        } catch (SQLException e) {
            throw failure("save a group interview in", e);
        }
    }

    @Override
    public Optional<GameRecord> game(String board, String gameId) {
        try (Connection c = pool.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT conversation_key, started_at, finished_at, pack_id,"
                    + " question_ids FROM group_games WHERE board = ? AND game_id = ?")) {
                s.setString(1, board);
                s.setString(2, gameId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new GameRecord(
                            board,
                            gameId,
                            r.getString(1),
                            Micros.toInstant(r.getLong(2)),
                            Micros.toInstant(r.getLong(3)),
                            r.getString(4),
                            read(r.getString(5), STRINGS),
                            players(c, board, gameId)));
                }
            }
        } catch (SQLException e) {
            throw failure("read a group interview from", e);
        }
    }

    private List<GameRecord.PlayerResult> players(Connection c, String board, String gameId) throws SQLException {
        List<GameRecord.PlayerResult> players = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT person_key, name, place, points, answers"
                + " FROM group_game_players WHERE board = ? AND game_id = ? ORDER BY seat")) {
            s.setString(1, board);
            s.setString(2, gameId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    players.add(new GameRecord.PlayerResult(
                            person(r.getString(1)),
                            r.getString(2),
                            r.getInt(3),
                            r.getInt(4),
                            read(r.getString(5), ANSWERS)));
                }
            }
        }
        return players;
    }

    @Override
    public List<Standing> standings(String board, Instant since) {
        Map<String, Standing> totals = new LinkedHashMap<>();
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT p.person_key, p.name, p.points"
                        + " FROM group_game_players p JOIN group_games g ON g.board = p.board AND g.game_id = p.game_id"
                        + " WHERE g.board = ? AND g.finished_at >= ? ORDER BY g.finished_at, g.game_id, p.seat")) {
            s.setString(1, board);
            s.setLong(2, Micros.of(since));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String key = r.getString(1);
                    Standing before = totals.get(key);
                    int points = before == null ? 0 : before.points();
                    int games = before == null ? 0 : before.games();
                    totals.put(key, new Standing(person(key), r.getString(2), points + r.getInt(3), games + 1));
                }
            }
        } catch (SQLException e) {
            throw failure("read a leaderboard from", e);
        }
        return new ArrayList<>(totals.values());
    }

    // Interviews between members.

    @Override
    public void recordInterview(InterviewRecord interview) {
        try (Connection c = pool.getConnection()) {
            SqlStore.inTransaction(c, () -> {
                long now = now();
                SqlStore.ensurePerson(c, interview.interviewer().key(), now);
                SqlStore.ensurePerson(c, interview.candidate().key(), now);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO group_interviews (board, interview_id,"
                        + " interviewer_person_key, interviewer_name, candidate_person_key, candidate_name, held_at,"
                        + " question_ids, covered) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (board, interview_id) DO UPDATE SET"
                        + " interviewer_person_key = excluded.interviewer_person_key,"
                        + " interviewer_name = excluded.interviewer_name,"
                        + " candidate_person_key = excluded.candidate_person_key,"
                        + " candidate_name = excluded.candidate_name, held_at = excluded.held_at,"
                        + " question_ids = excluded.question_ids, covered = excluded.covered")) {
                    s.setString(1, interview.board());
                    s.setString(2, interview.interviewId());
                    s.setString(3, interview.interviewer().key());
                    s.setString(4, interview.interviewerName());
                    s.setString(5, interview.candidate().key());
                    s.setString(6, interview.candidateName());
                    s.setLong(7, Micros.of(interview.at()));
                    s.setString(8, write(interview.questionIds()));
                    s.setString(9, write(interview.covered()));
                    s.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw failure("save an interview in", e);
        }
    }

    @Override
    public Optional<InterviewRecord> interview(String board, String interviewId) {
        List<InterviewRecord> found = interviews(
                "WHERE board = ? AND interview_id = ?", List.of(board, interviewId), "read an interview from");
        return found.stream().findFirst();
    }

    @Override
    public List<InterviewRecord> interviews(PersonId one, PersonId other) {
        return interviews(
                "WHERE (interviewer_person_key = ? AND candidate_person_key = ?)"
                        + " OR (interviewer_person_key = ? AND candidate_person_key = ?)",
                List.of(one.key(), other.key(), other.key(), one.key()),
                "read interviews from");
    }

    /** The interviews a person took part in, in either role, oldest first: for their export. */
    List<InterviewRecord> interviewsOf(Connection c, PersonId person) throws SQLException {
        return interviews(
                c, "WHERE interviewer_person_key = ? OR candidate_person_key = ?", List.of(person.key(), person.key()));
    }

    private List<InterviewRecord> interviews(String where, List<String> values, String what) {
        try (Connection c = pool.getConnection()) {
            return interviews(c, where, values);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private List<InterviewRecord> interviews(Connection c, String where, List<String> values) throws SQLException {
        List<InterviewRecord> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + INTERVIEW_COLUMNS + " FROM group_interviews " + where
                + " ORDER BY held_at, interview_id")) {
            for (int i = 0; i < values.size(); i++) {
                s.setString(i + 1, values.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new InterviewRecord(
                            r.getString(1),
                            r.getString(2),
                            person(r.getString(3)),
                            r.getString(4),
                            person(r.getString(5)),
                            r.getString(6),
                            Micros.toInstant(r.getLong(7)),
                            read(r.getString(8), STRINGS),
                            read(r.getString(9), COVERED)));
                }
            }
        }
        return found;
    }

    // For a person's export.

    /** A person's own result in one finished game, with the game it belongs to. */
    record PlayedGame(
            String board,
            String gameId,
            String conversationKey,
            Instant finishedAt,
            String packId,
            List<String> questionIds,
            GameRecord.PlayerResult result) {}

    /** The games a person played, oldest first, with their own result only. */
    List<PlayedGame> gamesOf(Connection c, PersonId person) throws SQLException {
        List<PlayedGame> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT g.board, g.game_id, g.conversation_key, g.finished_at,"
                + " g.pack_id, g.question_ids, p.name, p.place, p.points, p.answers FROM group_game_players p"
                + " JOIN group_games g ON g.board = p.board AND g.game_id = p.game_id"
                + " WHERE p.person_key = ? ORDER BY g.finished_at, g.board, g.game_id")) {
            s.setString(1, person.key());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new PlayedGame(
                            r.getString(1),
                            r.getString(2),
                            r.getString(3),
                            Micros.toInstant(r.getLong(4)),
                            r.getString(5),
                            read(r.getString(6), STRINGS),
                            new GameRecord.PlayerResult(
                                    person, r.getString(7), r.getInt(8), r.getInt(9), read(r.getString(10), ANSWERS))));
                }
            }
        }
        return found;
    }

    /** The group conversation a person last joined, as its key, if any: for their export. */
    Optional<String> playingIn(Connection c, PersonId person) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("SELECT conversation_key FROM group_playing WHERE person_key = ?")) {
            s.setString(1, person.key());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    // Plumbing.

    /** A person from their stored key, {@code platform:user id}, as {@link PersonId#key()} makes it. */
    static PersonId person(String key) {
        int colon = key.indexOf(':');
        if (colon <= 0) {
            throw new IllegalStateException("a stored person key without a platform: " + key);
        }
        Platform platform = Platform.valueOf(key.substring(0, colon).toUpperCase(Locale.ROOT));
        return new PersonId(platform, key.substring(colon + 1));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("group records could not be written as JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new StoreException(
                    "The database " + database.describe() + " holds group records this version cannot read: "
                            + e.getOriginalMessage(),
                    e);
        }
    }

    private long now() {
        return Micros.of(clock.instant());
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(
                "Could not " + what + " the database " + database.describe() + ": " + Failures.message(e), e);
    }
}
