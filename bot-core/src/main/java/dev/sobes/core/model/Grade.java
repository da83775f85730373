package dev.sobes.core.model;

import java.util.Locale;
import java.util.Optional;

/** How well a person recalled an answer, in their own judgement; spaced repetition schedules by it. */
public enum Grade {
    AGAIN(1),
    HARD(2),
    GOOD(3),
    EASY(4);

    private final int value;

    Grade(int value) {
        this.value = value;
    }

    /** 1 to 4, as spaced-repetition algorithms number grades. */
    public int value() {
        return value;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Grade> parse(String code) {
        for (Grade grade : values()) {
            if (grade.code().equalsIgnoreCase(code.trim())) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }
}
