package dev.sobes.storage;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns what the drivers throw into sentences that say what is wrong and what to do. */
final class Failures {
    private Failures() {}

    static StoreSetupException atStartUp(Database database, Throwable failure) {
        return new StoreSetupException(explain(database, failure), failure);
    }

    static String explain(Database database, Throwable failure) {
        if (database instanceof Database.Sqlite sqlite) {
            return explainSqlite(sqlite, failure);
        }
        return explainPostgres((Database.Postgres) database, failure);
    }

    private static String explainSqlite(Database.Sqlite database, Throwable failure) {
        String file = database.file().toString();
        String folder = String.valueOf(database.file().getParent());
        SQLiteException sqlite = find(failure, SQLiteException.class);
        int code = sqlite == null ? -1 : sqlite.getResultCode().code & 0xFF;
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return "The file " + file + " is not a SQLite database. Nothing was changed. Move it away, or choose"
                    + " another file for the database.";
        }
        if (code == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return "The database file " + file + " cannot be created or opened: the folder " + folder
                    + " is missing or not writable. Choose a location Sobes may write to.";
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "The database file " + file + " (or its folder " + folder + ") is read-only, and Sobes needs to"
                    + " write there. Nothing was changed. Make it writable, or choose another location.";
        }
        if (code == SQLiteErrorCode.SQLITE_FULL.code) {
            return "The disk that holds " + file + " is full. Nothing was changed. Free some space, or choose a"
                    + " location on another disk.";
        }
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return "The database file " + file + " is damaged (" + message(failure) + "). Nothing was changed."
                    + " Restore it from a backup, or move it away to start a new one.";
        }
        if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return "The database file " + file + " is locked by another program. Close it, or choose another file.";
        }
        return "The database file " + file + " could not be used: " + message(failure);
    }

    private static String explainPostgres(Database.Postgres database, Throwable failure) {
        String url = database.url();
        PSQLException psql = find(failure, PSQLException.class);
        String state = psql == null ? "" : String.valueOf(psql.getSQLState());
        if (find(failure, ConnectException.class) != null
                || find(failure, UnknownHostException.class) != null
                || state.startsWith("08")) {
            return "Cannot connect to the PostgreSQL server at " + url + " (" + message(failure)
                    + "). Check the URL, and that the server is running and accepts connections.";
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return "The PostgreSQL server at " + url + " refused the user " + database.user() + " (" + message(failure)
                    + "). Check the user name and password.";
        }
        if (state.equals("3D000")) {
            return "The database named in " + url + " does not exist on that server (" + message(failure)
                    + "). Create it (createdb), or fix the URL.";
        }
        if (state.equals("42501")) {
            return "The user " + database.user() + " may not create or change tables in " + database.describe() + " ("
                    + message(failure) + "). Grant it the rights, or use another database or schema.";
        }
        if (state.equals("53100")) {
            return "The PostgreSQL server's disk is full (" + message(failure) + "). Nothing was changed.";
        }
        return "The PostgreSQL database " + database.describe() + " could not be used: " + message(failure);
    }

    /** The innermost message that says something, first line only. */
    static String message(Throwable failure) {
        String found = failure.toString();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank()) {
                found = m;
            }
            if (t instanceof SQLException) {
                break;
            }
        }
        return found.lines().findFirst().orElse(found).strip();
    }

    static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
