package dev.sobes.storage;

import static org.junit.jupiter.api.Assertions.fail;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.opentest4j.TestAbortedException;

/**
 * The PostgreSQL server the tests use, named by SOBES_TEST_POSTGRES_URL (with SOBES_TEST_POSTGRES_USER,
 * default postgres, and SOBES_TEST_POSTGRES_PASSWORD). Each test class works in a schema of its own,
 * dropped afterwards. Without a server the PostgreSQL tests are skipped with a message, except in CI
 * (CI=true), where they fail: a suite that did not run must not look as if it passed.
 */
final class PostgresServer {
    static final String URL_VARIABLE = "SOBES_TEST_POSTGRES_URL";

    private PostgresServer() {}

    static String url() {
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw unavailable(URL_VARIABLE + " is not set, so the PostgreSQL tests did not run. Set it to a database"
                    + " they may create schemas in, e.g. jdbc:postgresql://127.0.0.1:5432/sobes_test"
                    + " (.ci/run does this).");
        }
        return url;
    }

    static String user() {
        String user = System.getenv("SOBES_TEST_POSTGRES_USER");
        return user == null || user.isBlank() ? "postgres" : user;
    }

    static @Nullable String password() {
        return System.getenv("SOBES_TEST_POSTGRES_PASSWORD");
    }

    /** A database in a new schema of its own; drop it with {@link #drop}. */
    static Database.Postgres freshSchema() {
        String schema = "sobes_t_" + Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36);
        Database.Postgres database = new Database.Postgres(url(), user(), password(), schema);
        try (Connection c = connect(database.url())) {
            c.isValid(5);
        } catch (SQLException e) {
            throw unavailable("The PostgreSQL server at " + database.url() + " (" + URL_VARIABLE
                    + ") cannot be reached, so the PostgreSQL tests did not run: " + e.getMessage());
        }
        return database;
    }

    static Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user());
        String password = password();
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }

    static void drop(Database.Postgres database) throws SQLException {
        try (Connection c = connect(database.url());
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + database.schema() + " CASCADE");
        }
    }

    /** In CI, fails the test; elsewhere, what to throw to skip it with the reason. */
    private static RuntimeException unavailable(String why) {
        if ("true".equals(String.valueOf(System.getenv("CI")).toLowerCase(Locale.ROOT))) {
            fail(why);
        }
        System.err.println("SKIPPED: " + why);
        return new TestAbortedException(why);
    }
}
