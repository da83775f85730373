package dev.sobes.core.chat;

import java.util.Locale;

/** Where a conversation takes place. */
public enum Platform {
    TELEGRAM,
    DISCORD,
    CONSOLE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
