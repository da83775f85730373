package dev.sobes.core.engine;

import dev.sobes.core.model.Level;

/**
 * How one question of a mock interview went: key points covered of the total (for an output
 * question, 1 of 1 when the output was right). Skipped and timed-out questions cover nothing.
 */
public record MockAnswer(String questionId, String topicId, Level level, int covered, int total, boolean timedOut) {
    double ratio() {
        return total == 0 ? 0 : (double) covered / total;
    }
}
