package dev.sobes.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Measures key point detection on the labelled evaluation set. The figures are printed to the
 * test's output ({@code target/surefire-reports/*FeedbackEvaluationTest-output.txt}) and recorded
 * in docs/feedback.md.
 */
class FeedbackEvaluationTest {
    static final double FLOOR = 0.85;
    static final EvaluationSet SET = EvaluationSet.load();

    @Test
    void theSetIsLargeEnoughAndCoversBothLanguages() {
        assertThat(SET.items()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(SET.answerCount()).isGreaterThanOrEqualTo(150);
        assertThat(SET.items().stream().flatMap(i -> i.answers().stream()).map(EvaluationSet.Answer::lang))
                .contains("ru", "en", "mixed");
        assertThat(SET.items().stream().flatMap(i -> i.answers().stream()).map(EvaluationSet.Answer::kind))
                .contains("strong", "partial", "wrong", "negated", "off-topic", "typos", "mixed");
    }

    @Test
    void keyPointDetectionReachesPrecisionAndRecallOfAtLeast085() {
        Score score = Score.of(new AnswerFeedback(), SET);
        System.out.println(score.report());
        assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(FLOOR);
        assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(FLOOR);
    }

    @Test
    void theDefaultStemmersScoreBestOfLucenesRussianAndEnglishStemmers() {
        Score chosen = Score.of(new AnswerFeedback(Stemming.DEFAULT), SET);
        for (Stemming.Russian russian : Stemming.Russian.values()) {
            for (Stemming.English english : Stemming.English.values()) {
                Stemming stemming = new Stemming(russian, english);
                Score score = Score.of(new AnswerFeedback(stemming), SET);
                System.out.printf(
                        Locale.ROOT,
                        "%-8s %-7s precision %.4f recall %.4f F1 %.4f%n",
                        russian,
                        english,
                        score.precision(),
                        score.recall(),
                        score.f1());
                assertThat(chosen.f1()).as(stemming.toString()).isGreaterThanOrEqualTo(score.f1());
            }
        }
    }
}
