package dev.sobes.app;

import dev.sobes.core.admin.Operations;
import dev.sobes.core.admin.QuestionReport;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.store.StoreException;
import dev.sobes.storage.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the operators ask of the database beyond the engine's store: counts, the conversations a
 * notice goes to, and question reports. These are rare, so each opens its own connection. The
 * tables are the store's, made by its migrations.
 */
final class StoreQueries {
    private final Database database;

    StoreQueries(Database database) {
        this.database = database;
    }

    Operations.StoreFigures figures() {
        try (Connection c = connect()) {
            return new Operations.StoreFigures(
                    count(c, "people"), count(c, "sessions"), count(c, "answers"), count(c, "question_reports"));
        } catch (SQLException e) {
            throw new StoreException("Could not count what the database keeps: " + e.getMessage(), e);
        }
    }

    /** Every conversation with a session, which a notice can reach. */
    List<Conversation> conversations() {
        List<Conversation> all = new ArrayList<>();
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT platform, chat_id, thread_id, is_group FROM sessions"
                        + " WHERE platform IS NOT NULL ORDER BY conversation_key")) {
            while (r.next()) {
                Optional<Platform> platform = platform(r.getString(1));
                String chat = r.getString(2);
                if (platform.isPresent() && chat != null && !chat.isBlank()) {
                    all.add(new Conversation(platform.get(), chat, r.getString(3), r.getBoolean(4)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not list the conversations: " + e.getMessage(), e);
        }
        return all;
    }

    void report(QuestionReport report) {
        try (Connection c = connect()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO question_reports"
                    + " (reported_at, person_key, conversation_key, question_id, comment) VALUES (?, ?, ?, ?, ?)")) {
                s.setLong(1, report.at().toEpochMilli());
                s.setString(2, report.person().key());
                s.setString(3, report.conversationKey());
                s.setString(4, report.questionId());
                s.setString(5, report.comment());
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not save a report: " + e.getMessage(), e);
        }
    }

    List<QuestionReport> reports(int limit) {
        List<QuestionReport> reports = new ArrayList<>();
        try (Connection c = connect()) {
            try (PreparedStatement s = c.prepareStatement("SELECT reported_at, person_key, conversation_key,"
                    + " question_id, comment FROM question_reports ORDER BY reported_at DESC, id DESC LIMIT ?")) {
                s.setInt(1, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        reports.add(new QuestionReport(
                                Instant.ofEpochMilli(r.getLong(1)),
                                Settings.person(r.getString(2), "a stored report"),
                                r.getString(3),
                                r.getString(4),
                                r.getString(5)));
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the reports: " + e.getMessage(), e);
        }
        return reports;
    }

    /** Whether the database answers a query now. */
    boolean reachable() {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT 1")) {
            return r.next();
        } catch (SQLException e) {
            return false;
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    private static Optional<Platform> platform(String name) {
        for (Platform p : Platform.values()) {
            if (p.name().equals(name) || p.code().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private Connection connect() throws SQLException {
        if (database instanceof Database.Postgres pg) {
            Properties props = new Properties();
            if (pg.user() != null) {
                props.setProperty("user", pg.user());
            }
            if (pg.password() != null) {
                props.setProperty("password", pg.password());
            }
            if (pg.schema() != null) {
                props.setProperty("currentSchema", pg.schema());
            }
            return DriverManager.getConnection(pg.url(), props);
        }
        Database.Sqlite sqlite = (Database.Sqlite) database;
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + sqlite.file());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
        }
        return c;
    }
}
