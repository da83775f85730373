package dev.sobes.telegram;

/** The bot could not start: the message says why and what to check. It never contains the token. */
public final class TelegramStartException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TelegramStartException(String message) {
        super(message);
    }
}
