package dev.sobes.core.engine;

import dev.sobes.core.model.Grade;
import dev.sobes.core.model.KeyPoint;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Decides which key points an answer covers. Offline and deterministic: the answer and each key
 * point's terms are normalised (case, ё/е, punctuation) and compared word by word, allowing for
 * word endings; an alternative of several words must appear as a phrase. Output questions compare
 * the printed output exactly, ignoring surrounding whitespace.
 */
public final class AnswerCheck {

    public Coverage check(Question question, String answer) {
        if (question.kind() == QuestionKind.OUTPUT) {
            String expected = question.output();
            boolean same = expected != null && normalizeOutput(expected).equals(normalizeOutput(answer));
            return new Coverage(List.of(same), same ? Grade.GOOD : Grade.AGAIN);
        }
        List<String> words = words(answer);
        List<Boolean> covered = new ArrayList<>();
        for (KeyPoint point : question.keyPoints()) {
            covered.add(covers(words, point));
        }
        return new Coverage(covered, suggest(covered));
    }

    static Grade suggest(List<Boolean> covered) {
        long hits = covered.stream().filter(c -> c).count();
        if (hits == 0) {
            return Grade.AGAIN;
        }
        if (hits == covered.size()) {
            return Grade.EASY;
        }
        return hits * 2 < covered.size() ? Grade.HARD : Grade.GOOD;
    }

    private static boolean covers(List<String> words, KeyPoint point) {
        for (List<String> group : point.terms()) {
            boolean any = false;
            for (String alternative : group) {
                if (containsPhrase(words, words(alternative))) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsPhrase(List<String> words, List<String> phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            boolean all = true;
            for (int i = 0; i < phrase.size(); i++) {
                if (!sameWord(words.get(start + i), phrase.get(i))) {
                    all = false;
                    break;
                }
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether two normalised words are forms of one word: equal, or long enough and sharing a
     * prefix that leaves only an ending apart. Short words must match exactly, so "air" never
     * matches "chair" and "map" never matches "maps" of another word.
     */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int min = Math.min(a.length(), b.length());
        if (min < 5) {
            return plural(a, b) || plural(b, a);
        }
        int prefix = 0;
        while (prefix < min && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return prefix >= Math.max(5, min - 4);
    }

    private static boolean plural(String singular, String other) {
        return other.length() == singular.length() + 1 && other.startsWith(singular) && other.endsWith("s");
    }

    /** Lowercase words of letters and digits; ё is read as е. */
    static List<String> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        return Arrays.stream(lower.split("[^\\p{L}\\p{Nd}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
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
