package dev.sobes.core.model;

import java.util.Locale;
import java.util.Optional;

/** How senior a question is. */
public enum Level {
    JUNIOR,
    MIDDLE,
    SENIOR;

    /** The lowercase name used in content files, commands and action ids. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Level> parse(String code) {
        for (Level level : values()) {
            if (level.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
