package dev.sobes.core.admin;

import dev.sobes.core.chat.PersonId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A person's flag on a question ("the reference answer is wrong", "a key point is missing"),
 * kept for the administrators.
 *
 * @param questionId the question flagged, or null when the person named none and had none open
 * @param conversationKey where it was sent from
 */
public record QuestionReport(
        Instant at,
        PersonId person,
        String conversationKey,
        @Nullable String questionId,
        String comment) {
    /** The longest comment kept. */
    public static final int MAX_COMMENT = 1000;

    public QuestionReport {
        if (comment.length() > MAX_COMMENT) {
            comment = comment.substring(0, MAX_COMMENT);
        }
    }
}
