package dev.sobes.core.engine;

import dev.sobes.core.feedback.Assessment;
import dev.sobes.core.model.Grade;
import java.util.List;
import java.util.Set;

/**
 * What an answer covered. For an open question, one flag per key point; for an output question,
 * a single flag that is true when the output matched.
 *
 * @param notes why the answer earned less than its words might suggest
 */
public record Coverage(List<Boolean> covered, Grade suggested, Set<Assessment.Note> notes) {
    public Coverage {
        covered = List.copyOf(covered);
        notes = Set.copyOf(notes);
    }

    public Coverage(List<Boolean> covered, Grade suggested) {
        this(covered, suggested, Set.of());
    }

    /** The notes as stored in a session, in a fixed order. */
    public List<String> noteCodes() {
        return notes.stream()
                .sorted()
                .map(note -> note.name().toLowerCase(java.util.Locale.ROOT))
                .toList();
    }

    public int coveredCount() {
        return (int) covered.stream().filter(c -> c).count();
    }

    public int total() {
        return covered.size();
    }
}
