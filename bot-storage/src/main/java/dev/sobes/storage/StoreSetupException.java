package dev.sobes.storage;

/**
 * The database could not be opened at start-up. The message names the file or server, what is
 * wrong and what to do; nothing in the database was changed.
 */
public final class StoreSetupException extends Exception {
    private static final long serialVersionUID = 1L;

    StoreSetupException(String message) {
        super(message);
    }

    StoreSetupException(String message, Throwable cause) {
        super(message, cause);
    }
}
