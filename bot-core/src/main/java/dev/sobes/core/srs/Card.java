package dev.sobes.core.srs;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A question's spaced-repetition state for one person.
 *
 * @param questionId the question the card schedules
 * @param state where the card is in its life
 * @param step the index of the current learning or relearning step; 0 in {@link CardState#NEW}
 *     and {@link CardState#REVIEW}
 * @param stability days until recall probability falls to 90% (FSRS "S"); 0 while new
 * @param difficulty 1 (easiest) to 10 (hardest) (FSRS "D"); 0 while new
 * @param due when the card should be asked next
 * @param lastReview when it was last reviewed; null while new
 * @param reps how many reviews the card has had
 * @param lapses how many times it was forgotten (graded Again) in review
 */
public record Card(
        String questionId,
        CardState state,
        int step,
        double stability,
        double difficulty,
        Instant due,
        @Nullable Instant lastReview,
        int reps,
        int lapses) {

    public Card {
        Objects.requireNonNull(questionId, "questionId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
        if (questionId.isBlank()) {
            throw new IllegalArgumentException("a card needs a question id");
        }
        if (step < 0 || reps < 0 || lapses < 0) {
            throw new IllegalArgumentException(
                    "step, reps and lapses cannot be negative: " + step + ", " + reps + ", " + lapses);
        }
        if (!(stability >= 0) || !(difficulty >= 0) || Double.isInfinite(stability) || difficulty > 10) {
            throw new IllegalArgumentException(
                    "stability must be finite and not negative, difficulty between 0 and 10: " + stability + ", "
                            + difficulty);
        }
        if (state != CardState.NEW && (lastReview == null || stability == 0)) {
            throw new IllegalArgumentException("a reviewed card needs a last review and a stability: " + state);
        }
    }

    /** A card never reviewed, due at {@code now}. */
    public static Card fresh(String questionId, Instant now) {
        return new Card(questionId, CardState.NEW, 0, 0, 0, now, null, 0, 0);
    }
}
