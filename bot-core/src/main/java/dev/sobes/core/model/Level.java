package dev.sobes.core.model;

import java.util.Locale;
import java.util.Optional;

/** How senior a question is. */
public enum Level {
    JUNIOR,
    MIDDLE,
    SENIOR;

    /** 0 for junior, 1 for middle, 2 for senior: for measuring how far apart two levels are. */
    public int rank() {
        return switch (this) {
            case JUNIOR -> 0;
            case MIDDLE -> 1;
            case SENIOR -> 2;
        };
    }

    /** The next level up, or this one at the top. */
    public Level harder() {
        return this == JUNIOR ? MIDDLE : SENIOR;
    }

    /** The next level down, or this one at the bottom. */
    public Level easier() {
        return this == SENIOR ? MIDDLE : JUNIOR;
    }

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
