package dev.sobes.core.store;

import dev.sobes.core.chat.PersonId;
import java.time.Instant;
import java.util.List;

/**
 * A finished group interview: who played, the points each scored, and every answer's coverage.
 * Leaderboards add up the points of the games of one board; reports read one game.
 *
 * @param board the leaderboard the game counts for: its group chat or server, without thread
 * @param gameId unique within the board; recording a game with the same board and id replaces it
 * @param conversationKey where the game was played
 * @param startedAt when the lobby opened
 * @param finishedAt when the game ended; leaderboard periods are measured by it
 * @param packId the pack the questions came from
 * @param questionIds the questions asked and revealed, in order
 * @param players every participant, best first
 */
public record GameRecord(
        String board,
        String gameId,
        String conversationKey,
        Instant startedAt,
        Instant finishedAt,
        String packId,
        List<String> questionIds,
        List<PlayerResult> players) {
    public GameRecord {
        questionIds = List.copyOf(questionIds);
        players = List.copyOf(players);
    }

    /**
     * One participant's result.
     *
     * @param rank 1 for the best; equal points are ranked by the time taken to answer
     * @param points key points covered over all questions (an output question scores 1 when right)
     * @param answers one per question the participant was in the game for
     */
    public record PlayerResult(PersonId person, String name, int rank, int points, List<AnswerResult> answers) {
        public PlayerResult {
            answers = List.copyOf(answers);
        }
    }

    /**
     * How one question went for one participant.
     *
     * @param covered one flag per key point (one flag, right or wrong, for an output question); all
     *     false when there was no answer
     * @param answered false when the time ran out or the question was revealed before an answer
     */
    public record AnswerResult(String questionId, List<Boolean> covered, int points, boolean answered) {
        public AnswerResult {
            covered = List.copyOf(covered);
        }
    }
}
