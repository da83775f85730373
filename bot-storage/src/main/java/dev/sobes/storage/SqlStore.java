package dev.sobes.storage;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.zaxxer.hikari.HikariDataSource;
import dev.sobes.core.admin.PackShelf;
import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.engine.Session;
import dev.sobes.core.model.Grade;
import dev.sobes.core.model.Lang;
import dev.sobes.core.store.AnswerRecord;
import dev.sobes.core.store.Commit;
import dev.sobes.core.store.GradeRecord;
import dev.sobes.core.store.GroupStore;
import dev.sobes.core.store.Store;
import dev.sobes.core.store.StoreException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The core's {@link Store} over SQLite or PostgreSQL. Live sessions are cached in memory (bounded,
 * expiring when idle); every write goes to the database before it returns, and a commit is checked
 * against the stored session version, so a cached session another process has moved past shows up
 * as a conflict, is dropped from the cache, and is read afresh on the next try.
 *
 * <p>Open with {@link #open}; close to release the connections.
 */
public final class SqlStore implements Store, AutoCloseable {
    private static final String ACTION_SECRET = "action-secret";
    /** The most sessions one call of {@link #wakeups} returns; the rest come on the next call. */
    private static final int MAX_WAKEUPS = 500;

    private static final String LAST_OPENED = "last-opened";
    private static final String ANNOUNCED = "changed:";
    private static final long PRUNE_EVERY_MICROS = 3_600_000_000L;

    private final Database database;
    private final HikariDataSource pool;
    private final Clock clock;
    private final StoreOptions options;
    private final SessionCodec codec = new SessionCodec();
    private final ExportDocument exports = new ExportDocument();
    private final Cache<String, Session> sessions;
    private final AtomicLong nextPrune = new AtomicLong();
    private final SqlGroupStore groups;
    private final SqlPackShelf packs;

    private SqlStore(Database database, HikariDataSource pool, Clock clock, StoreOptions options) {
        this.database = database;
        this.pool = pool;
        this.clock = clock;
        this.options = options;
        this.sessions = Caffeine.newBuilder()
                .maximumSize(options.cachedSessions())
                .expireAfterAccess(options.idleSession())
                .build();
        this.groups = new SqlGroupStore(database, pool, clock);
        this.packs = new SqlPackShelf(database, pool);
    }

    /** Opens the database with the default options. */
    public static SqlStore open(Database database, Clock clock) throws StoreSetupException {
        return open(database, clock, StoreOptions.DEFAULTS);
    }

    /**
     * Opens the database: creates it when it is a SQLite file that does not exist yet, brings its
     * schema up to date, and checks that it can be written.
     *
     * @throws StoreSetupException when the database cannot be used; the message says what to fix
     */
    public static SqlStore open(Database database, Clock clock, StoreOptions options) throws StoreSetupException {
        HikariDataSource pool = Pools.open(database);
        try {
            Migrations.run(pool, database);
            SqlStore store = new SqlStore(database, pool, clock, options);
            store.checkWritable();
            return store;
        } catch (StoreSetupException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    public Database database() {
        return database;
    }

    /**
     * What group interviews keep (where people play, finished games, interviews between members),
     * in the same database; deleting a person deletes theirs too, and their export includes it.
     */
    public GroupStore groups() {
        return groups;
    }

    /**
     * The packs people and places sent from chat, in the same database; deleting a person deletes
     * the packs they sent, and their export includes them.
     */
    public PackShelf packs() {
        return packs;
    }

    /** A write at start-up, so a read-only or full location is reported now rather than on an answer. */
    private void checkWritable() throws StoreSetupException {
        try (Connection c = pool.getConnection()) {
            putSetting(c, LAST_OPENED, clock.instant().toString());
        } catch (SQLException e) {
            throw Failures.atStartUp(database, e);
        }
    }

    /**
     * The secret that signs buttons, made on first use and kept, so that buttons shown before a
     * restart still work after it, and in every process sharing the database.
     */
    public byte[] actionSecret() {
        try (Connection c = pool.getConnection()) {
            Optional<String> stored = setting(c, ACTION_SECRET);
            if (stored.isEmpty()) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")) {
                    s.setString(1, ACTION_SECRET);
                    s.setString(2, Base64.getEncoder().encodeToString(fresh));
                    s.executeUpdate();
                }
                stored = setting(c, ACTION_SECRET);
            }
            return Base64.getDecoder().decode(stored.orElseThrow());
        } catch (SQLException e) {
            throw failure("read the settings of", e);
        }
    }

    /**
     * Tells every process sharing this database that {@code what} changed (such as the content,
     * after a reload): stores a fresh mark that {@link #mark} then returns in every process.
     *
     * @return the new mark
     */
    public String announce(String what) {
        try (Connection c = pool.getConnection()) {
            return announce(c, what);
        } catch (SQLException e) {
            throw failure("announce a change in", e);
        }
    }

    /** {@link #announce(String)} on a connection, in the caller's transaction. */
    static String announce(Connection c, String what) throws SQLException {
        String mark = UUID.randomUUID().toString();
        putSetting(c, ANNOUNCED + what, mark);
        return mark;
    }

    /** {@link #mark(String)} on a connection. */
    static Optional<String> mark(Connection c, String what) throws SQLException {
        return setting(c, ANNOUNCED + what);
    }

    /** The last mark {@link #announce} stored for {@code what}, if any was. */
    public Optional<String> mark(String what) {
        try (Connection c = pool.getConnection()) {
            return setting(c, ANNOUNCED + what);
        } catch (SQLException e) {
            throw failure("read a change's mark from", e);
        }
    }

    private static Optional<String> setting(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM settings WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    private static void putSetting(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO settings (name, value) VALUES (?, ?)"
                + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
            s.setString(1, name);
            s.setString(2, value);
            s.executeUpdate();
        }
    }

    // Sessions.

    @Override
    public Optional<Session> load(String conversationKey) {
        Session cached = sessions.getIfPresent(conversationKey);
        if (cached != null) {
            return Optional.of(cached);
        }
        try (Connection c = pool.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT version, state FROM sessions WHERE conversation_key = ?")) {
            s.setString(1, conversationKey);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Session session = codec.read(conversationKey, r.getLong(1), r.getString(2));
                sessions.put(conversationKey, session);
                return Optional.of(session);
            }
        } catch (SQLException e) {
            throw failure("read a session from", e);
        }
    }

    @Override
    public void save(Session session) {
        String key = session.conversationKey();
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO sessions (conversation_key, owner_key, version, state, updated_at)"
                                + " VALUES (?, NULL, ?, ?, ?) ON CONFLICT (conversation_key) DO UPDATE SET"
                                + " version = excluded.version, state = excluded.state,"
                                + " updated_at = excluded.updated_at")) {
            s.setString(1, key);
            s.setLong(2, session.version());
            s.setString(3, codec.write(session));
            s.setLong(4, now());
            s.executeUpdate();
            sessions.put(key, session);
        } catch (SQLException e) {
            sessions.invalidate(key);
            throw failure("save a session in", e);
        }
    }

    @Override
    public void delete(String conversationKey) {
        try (Connection c = pool.getConnection()) {
            inTransaction(c, () -> {
                update(c, "DELETE FROM inputs WHERE conversation_key = ?", conversationKey);
                update(c, "DELETE FROM sessions WHERE conversation_key = ?", conversationKey);
            });
        } catch (SQLException e) {
            throw failure("delete a session from", e);
        } finally {
            sessions.invalidate(conversationKey);
        }
    }

    // One input's changes.

    @Override
    public Commit.Outcome commit(Commit commit) {
        String key = commit.conversationKey();
        long now = now();
        List<String> forgotten = new ArrayList<>();
        Commit.Outcome outcome;
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                outcome = write(c, commit, now, forgotten);
                if (outcome == Commit.Outcome.SAVED) {
                    c.commit();
                } else {
                    c.rollback();
                }
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            sessions.invalidate(key);
            throw failure("save to", e);
        }
        Session session = commit.session();
        if (outcome != Commit.Outcome.SAVED) {
            sessions.invalidate(key);
        } else if (session != null) {
            sessions.put(key, session);
        }
        sessions.invalidateAll(forgotten);
        pruneInputs(now);
        return outcome;
    }

    private Commit.Outcome write(Connection c, Commit commit, long now, List<String> forgotten) throws SQLException {
        SortedSet<String> people = new TreeSet<>();
        PersonId person = commit.person();
        if (person != null) {
            people.add(person.key());
        }
        commit.answers().forEach(a -> people.add(a.person().key()));
        commit.grades().forEach(g -> people.add(g.person().key()));
        commit.languages().keySet().forEach(p -> people.add(p.key()));
        for (String key : people) {
            ensurePerson(c, key, now);
        }
        String inputId = commit.inputId();
        if (inputId != null) {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO inputs (conversation_key, input_id, person_key, seen_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (conversation_key, input_id) DO NOTHING")) {
                s.setString(1, commit.conversationKey());
                s.setString(2, inputId);
                setNullable(s, 3, person == null ? null : person.key());
                s.setLong(4, now);
                if (s.executeUpdate() == 0) {
                    return Commit.Outcome.DUPLICATE;
                }
            }
        }
        if (!sessionIsAtExpectedVersion(c, commit, now)) {
            return Commit.Outcome.CONFLICT;
        }
        insertAnswers(c, commit.answers());
        insertGrades(c, commit.grades());
        for (Map.Entry<PersonId, Lang> choice : commit.languages().entrySet()) {
            update(
                    c,
                    "UPDATE people SET language = ? WHERE person_key = ?",
                    choice.getValue().code(),
                    choice.getKey().key());
        }
        PersonId forget = commit.forget();
        if (forget != null) {
            forgotten.addAll(deletePerson(c, forget));
        }
        return Commit.Outcome.SAVED;
    }

    /** Writes the commit's session when the stored one is at the expected version; checks it when unchanged. */
    private boolean sessionIsAtExpectedVersion(Connection c, Commit commit, long now) throws SQLException {
        Session session = commit.session();
        String key = commit.conversationKey();
        PersonId owner = commit.owner();
        if (session == null) {
            try (PreparedStatement s = c.prepareStatement("SELECT version FROM sessions WHERE conversation_key = ?")) {
                s.setString(1, key);
                try (ResultSet r = s.executeQuery()) {
                    long stored = r.next() ? r.getLong(1) : 0;
                    return stored == commit.expectedVersion();
                }
            }
        }
        String state = codec.write(session);
        Conversation conversation = commit.conversation();
        Instant wake = session.wakeAt();
        try (PreparedStatement s = c.prepareStatement("UPDATE sessions SET version = ?, state = ?, owner_key = ?,"
                + " updated_at = ?, platform = ?, chat_id = ?, thread_id = ?, is_group = ?, wake_at = ?"
                + " WHERE conversation_key = ? AND version = ?")) {
            s.setLong(1, session.version());
            s.setString(2, state);
            setNullable(s, 3, owner == null ? null : owner.key());
            s.setLong(4, now);
            setConversation(s, 5, conversation, wake);
            s.setString(10, key);
            s.setLong(11, commit.expectedVersion());
            if (s.executeUpdate() == 1) {
                return true;
            }
        }
        if (commit.expectedVersion() != 0) {
            return false;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO sessions (conversation_key, owner_key, version,"
                + " state, updated_at, platform, chat_id, thread_id, is_group, wake_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (conversation_key) DO NOTHING")) {
            s.setString(1, key);
            setNullable(s, 2, owner == null ? null : owner.key());
            s.setLong(3, session.version());
            s.setString(4, state);
            s.setLong(5, now);
            setConversation(s, 6, conversation, wake);
            return s.executeUpdate() == 1;
        }
    }

    /** Sets the conversation's four columns and the wake-up time, starting at {@code first}. */
    private static void setConversation(
            PreparedStatement s, int first, Conversation conversation, @Nullable Instant wake) throws SQLException {
        s.setString(first, conversation.platform().name());
        s.setString(first + 1, conversation.chatId());
        setNullable(s, first + 2, conversation.threadId());
        s.setBoolean(first + 3, conversation.group());
        if (wake == null) {
            s.setNull(first + 4, Types.BIGINT);
        } else {
            s.setLong(first + 4, Micros.of(wake));
        }
    }

    @Override
    public List<Conversation> wakeups(Instant until) {
        List<Conversation> due = new ArrayList<>();
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT platform, chat_id, thread_id, is_group FROM sessions"
                        + " WHERE wake_at <= ? AND platform IS NOT NULL ORDER BY wake_at LIMIT "
                        + MAX_WAKEUPS)) {
            s.setLong(1, Micros.of(until));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    due.add(new Conversation(
                            Platform.valueOf(r.getString(1)), r.getString(2), r.getString(3), r.getBoolean(4)));
                }
            }
        } catch (SQLException e) {
            throw failure("read the sessions due a tick from", e);
        }
        return due;
    }

    static void ensurePerson(Connection c, String personKey, long now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO people (person_key, language, created_at)"
                + " VALUES (?, NULL, ?) ON CONFLICT (person_key) DO NOTHING")) {
            s.setString(1, personKey);
            s.setLong(2, now);
            s.executeUpdate();
        }
    }

    private static void insertAnswers(Connection c, List<AnswerRecord> answers) throws SQLException {
        if (answers.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO answers (person_key, question_id, answered_at,"
                + " answer_text, covered_points, total_points, covered_mask, suggested_grade)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AnswerRecord answer : answers) {
                s.setString(1, answer.person().key());
                s.setString(2, answer.questionId());
                s.setLong(3, Micros.of(answer.at()));
                s.setString(4, answer.text());
                s.setInt(5, answer.coveredPoints());
                s.setInt(6, answer.totalPoints());
                s.setString(7, toMask(answer.covered()));
                s.setInt(8, answer.suggested().value());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insertGrades(Connection c, List<GradeRecord> grades) throws SQLException {
        if (grades.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO grades (person_key, question_id, graded_at, grade, chosen) VALUES (?, ?, ?, ?, ?)")) {
            for (GradeRecord grade : grades) {
                s.setString(1, grade.person().key());
                s.setString(2, grade.questionId());
                s.setLong(3, Micros.of(grade.at()));
                s.setInt(4, grade.grade().value());
                s.setBoolean(5, grade.chosen());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** Deletes a person and, through the schema's cascades, all that is kept about them. */
    private static List<String> deletePerson(Connection c, PersonId person) throws SQLException {
        List<String> owned = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT conversation_key FROM sessions WHERE owner_key = ?")) {
            s.setString(1, person.key());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    owned.add(r.getString(1));
                }
            }
        }
        for (String key : owned) {
            update(c, "DELETE FROM inputs WHERE conversation_key = ?", key);
        }
        update(c, "DELETE FROM people WHERE person_key = ?", person.key());
        update(c, "DELETE FROM question_reports WHERE person_key = ?", person.key());
        SqlPackShelf.forget(c, person);
        return owned;
    }

    /** Forgets the ids of inputs too old to be redelivered; at most once an hour, and never fails a write. */
    private void pruneInputs(long now) {
        long due = nextPrune.get();
        if (now < due || !nextPrune.compareAndSet(due, now + PRUNE_EVERY_MICROS)) {
            return;
        }
        long before = now - options.inputMemory().toNanos() / 1_000;
        try (Connection c = pool.getConnection()) {
            update(c, "DELETE FROM inputs WHERE seen_at < ?", before);
        } catch (SQLException e) {
            // Old ids only take room; the next commit an hour on tries again.
        }
    }

    // Progress.

    @Override
    public Optional<Lang> language(PersonId person) {
        try (Connection c = pool.getConnection()) {
            return language(c, person.key());
        } catch (SQLException e) {
            throw failure("read a setting from", e);
        }
    }

    private static Optional<Lang> language(Connection c, String personKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT language FROM people WHERE person_key = ?")) {
            s.setString(1, personKey);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Lang.parse(r.getString(1)) : Optional.empty();
            }
        }
    }

    @Override
    public void setLanguage(PersonId person, Lang lang) {
        try (Connection c = pool.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO people (person_key, language, created_at)"
                        + " VALUES (?, ?, ?) ON CONFLICT (person_key) DO UPDATE SET language = excluded.language")) {
            s.setString(1, person.key());
            s.setString(2, lang.code());
            s.setLong(3, now());
            s.executeUpdate();
        } catch (SQLException e) {
            throw failure("save a setting in", e);
        }
    }

    @Override
    public void recordAnswer(AnswerRecord answer) {
        try (Connection c = pool.getConnection()) {
            inTransaction(c, () -> {
                ensurePerson(c, answer.person().key(), now());
                insertAnswers(c, List.of(answer));
            });
        } catch (SQLException e) {
            throw failure("save an answer in", e);
        }
    }

    @Override
    public void recordGrade(GradeRecord grade) {
        try (Connection c = pool.getConnection()) {
            inTransaction(c, () -> {
                ensurePerson(c, grade.person().key(), now());
                insertGrades(c, List.of(grade));
            });
        } catch (SQLException e) {
            throw failure("save a grade in", e);
        }
    }

    @Override
    public List<AnswerRecord> answers(PersonId person) {
        try (Connection c = pool.getConnection()) {
            return answers(c, person);
        } catch (SQLException e) {
            throw failure("read answers from", e);
        }
    }

    /** Which key points an answer covered, one character each: '1' covered, '0' missed. */
    static String toMask(List<Boolean> covered) {
        StringBuilder mask = new StringBuilder(covered.size());
        for (boolean point : covered) {
            mask.append(point ? '1' : '0');
        }
        return mask.toString();
    }

    static List<Boolean> fromMask(String mask) {
        List<Boolean> covered = new ArrayList<>(mask.length());
        for (int i = 0; i < mask.length(); i++) {
            covered.add(mask.charAt(i) == '1');
        }
        return covered;
    }

    private static List<AnswerRecord> answers(Connection c, PersonId person) throws SQLException {
        List<AnswerRecord> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT question_id, answered_at, answer_text, covered_mask,"
                + " suggested_grade FROM answers WHERE person_key = ? ORDER BY answered_at, id")) {
            s.setString(1, person.key());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new AnswerRecord(
                            person,
                            r.getString(1),
                            Micros.toInstant(r.getLong(2)),
                            r.getString(3),
                            fromMask(r.getString(4)),
                            grade(r.getInt(5))));
                }
            }
        }
        return found;
    }

    @Override
    public List<GradeRecord> grades(PersonId person) {
        try (Connection c = pool.getConnection()) {
            return grades(c, person);
        } catch (SQLException e) {
            throw failure("read grades from", e);
        }
    }

    private static List<GradeRecord> grades(Connection c, PersonId person) throws SQLException {
        List<GradeRecord> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT question_id, graded_at, grade, chosen FROM grades"
                + " WHERE person_key = ? ORDER BY graded_at, id")) {
            s.setString(1, person.key());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new GradeRecord(
                            person,
                            r.getString(1),
                            Micros.toInstant(r.getLong(2)),
                            grade(r.getInt(3)),
                            r.getBoolean(4)));
                }
            }
        }
        return found;
    }

    private static Grade grade(int value) {
        for (Grade grade : Grade.values()) {
            if (grade.value() == value) {
                return grade;
            }
        }
        throw new IllegalStateException("a stored grade out of range: " + value);
    }

    @Override
    public void forget(PersonId person) {
        List<String> owned = new ArrayList<>();
        try (Connection c = pool.getConnection()) {
            inTransaction(c, () -> owned.addAll(deletePerson(c, person)));
        } catch (SQLException e) {
            throw failure("delete a person from", e);
        } finally {
            sessions.invalidateAll(owned);
        }
    }

    @Override
    public Attachment export(PersonId person) {
        try (Connection c = pool.getConnection()) {
            List<ExportDocument.StoredSession> owned = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT conversation_key, version, updated_at, state"
                    + " FROM sessions WHERE owner_key = ? ORDER BY conversation_key")) {
                s.setString(1, person.key());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        owned.add(new ExportDocument.StoredSession(
                                r.getString(1), r.getLong(2), Micros.toInstant(r.getLong(3)), r.getString(4)));
                    }
                }
            }
            return exports.write(
                    person,
                    clock.instant(),
                    language(c, person.key()).orElse(null),
                    answers(c, person),
                    grades(c, person),
                    owned,
                    new ExportDocument.GroupData(
                            groups.playingIn(c, person).orElse(null),
                            groups.gamesOf(c, person),
                            groups.interviewsOf(c, person)),
                    packs.of(c, person));
        } catch (SQLException e) {
            throw failure("read a person's data from", e);
        }
    }

    // Plumbing.

    private long now() {
        return Micros.of(clock.instant());
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException(
                "Could not " + what + " the database " + database.describe() + ": " + Failures.message(e), e);
    }

    /** Work in one transaction. */
    interface Work {
        void run() throws SQLException;
    }

    static void inTransaction(Connection c, Work work) throws SQLException {
        c.setAutoCommit(false);
        try {
            work.run();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            rollback(c, e);
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    static void setNullable(PreparedStatement s, int index, @Nullable String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
