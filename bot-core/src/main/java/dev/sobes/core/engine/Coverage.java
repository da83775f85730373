package dev.sobes.core.engine;

import dev.sobes.core.model.Grade;
import java.util.List;

/**
 * What an answer covered. For an open question, one flag per key point; for an output question,
 * a single flag that is true when the output matched.
 */
public record Coverage(List<Boolean> covered, Grade suggested) {
    public Coverage {
        covered = List.copyOf(covered);
    }

    public int coveredCount() {
        return (int) covered.stream().filter(c -> c).count();
    }

    public int total() {
        return covered.size();
    }
}
