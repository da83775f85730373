package dev.sobes.app;

import org.jspecify.annotations.Nullable;

/** A setting is missing or wrong; the message names it and says how to fix it. */
final class SettingException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SettingException(String message) {
        super(message);
    }

    SettingException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
