package dev.sobes.core.feedback;

import dev.sobes.core.model.Grade;
import java.util.List;
import java.util.Set;

/**
 * What an answer covered: one flag per key point (for an output question, a single flag that is
 * true when the output matched), the grade that suggests, and notes on what limited the coverage.
 */
public record Assessment(List<Boolean> covered, Grade suggested, Set<Note> notes) {
    /** Why an answer earned less than its words might suggest. */
    public enum Note {
        /** Part of the answer repeats the question; that part counts for nothing. */
        QUESTION_ECHOED,
        /** The answer lists bare terms; a list earns at most a third of the key points. */
        TERMS_LISTED
    }

    public Assessment {
        covered = List.copyOf(covered);
        notes = Set.copyOf(notes);
    }

    public int coveredCount() {
        return (int) covered.stream().filter(c -> c).count();
    }

    /**
     * The grade coverage suggests: nothing covered is Again, less than half Hard, at least half
     * Good, everything Easy.
     */
    public static Grade suggest(List<Boolean> covered) {
        long hits = covered.stream().filter(c -> c).count();
        if (hits == 0) {
            return Grade.AGAIN;
        }
        if (hits == covered.size()) {
            return Grade.EASY;
        }
        return hits * 2 < covered.size() ? Grade.HARD : Grade.GOOD;
    }
}
