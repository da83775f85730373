package dev.sobes.bench.load;

import dev.sobes.bench.Fixtures;
import dev.sobes.content.ContentLoader;
import dev.sobes.content.LoadResult;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the simulated people write: for the question a card shows, its Russian reference answer in
 * one paragraph, cut to 1,000 characters (for "what does this print" questions, the output), so
 * every answer is scored as a real one would be.
 */
final class Answers {
    private static final int KEY = 48;

    private final Map<String, String> byQuestion = new HashMap<>();
    private final String fallback;
    private int unknown;

    private Answers(Iterable<Question> questions, String fallback) {
        for (Question q : questions) {
            String answer = q.kind() == QuestionKind.OUTPUT && q.output() != null
                    ? q.output()
                    : Fixtures.russianAnswer(q, Fixtures.ANSWER_LENGTH);
            byQuestion.put(key(q.text().en()), answer);
        }
        this.fallback = fallback;
    }

    static Answers load(Path content) throws IOException {
        LoadResult loaded = new ContentLoader().load(content);
        List<Question> all = new ArrayList<>();
        for (Pack pack : loaded.bank().packs()) {
            all.addAll(pack.questions());
        }
        Question any = all.stream()
                .filter(q -> q.kind() == QuestionKind.OPEN)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no open questions in " + content));
        return new Answers(all, Fixtures.russianAnswer(any, Fixtures.ANSWER_LENGTH));
    }

    /** The answer to the question on this card (its visible text). */
    synchronized String forCard(String cardText) {
        for (String line : cardText.lines().toList()) {
            String answer = byQuestion.get(key(line));
            if (answer != null) {
                return answer;
            }
        }
        unknown++;
        return fallback;
    }

    /** Cards whose question was not recognised (answered with a fixed answer instead). */
    synchronized int unknown() {
        return unknown;
    }

    private static String key(String text) {
        String plain =
                text.replace("`", "").replace("*", "").replaceAll("\\s+", " ").strip();
        return plain.substring(0, Math.min(KEY, plain.length())).toLowerCase(Locale.ROOT);
    }
}
