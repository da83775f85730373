package dev.sobes.core.store;

/**
 * A store could not read or write (the database is unreachable, the disk is full). Nothing of the
 * operation that failed was written.
 */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
