package dev.sobes.core.engine;

import dev.sobes.core.model.Grade;
import java.util.ArrayList;
import java.util.List;

/** Running totals of one practice run, for the summary at its end. */
public record Tally(int answered, int skipped, int coveredPoints, int totalPoints, int exact, List<Integer> grades) {
    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, List.of(0, 0, 0, 0));

    public Tally {
        if (grades.size() != Grade.values().length) {
            throw new IllegalArgumentException("one count per grade expected");
        }
        grades = List.copyOf(grades);
    }

    Tally withAnswer(int covered, int total) {
        return new Tally(answered + 1, skipped, coveredPoints + covered, totalPoints + total, exact, grades);
    }

    Tally withExact() {
        return new Tally(answered, skipped, coveredPoints, totalPoints, exact + 1, grades);
    }

    Tally withSkip() {
        return new Tally(answered, skipped + 1, coveredPoints, totalPoints, exact, grades);
    }

    Tally withGrade(Grade grade) {
        List<Integer> counts = new ArrayList<>(grades);
        counts.set(grade.value() - 1, count(grade) + 1);
        return new Tally(answered, skipped, coveredPoints, totalPoints, exact, counts);
    }

    /** How many answers got this grade. */
    public int count(Grade grade) {
        return grades.get(grade.value() - 1);
    }

    /** Percentage of key points covered over all open answers, or -1 when there were none. */
    public int coveragePercent() {
        return totalPoints == 0 ? -1 : Math.round(100f * coveredPoints / totalPoints);
    }
}
