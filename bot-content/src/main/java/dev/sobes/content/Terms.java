package dev.sobes.content;

import dev.sobes.core.model.Lang;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Picks the terms of a key point from its statement: the most significant words, one to three
 * groups. A word counts more when it is long, when it is a technical term (written in the other
 * script, or with digits or inner punctuation, such as {@code epoll} in Russian text or {@code
 * runtime/pprof}), and when the statement gives a translation for it in parentheses: {@code
 * Планировщик (Scheduler)} gives the group {@code [планировщик, scheduler]}.
 */
final class Terms {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-_./][\\p{L}\\p{N}]+)*");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]*)\\)");
    private static final Pattern WORD_OR_BREAK =
            Pattern.compile("[\\p{L}\\p{N}]+(?:[-_./][\\p{L}\\p{N}]+)*|[,;:.!?—–\"«»]");

    /** Words that say nothing on their own: function words and the filler of notes. */
    private static final Set<String> STOPWORDS = Set.copyOf(Arrays.asList("""
            и в во не что он на я с со как а то все всё она так его но да ты к у же вы за бы по только ее
            её мне было вот от меня еще ещё нет о из ему теперь когда даже ну ли если уже или ни быть был
            него до вас нибудь уж вам ведь там потом себя ничего ей может могут они тут где есть надо ней
            для мы тебя их чем была сам чтоб без чего раз тоже себе под будет ж тогда кто этот того потому
            этого какой какие ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех можно
            при об другой хоть после над больше тот через эти нас про всего них какая много три эту моя
            свою этой перед том такой им более всегда всю между это эта также который которая которое
            которые которых очень менее каждый каждая свой своих своей весь вся является являются
            позволяет позволяют обеспечивает обеспечивают используется используются использует основные
            основных ключевых следующих значительных существенных различных различные например помощью
            зависимости случае работа работы работать нужно нужен нужна также просто именно других другие
            the and for with that this these those are was were been its from which what how why when not
            but then can will would should may must has have had does did into about than there their they
            them also such only more most other some any each all both use used uses using allows via one
            you your our who whom where while
            """.split("\\s+")));

    private Terms() {}

    /** The term groups for {@code statement}; empty when it has no significant word. */
    static List<List<String>> of(String statement, Lang language) {
        List<Candidate> candidates = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        Matcher parens = PARENTHESES.matcher(statement);
        int last = 0;
        while (parens.find()) {
            String before = statement.substring(last, parens.start());
            String inside = parens.group(1).strip();
            List<String> beforeWords = trailingPhrase(before);
            List<String> insideWords = words(inside);
            if (isTranslation(beforeWords, insideWords)) {
                // An acronym's expansion names the acronym alone; a translation, as many words as it has.
                int n = isAcronymOf(beforeWords.get(beforeWords.size() - 1), insideWords)
                        ? 1
                        : Math.min(insideWords.size(), beforeWords.size());
                List<String> phraseWords = beforeWords.subList(beforeWords.size() - n, beforeWords.size());
                String phrase = String.join(" ", phraseWords);
                int at = rest.length() + before.lastIndexOf(phraseWords.get(0));
                rest.append(before, 0, before.lastIndexOf(phraseWords.get(0)));
                candidates.add(new Candidate(phrase, String.join(" ", insideWords), at, language));
            } else {
                rest.append(before);
            }
            rest.append(' ');
            last = parens.end();
        }
        rest.append(statement.substring(last));

        Matcher words = WORD.matcher(rest);
        while (words.find()) {
            String word = words.group();
            if (significant(word)) {
                candidates.add(new Candidate(word, null, words.start(), language));
            }
        }
        List<Candidate> unique = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        candidates.stream()
                .sorted(Comparator.comparingInt(Candidate::position))
                .filter(c -> seen.add(c.term()))
                .forEach(unique::add);
        int n = unique.size();
        int groups = n == 0 ? 0 : n <= 3 ? 1 : n <= 8 ? 2 : 3;
        return unique.stream()
                .sorted(Comparator.comparingInt(Candidate::score).reversed().thenComparingInt(Candidate::position))
                .limit(groups)
                .sorted(Comparator.comparingInt(Candidate::position))
                .map(Candidate::group)
                .toList();
    }

    /** The words at the end of {@code text} since the last punctuation mark or stopword. */
    private static List<String> trailingPhrase(String text) {
        List<String> phrase = new ArrayList<>();
        Matcher m = WORD_OR_BREAK.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (!Character.isLetterOrDigit(token.codePointAt(0)) || !significant(token)) {
                phrase.clear();
            } else {
                phrase.add(token);
            }
        }
        return phrase;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * Whether parentheses after {@code before} give another name for it: a short phrase in the
     * other script ({@code Горутины (goroutines)}), or the words of an acronym ({@code CSP
     * (Communicating Sequential Processes)}). An enumeration with commas is not.
     */
    private static boolean isTranslation(List<String> before, List<String> inside) {
        if (before.isEmpty() || inside.isEmpty() || inside.size() > 4) {
            return false;
        }
        String lastWord = before.get(before.size() - 1);
        boolean otherScript = isCyrillic(lastWord) != isCyrillic(inside.get(0));
        return otherScript || isAcronymOf(lastWord, inside);
    }

    private static boolean isAcronymOf(String word, List<String> words) {
        StringBuilder initials = new StringBuilder();
        words.forEach(w -> initials.appendCodePoint(w.codePointAt(0)));
        return word.length() >= 2
                && word.equals(word.toUpperCase(Locale.ROOT))
                && word.equalsIgnoreCase(initials.toString());
    }

    private static boolean significant(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (STOPWORDS.contains(lower) || lower.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int length = word.codePointCount(0, word.length());
        boolean acronym = length == 2 && word.equals(word.toUpperCase(Locale.ROOT));
        return length >= 3 || acronym;
    }

    static boolean isCyrillic(String text) {
        int cyrillic = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.CYRILLIC) {
                cyrillic++;
            } else if (script == Character.UnicodeScript.LATIN) {
                latin++;
            }
            i += Character.charCount(c);
        }
        return cyrillic > latin;
    }

    /** One possible term: a word, or a phrase with its translation. */
    private record Candidate(String term, String alternative, int position, int score) {
        Candidate(String text, @Nullable String alternative, int position, Lang language) {
            this(
                    text.toLowerCase(Locale.ROOT),
                    alternative == null ? "" : alternative.toLowerCase(Locale.ROOT),
                    position,
                    scoreOf(text, alternative, language));
        }

        private static int scoreOf(String text, @Nullable String alternative, Lang language) {
            int score = text.codePointCount(0, text.length());
            boolean foreign = isCyrillic(text) != (language == Lang.RU);
            boolean technical = text.chars().anyMatch(c -> Character.isDigit(c) || "-_./".indexOf(c) >= 0);
            if (foreign || technical) {
                score += 3;
            }
            if (alternative != null) {
                score += 3;
            }
            return score;
        }

        List<String> group() {
            return alternative.isEmpty() || alternative.equals(term) ? List.of(term) : List.of(term, alternative);
        }
    }
}
