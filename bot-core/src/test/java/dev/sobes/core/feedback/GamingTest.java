package dev.sobes.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.model.KeyPoint;
import dev.sobes.core.model.Lang;
import dev.sobes.core.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Answers that try to earn coverage without knowing the answer, on every real question of the
 * evaluation set: pasting the question back, writing about something else, and listing keywords.
 */
class GamingTest {
    static final EvaluationSet SET = EvaluationSet.load();
    final AnswerFeedback feedback = new AnswerFeedback();

    @Test
    void pastingTheQuestionBackCoversNothing() {
        for (EvaluationSet.Item item : SET.items()) {
            Question question = item.question();
            for (Lang lang : Lang.values()) {
                String pasted = question.text().in(lang);
                Assessment assessment = feedback.assess(question, pasted);
                assertThat(assessment.coveredCount())
                        .as(question.id() + " " + lang)
                        .isZero();
                assertThat(feedback.assess(question, pasted + " " + pasted).coveredCount())
                        .as(question.id() + " twice")
                        .isZero();
            }
        }
    }

    @Test
    void pastingTheQuestionWithAFewWordsAddedCoversNothing() {
        for (EvaluationSet.Item item : SET.items()) {
            Question question = item.question();
            assertThat(feedback.assess(question, question.text().ru() + " Хороший вопрос, не знаю.")
                            .coveredCount())
                    .as(question.id())
                    .isZero();
            assertThat(feedback.assess(question, "Well, " + question.text().en() + " I am not sure about this one.")
                            .coveredCount())
                    .as(question.id())
                    .isZero();
        }
    }

    @Test
    void aStrongAnswerToAnotherQuestionNeverEarnsFullCoverage() {
        List<EvaluationSet.Item> items = SET.items();
        for (int i = 0; i < items.size(); i++) {
            EvaluationSet.Item asked = items.get(i);
            EvaluationSet.Item other = items.get((i + items.size() / 2) % items.size());
            for (EvaluationSet.Answer answer : other.answers()) {
                if (!answer.kind().equals("strong")) {
                    continue;
                }
                Assessment assessment = feedback.assess(asked.question(), answer.text());
                assertThat(assessment.coveredCount())
                        .as(asked.question().id() + " answered with "
                                + other.question().id())
                        .isLessThan(asked.question().keyPoints().size() / 2 + 1);
            }
        }
    }

    @Test
    void offTopicTextCoversNothing() {
        String offTopic = "Я люблю готовить: борщ варится два часа, а пельмени лучше лепить всей семьёй. "
                + "On weekends I go hiking in the mountains and read novels about the sea.";
        for (EvaluationSet.Item item : SET.items()) {
            assertThat(feedback.assess(item.question(), offTopic).coveredCount())
                    .as(item.question().id())
                    .isZero();
        }
    }

    @Test
    void everyKeywordOfTheQuestionInAListEarnsAtMostAThirdOfThePoints() {
        for (EvaluationSet.Item item : SET.items()) {
            Question question = item.question();
            int allowed = question.keyPoints().size() / 3;
            List<String> terms = allTerms(question);
            for (String stuffed : List.of(
                    String.join(", ", terms),
                    String.join(" ", terms),
                    terms.stream().map(t -> "- " + t).collect(Collectors.joining("\n")),
                    "Ответ: " + String.join(", ", terms) + ".")) {
                Assessment assessment = feedback.assess(question, stuffed);
                assertThat(assessment.coveredCount())
                        .as(question.id() + ": " + stuffed)
                        .isLessThanOrEqualTo(allowed);
                assertThat(assessment.suggested().value()).isLessThanOrEqualTo(2);
                assertThat(assessment.notes()).contains(Assessment.Note.TERMS_LISTED);
            }
        }
    }

    @Test
    void oneKeywordOfEachPointInAListDoesNotEarnFullCoverage() {
        for (EvaluationSet.Item item : SET.items()) {
            Question question = item.question();
            List<String> firsts = new ArrayList<>();
            for (KeyPoint point : question.keyPoints()) {
                point.terms().forEach(group -> firsts.add(group.get(0)));
            }
            Assessment assessment = feedback.assess(question, String.join(", ", firsts));
            assertThat(assessment.coveredCount())
                    .as(question.id() + ": " + firsts)
                    .isLessThan(question.keyPoints().size());
        }
    }

    @Test
    void aListAppendedToAPartialAnswerAddsAtMostAThird() {
        EvaluationSet.Item item = SET.items().stream()
                .filter(i -> i.question().id().equals("go-channels-buffered-vs-unbuffered"))
                .findFirst()
                .orElseThrow();
        String partial = "With an unbuffered channel the sender waits until someone reads from the channel.";
        assertThat(feedback.assess(item.question(), partial).covered()).containsExactly(true, false, false, false);
        Assessment stuffed =
                feedback.assess(item.question(), partial + "\nbuffered queue FIFO full empty decouple bursts smooth");
        assertThat(stuffed.coveredCount()).isEqualTo(2);
        assertThat(stuffed.notes()).contains(Assessment.Note.TERMS_LISTED);
    }

    @Test
    void restatingPartOfTheQuestionBeforeAnsweringStillCounts() {
        EvaluationSet.Item item = SET.items().stream()
                .filter(i -> i.question().id().equals("go-sync-waitgroup-basics"))
                .findFirst()
                .orElseThrow();
        Assessment assessment = feedback.assess(
                item.question(),
                "Add нужно вызывать до запуска горутины, иначе Wait может увидеть ноль и вернуться раньше времени.");
        assertThat(assessment.covered().get(1)).isTrue();
    }

    private static List<String> allTerms(Question question) {
        List<String> terms = new ArrayList<>();
        for (KeyPoint point : question.keyPoints()) {
            point.terms().forEach(terms::addAll);
        }
        return terms;
    }
}
