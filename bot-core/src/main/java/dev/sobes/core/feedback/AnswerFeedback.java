package dev.sobes.core.feedback;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.sobes.core.model.Grade;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionKind;
import java.util.List;
import java.util.Set;

/**
 * Decides which key points of a question an answer covers, offline and deterministically.
 *
 * <p>Answers and key point terms are normalised (case, ё/е, punctuation, look-alike Latin and
 * Cyrillic letters) and stemmed with Lucene's Russian and English stemmers, then matched as whole
 * words and phrases; long words may have a typo or two. A negated statement ("канал не блокирует")
 * does not cover a point that asserts the opposite. Words copied from the question count for
 * nothing, and a bare list of terms earns at most a third of the points. Output questions compare
 * the printed output exactly, ignoring whitespace at the ends of the output and of its lines.
 *
 * <p>Each question's terms are compiled once and cached, keyed by the question object itself, so
 * a reloaded bank compiles afresh and the old entries go with the old questions. Thread-safe.
 */
public final class AnswerFeedback {
    private final ThreadLocal<Matcher> matchers;
    private final Cache<Question, QuestionTerms> compiled;

    public AnswerFeedback() {
        this(Stemming.DEFAULT);
    }

    AnswerFeedback(Stemming stemming) {
        this.matchers = ThreadLocal.withInitial(() -> new Matcher(stemming));
        // Upkeep on the calling thread: the default hands it to the common pool every few reads,
        // and waking a pool thread cost more than the upkeep itself (docs/performance.md).
        this.compiled = Caffeine.newBuilder()
                .weakKeys()
                .maximumSize(10_000)
                .executor(Runnable::run)
                .build();
    }

    public Assessment assess(Question question, String answer) {
        if (question.kind() == QuestionKind.OUTPUT) {
            String expected = question.output();
            boolean same = expected != null && normalizeOutput(expected).equals(normalizeOutput(answer));
            return new Assessment(List.of(same), same ? Grade.GOOD : Grade.AGAIN, Set.of());
        }
        Matcher matcher = matchers.get();
        QuestionTerms terms = compiled.get(question, q -> new QuestionTerms(q, matcher.tokens()));
        return matcher.assess(terms, answer);
    }

    static String normalizeOutput(String text) {
        return text.replace("\r\n", "\n")
                .strip()
                .lines()
                .map(String::strip)
                .reduce((x, y) -> x + "\n" + y)
                .orElse("");
    }
}
