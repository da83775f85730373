package dev.sobes.core.engine;

import dev.sobes.core.feedback.AnswerFeedback;
import dev.sobes.core.feedback.Assessment;
import dev.sobes.core.model.Question;

/**
 * Decides which key points an answer covers and suggests a grade; the matching itself lives in
 * {@link AnswerFeedback}.
 */
public final class AnswerCheck {
    private final AnswerFeedback feedback = new AnswerFeedback();

    public Coverage check(Question question, String answer) {
        Assessment assessment = feedback.assess(question, answer);
        return new Coverage(assessment.covered(), assessment.suggested(), assessment.notes());
    }
}
