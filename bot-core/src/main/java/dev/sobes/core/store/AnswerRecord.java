package dev.sobes.core.store;

import dev.sobes.core.chat.PersonId;
import dev.sobes.core.model.Grade;
import java.time.Instant;
import java.util.List;

/**
 * An answer a person gave: which key points it covered (for an output question, one flag that is
 * true when the output was right) and the grade the engine suggested.
 */
public record AnswerRecord(
        PersonId person, String questionId, Instant at, String text, List<Boolean> covered, Grade suggested) {
    public AnswerRecord {
        covered = List.copyOf(covered);
    }

    public int coveredPoints() {
        return (int) covered.stream().filter(c -> c).count();
    }

    public int totalPoints() {
        return covered.size();
    }
}
