package dev.sobes.telegram;

import org.jspecify.annotations.Nullable;

/** Keeps the bot's token out of anything logged or shown: whoever holds the token controls the bot. */
final class Redactor {
    private final String token;

    Redactor(String token) {
        this.token = token;
    }

    String redact(@Nullable String text) {
        if (text == null) {
            return "";
        }
        return token.isEmpty() ? text : text.replace(token, "<token>");
    }

    /** A one-line account of a failure and its causes, without stack traces and without the token. */
    String describe(Throwable failure) {
        StringBuilder out = new StringBuilder();
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 4; depth++, t = t.getCause()) {
            if (depth > 0) {
                out.append(" <- ");
            }
            out.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                out.append(": ").append(redact(t.getMessage()));
            }
        }
        return out.toString();
    }
}
