package dev.sobes.core.store;

import dev.sobes.core.chat.PersonId;
import java.time.Instant;
import java.util.List;

/**
 * A finished interview of one member by another, as the interviewer marked it.
 *
 * @param board the group chat or server it took place in, without thread
 * @param interviewId unique within the board; recording one with the same board and id replaces it
 * @param covered for each question, the key points the interviewer ticked (for an output question,
 *     one flag: right)
 */
public record InterviewRecord(
        String board,
        String interviewId,
        PersonId interviewer,
        String interviewerName,
        PersonId candidate,
        String candidateName,
        Instant at,
        List<String> questionIds,
        List<List<Boolean>> covered) {
    public InterviewRecord {
        questionIds = List.copyOf(questionIds);
        covered = covered.stream().map(List::copyOf).toList();
        if (questionIds.size() != covered.size()) {
            throw new IllegalArgumentException("one list of covered points per question expected");
        }
    }

    public int coveredPoints() {
        return (int) covered.stream().flatMap(List::stream).filter(c -> c).count();
    }

    public int totalPoints() {
        return covered.stream().mapToInt(List::size).sum();
    }
}
