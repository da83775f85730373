package dev.sobes.core.group;

import java.util.List;

/**
 * How one revealed question went for one participant.
 *
 * @param covered one flag per key point (one flag for an output question); all false without an answer
 * @param points what the answer scored: key points covered, or 1 for a right output
 * @param answered false when no answer came before the reveal
 */
public record Played(int round, String questionId, List<Boolean> covered, int points, boolean answered) {
    public Played {
        covered = List.copyOf(covered);
    }
}
