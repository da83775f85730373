package dev.sobes.core.feedback;

import dev.sobes.core.model.KeyPoint;
import dev.sobes.core.model.LocalizedText;
import dev.sobes.core.model.Question;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.jspecify.annotations.Nullable;

/**
 * A question's key points compiled for matching, built once per question: every term word is
 * stemmed and numbered, alternatives become sequences of those numbers, and the question's own
 * wording is kept to recognise an answer that pastes it back.
 */
final class QuestionTerms {
    /** A word that is no term of this question. */
    static final int NONE = -1;
    /** A negation word; in an alternative it must be matched by a negation in the answer. */
    static final int NEGATION = -2;

    /** Characters that make an alternative code to be found literally ("make(", "!=", "%w"). */
    private static final String CODE_MARKS = "()[]{}*&%!=<>~|+^?";
    /** The shortest term word that may be a deliberately cut-short prefix. */
    static final int MIN_PREFIX = 4;

    final CharArrayMap<Integer> vocabulary;
    /** Stems by number. */
    final char[][] stems;
    /** By number: the length of the shortest term word with that stem, which bounds its typos. */
    final int[] shortestWord;
    /** By number: the term words as written, for typos that make a word stem differently. */
    final char[][][] words;
    /** Every word of the question, its answer and key points, as written: never read as typos. */
    final CharArraySet known;
    /**
     * Term words that may be cut short on purpose ("атомарн", "durab"): words that occur nowhere
     * in the question's own texts. An answer word that starts with one matches it.
     */
    final char[][] prefixes;
    /** By index into {@link #prefixes}: the stem number the prefix stands for. */
    final int[] prefixIds;

    final List<Point> points;
    /** Hashes of three consecutive content words of the question, sorted. */
    final long[] questionTrigrams;

    final boolean hasLiterals;
    /** The longest term word, written or stemmed. */
    final int longestWord;

    /**
     * One alternative of a term group: a sequence of stem numbers (or {@link #NEGATION}), or, for
     * code, a literal in the form {@link #literalForm} gives.
     */
    static final class Alternative {
        private final int[] words;
        private final @Nullable String literal;
        private final boolean negationExpected;
        private final boolean capitals;

        Alternative(int[] words, @Nullable String literal) {
            this(words, literal, false, false);
        }

        private Alternative(int[] words, @Nullable String literal, boolean negationExpected, boolean capitals) {
            this.words = words;
            this.literal = literal;
            this.negationExpected = negationExpected;
            this.capitals = capitals;
        }

        /**
         * Whether only a word written in capitals matches: a one-word alternative that is a
         * common word written as a keyword ("AND", "IN", "FROM") must look like one in the answer.
         */
        boolean capitals() {
            return capitals;
        }

        /**
         * Whether the key point's own statement negates a word of this alternative ("so that
         * nobody relies on the order"): then a negation before it in an answer is the claim.
         */
        boolean negationExpected() {
            return negationExpected;
        }

        private boolean mentions(Set<Integer> stems) {
            for (int word : words) {
                if (stems.contains(word)) {
                    return true;
                }
            }
            return false;
        }

        /** The stem numbers, shared and not to be changed. */
        int[] words() {
            return words;
        }

        @Nullable
        String literal() {
            return literal;
        }

        boolean negates() {
            for (int word : words) {
                if (word == NEGATION) {
                    return true;
                }
            }
            return false;
        }

        boolean bareNegation() {
            return literal == null && words.length == 1 && words[0] == NEGATION;
        }
    }

    /**
     * A key point: it is covered when every group has an alternative in the answer. A point with a
     * group of bare negations ("not", "нельзя") is a negative claim in two parts, so a negation
     * near its other terms is the claim itself and does not void them.
     */
    record Point(List<List<Alternative>> groups, boolean negativeClaim) {}

    QuestionTerms(Question question, Tokens tokens) {
        CharArrayMap<Integer> vocabulary = new CharArrayMap<>(64, false);
        List<char[]> stems = new ArrayList<>();
        List<Integer> shortest = new ArrayList<>();
        List<List<char[]>> written = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        boolean literals = false;
        for (KeyPoint keyPoint : question.keyPoints()) {
            List<List<Alternative>> groups = new ArrayList<>();
            boolean negativeClaim = false;
            for (List<String> group : keyPoint.terms()) {
                List<Alternative> alternatives = new ArrayList<>();
                for (String text : group) {
                    if (isCode(text)) {
                        String literal = literalForm(text);
                        if (!literal.isBlank()) {
                            alternatives.add(new Alternative(new int[0], literal));
                            literals = true;
                        }
                        continue;
                    }
                    tokens.read(text);
                    int[] words = words(tokens, vocabulary, stems, shortest, written);
                    if (words.length == 0) {
                        continue;
                    }
                    boolean keyword = words.length == 1
                            && tokens.size == 1
                            && tokens.has(0, Lexicon.FUNCTION)
                            && tokens.has(0, Tokens.CAPITALS);
                    Alternative alternative = new Alternative(words, null, false, keyword);
                    alternatives.add(alternative);
                    negativeClaim |= alternative.bareNegation();
                    String fused = fusedNegation(tokens);
                    if (fused != null) {
                        tokens.read(fused);
                        alternatives.add(new Alternative(words(tokens, vocabulary, stems, shortest, written), null));
                    }
                }
                groups.add(List.copyOf(alternatives));
            }
            Set<Integer> negated = negatedInStatement(keyPoint.statement(), tokens, vocabulary);
            List<List<Alternative>> expecting =
                    groups.stream().map(g -> expectingNegation(g, negated)).toList();
            points.add(new Point(expecting, negativeClaim));
        }
        this.vocabulary = CharArrayMap.unmodifiableMap(vocabulary);
        this.stems = stems.toArray(new char[0][]);
        this.shortestWord = shortest.stream().mapToInt(Integer::intValue).toArray();
        this.words = written.stream().map(w -> w.toArray(new char[0][])).toArray(char[][][]::new);
        this.points = List.copyOf(points);
        this.hasLiterals = literals;
        this.longestWord = written.stream()
                .flatMap(List::stream)
                .mapToInt(w -> w.length)
                .max()
                .orElse(0);
        CharArraySet surfaces = knownWords(question, tokens);
        this.known = surfaces;
        List<char[]> prefixes = new ArrayList<>();
        List<Integer> prefixIds = new ArrayList<>();
        for (String word : termWords(question, tokens)) {
            Integer id = vocabulary.get(stemOf(word, tokens));
            if (id != null && word.length() >= MIN_PREFIX && !surfaces.contains(word)) {
                prefixes.add(word.toCharArray());
                prefixIds.add(id);
            }
        }
        this.prefixes = prefixes.toArray(new char[0][]);
        this.prefixIds = prefixIds.stream().mapToInt(Integer::intValue).toArray();
        this.questionTrigrams = trigrams(question.text(), tokens);
    }

    /**
     * A group whose words the statement negates ("without a full scan") expects the negation:
     * its alternatives are synonyms, so all of them do.
     */
    private static List<Alternative> expectingNegation(List<Alternative> group, Set<Integer> negated) {
        if (group.stream().noneMatch(a -> a.literal() == null && !a.negates() && a.mentions(negated))) {
            return group;
        }
        return group.stream()
                .map(a -> a.literal() != null || a.negates() ? a : new Alternative(a.words(), null, true, a.capitals()))
                .toList();
    }

    /** The term stems that the statement itself negates, in either language. */
    private static Set<Integer> negatedInStatement(
            LocalizedText statement, Tokens tokens, CharArrayMap<Integer> vocabulary) {
        Set<Integer> negated = new HashSet<>();
        for (String text : List.of(statement.ru(), statement.en())) {
            tokens.read(text);
            for (int t = 0; t < tokens.size; t++) {
                Integer id = vocabulary.get(tokens.stems, tokens.stemStart[t], tokens.stemLength[t]);
                if (id != null && !tokens.has(t, Lexicon.NEGATION) && Negation.negated(tokens, t, t + 1)) {
                    negated.add(id);
                }
            }
        }
        return negated;
    }

    private static boolean isCode(String alternative) {
        for (int i = 0; i < alternative.length(); i++) {
            if (CODE_MARKS.indexOf(alternative.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text as code is compared: lower case, ё as е, no spaces next to symbols, other runs of
     * spaces as one space.
     */
    static String literalForm(String text) {
        StringBuilder out = new StringBuilder(text.length());
        appendLiteralForm(text, out, null);
        return out.toString();
    }

    /**
     * Appends the literal form of {@code text} to {@code out}; when {@code offsets} is given, it
     * receives for every appended character its index in {@code text}.
     */
    static int appendLiteralForm(String text, StringBuilder out, int @Nullable [] offsets) {
        boolean pendingSpace = false;
        int written = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            c = Character.toLowerCase(c);
            if (c == 'ё') {
                c = 'е';
            }
            if (pendingSpace) {
                char last = out.charAt(out.length() - 1);
                if (Character.isLetterOrDigit(last) && Character.isLetterOrDigit(c)) {
                    if (offsets != null) {
                        offsets[written] = i;
                    }
                    out.append(' ');
                    written++;
                }
                pendingSpace = false;
            }
            if (offsets != null) {
                offsets[written] = i;
            }
            out.append(c);
            written++;
        }
        return written;
    }

    /** The numbers of an alternative's words: articles dropped, negations as {@link #NEGATION}. */
    private static int[] words(
            Tokens tokens,
            CharArrayMap<Integer> vocabulary,
            List<char[]> stems,
            List<Integer> shortest,
            List<List<char[]>> written) {
        int[] words = new int[tokens.size];
        int count = 0;
        for (int t = 0; t < tokens.size; t++) {
            if (tokens.has(t, Lexicon.ARTICLE)) {
                continue;
            }
            if (tokens.has(t, Lexicon.NEGATION)) {
                words[count++] = NEGATION;
                continue;
            }
            char[] stem =
                    Arrays.copyOfRange(tokens.stems, tokens.stemStart[t], tokens.stemStart[t] + tokens.stemLength[t]);
            Integer id = vocabulary.get(stem);
            char[] surface = tokens.surface(t).toCharArray();
            if (id == null) {
                id = stems.size();
                vocabulary.put(stem, id);
                stems.add(stem);
                shortest.add(surface.length);
                written.add(new ArrayList<>(List.of(surface)));
            } else {
                shortest.set(id, Math.min(shortest.get(id), surface.length));
                if (written.get(id).stream().noneMatch(w -> Arrays.equals(w, surface))) {
                    written.get(id).add(surface);
                }
            }
            words[count++] = id;
        }
        return Arrays.copyOf(words, count);
    }

    /**
     * "не безопасна" is also written "небезопасна": for an alternative of "не" and one Russian
     * word, the fused spelling.
     */
    private static @Nullable String fusedNegation(Tokens tokens) {
        if (tokens.size == 2
                && tokens.surface(0).equals("не")
                && tokens.has(1, Tokens.CYRILLIC)
                && !tokens.has(1, Lexicon.FUNCTION)) {
            return "не" + tokens.surface(1);
        }
        return null;
    }

    /** The normalised words of every term alternative, except negations and function words. */
    private static List<String> termWords(Question question, Tokens tokens) {
        List<String> words = new ArrayList<>();
        for (KeyPoint point : question.keyPoints()) {
            for (List<String> group : point.terms()) {
                for (String alternative : group) {
                    if (isCode(alternative)) {
                        continue;
                    }
                    tokens.read(alternative);
                    for (int t = 0; t < tokens.size; t++) {
                        if (!tokens.has(t, Lexicon.FUNCTION) && !words.contains(tokens.surface(t))) {
                            words.add(tokens.surface(t));
                        }
                    }
                }
            }
        }
        return words;
    }

    private static String stemOf(String word, Tokens tokens) {
        tokens.read(word);
        return tokens.size == 1 ? tokens.stem(0) : word;
    }

    private static CharArraySet knownWords(Question question, Tokens tokens) {
        CharArraySet known = new CharArraySet(256, false);
        List<LocalizedText> texts = new ArrayList<>();
        texts.add(question.text());
        texts.add(question.answer());
        question.keyPoints().forEach(p -> texts.add(p.statement()));
        for (LocalizedText text : texts) {
            for (String part : List.of(text.ru(), text.en())) {
                tokens.read(part);
                for (int t = 0; t < tokens.size; t++) {
                    if (!tokens.has(t, Lexicon.FUNCTION)) {
                        known.add(tokens.surface(t));
                    }
                }
            }
        }
        return CharArraySet.unmodifiableSet(known);
    }

    private static long[] trigrams(LocalizedText question, Tokens tokens) {
        List<Long> grams = new ArrayList<>();
        for (String text : List.of(question.ru(), question.en())) {
            tokens.read(text.toLowerCase(Locale.ROOT));
            int[] content = new int[tokens.size];
            int count = 0;
            for (int t = 0; t < tokens.size; t++) {
                if (!tokens.has(t, Lexicon.FUNCTION)) {
                    content[count++] = tokens.stemHash[t];
                }
            }
            for (int i = 0; i + 2 < count; i++) {
                grams.add(trigram(content[i], content[i + 1], content[i + 2]));
            }
        }
        return grams.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    }

    static long trigram(int first, int second, int third) {
        long hash = first;
        hash = hash * 1_000_003L + second;
        hash = hash * 1_000_003L + third;
        return hash;
    }
}
