package dev.sobes.core.feedback;

import dev.sobes.core.feedback.QuestionTerms.Alternative;
import dev.sobes.core.feedback.QuestionTerms.Point;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds which key points of a compiled question an answer covers. One instance serves one thread
 * and reuses its arrays from answer to answer.
 *
 * <p>An alternative counts where its words appear in order (articles aside) and the match is
 * neither negated nor part of a stretch copied from the question. The groups of one point must
 * match within {@link #POINT_SPAN} words of each other. Matches inside a bare list of terms earn
 * at most a third of the points, however many terms the list names.
 */
final class Matcher {
    /** How far apart, in words, the groups of one key point may be matched. */
    static final int POINT_SPAN = 25;
    /** Content words copied from the question in one run that never count, however long the answer. */
    static final int LONG_ECHO = 5;
    /** A line of at most this many words between lines of terms does not end a list. */
    static final int SHORT_GAP = 4;
    /** A sentence is a bare list when at least this share of its words are terms... */
    static final double LIST_TERM_SHARE = 0.75;
    /** ...and fewer than this share are function words. */
    static final double LIST_FUNCTION_SHARE = 0.15;

    private final Tokens tokens;
    /** Per word: where its term numbers start in {@link #idList}, and how many it has. */
    private int[] idStart = new int[64];

    private int[] idCount = new int[64];
    /** Term numbers of all words; an entry's index is also its posting number. */
    private int[] idList = new int[64];

    private int[] postingToken = new int[64];
    private int[] postingNext = new int[64];
    private int postings;
    private int[] head = new int[64];
    private int negationHead;
    private boolean[] echo = new boolean[64];
    private boolean[] listed = new boolean[64];
    /** Words inside some alternative's match, whatever the negation or echo around them. */
    private boolean[] inTerm = new boolean[64];

    private int[] positions = new int[64];
    private final int[][] rows = new int[3][32];
    private final StringBuilder literalText = new StringBuilder(256);
    private String literalString = "";
    private int[] literalOffsets = new int[256];

    Matcher(Stemming stemming) {
        this.tokens = new Tokens(stemming);
    }

    /** The tokens this matcher reads with, lent for compiling questions on the same thread. */
    Tokens tokens() {
        return tokens;
    }

    Assessment assess(QuestionTerms terms, String answer) {
        tokens.read(answer);
        int size = tokens.size;
        prepare(size, terms.stems.length);
        assignIds(terms, size);
        boolean echoed = markEcho(terms, size);
        if (terms.hasLiterals) {
            literalText.setLength(0);
            if (literalOffsets.length < answer.length()) {
                literalOffsets = new int[answer.length()];
            }
            QuestionTerms.appendLiteralForm(answer, literalText, literalOffsets);
            literalString = literalText.toString();
        }
        markTermSpans(terms);
        markLists(size);
        List<Point> points = terms.points;
        boolean[] covered = new boolean[points.size()];
        boolean[] coveredInList = new boolean[points.size()];
        for (int p = 0; p < points.size(); p++) {
            int found = find(points.get(p), answer);
            covered[p] = found == PROSE;
            coveredInList[p] = found == LIST;
        }
        int allowance = points.size() / 3;
        boolean capped = false;
        for (int p = 0; p < points.size(); p++) {
            if (coveredInList[p]) {
                if (allowance > 0) {
                    covered[p] = true;
                    allowance--;
                } else {
                    capped = true;
                }
            }
        }
        List<Boolean> result = new ArrayList<>(points.size());
        for (boolean c : covered) {
            result.add(c);
        }
        Set<Assessment.Note> notes = EnumSet.noneOf(Assessment.Note.class);
        if (echoed) {
            notes.add(Assessment.Note.QUESTION_ECHOED);
        }
        if (capped) {
            notes.add(Assessment.Note.TERMS_LISTED);
        }
        return new Assessment(result, Assessment.suggest(result), notes);
    }

    private void prepare(int size, int vocabularySize) {
        if (idStart.length < size) {
            int capacity = Math.max(size, idStart.length * 2);
            idStart = new int[capacity];
            idCount = new int[capacity];
            echo = new boolean[capacity];
            listed = new boolean[capacity];
            inTerm = new boolean[capacity];
        }
        if (head.length < vocabularySize) {
            head = new int[Math.max(vocabularySize, head.length * 2)];
        }
        Arrays.fill(head, 0, vocabularySize, -1);
        Arrays.fill(echo, 0, size, false);
        Arrays.fill(listed, 0, size, false);
        Arrays.fill(inTerm, 0, size, false);
        negationHead = -1;
        postings = 0;
    }

    // Words to term numbers.

    private void assignIds(QuestionTerms terms, int size) {
        for (int t = size - 1; t >= 0; t--) {
            idStart[t] = postings;
            if (tokens.has(t, Lexicon.NEGATION)) {
                negationHead = post(t, QuestionTerms.NEGATION, negationHead);
                idCount[t] = 1;
            } else {
                int exact = exactOrTypo(terms, t);
                if (exact >= 0) {
                    head[exact] = post(t, exact, head[exact]);
                }
                idCount[t] = postings - idStart[t];
                addPrefixMatches(terms, t, exact);
            }
        }
    }

    private int post(int token, int id, int nextPosting) {
        if (postings == idList.length) {
            int capacity = postings * 2;
            idList = Arrays.copyOf(idList, capacity);
            postingToken = Arrays.copyOf(postingToken, capacity);
            postingNext = Arrays.copyOf(postingNext, capacity);
        }
        idList[postings] = id;
        postingToken[postings] = token;
        postingNext[postings] = nextPosting;
        return postings++;
    }

    private boolean hasId(int token, int id) {
        for (int k = idStart[token], end = k + idCount[token]; k < end; k++) {
            if (idList[k] == id) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the cut-short term words ("атомарн", "durab") that the word starts with, allowing the
     * same typos in the prefix as in a whole word of its length.
     */
    private void addPrefixMatches(QuestionTerms terms, int t, int exact) {
        char[] surfaces = tokens.surfaces;
        int from = tokens.surfaceStart[t];
        int length = tokens.surfaceLength[t];
        boolean mayHaveTypos = !tokens.has(t, Lexicon.FUNCTION) && !terms.known.contains(surfaces, from, length);
        for (int p = 0; p < terms.prefixes.length; p++) {
            char[] prefix = terms.prefixes[p];
            int id = terms.prefixIds[p];
            if (id == exact || prefix.length > length || hasId(t, id) || surfaces[from] != prefix[0]) {
                continue;
            }
            boolean starts = true;
            for (int k = 0; k < prefix.length && starts; k++) {
                starts = surfaces[from + k] == prefix[k];
            }
            int allowed = Typos.allowed(prefix.length, prefix.length);
            if (!starts && mayHaveTypos && allowed > 0) {
                ensureRows(prefix.length);
                starts = Typos.within(surfaces, from, prefix.length, prefix, allowed, rows);
            }
            if (starts) {
                head[id] = post(t, id, head[id]);
                idCount[t]++;
            }
        }
    }

    private void ensureRows(int longest) {
        if (rows[0].length <= longest) {
            for (int r = 0; r < 3; r++) {
                rows[r] = new int[longest + 1];
            }
        }
    }

    private int exactOrTypo(QuestionTerms terms, int t) {
        char[] stems = tokens.stems;
        int from = tokens.stemStart[t];
        int length = tokens.stemLength[t];
        Integer exact = terms.vocabulary.get(stems, from, length);
        if (exact != null) {
            return exact;
        }
        int surface = tokens.surfaceLength[t];
        if (surface < Typos.SHORTEST
                || length == 0
                || tokens.has(t, Lexicon.FUNCTION)
                || terms.known.contains(tokens.surfaces, tokens.surfaceStart[t], surface)) {
            return QuestionTerms.NONE;
        }
        ensureRows(terms.longestWord);
        char[] surfaces = tokens.surfaces;
        int surfaceFrom = tokens.surfaceStart[t];
        for (int max = 1; max <= 2; max++) {
            for (int id = 0; id < terms.stems.length; id++) {
                char[] stem = terms.stems[id];
                if (stem.length == 0 || stem[0] != stems[from]) {
                    continue;
                }
                // the budget follows the shorter of the two strings compared: short stems get none
                if (Typos.allowed(length, stem.length) >= max && Typos.within(stems, from, length, stem, max, rows)) {
                    return id;
                }
                for (char[] word : terms.words[id]) {
                    if (Typos.allowed(surface, word.length) >= max
                            && Typos.within(surfaces, surfaceFrom, surface, word, max, rows)) {
                        return id;
                    }
                }
            }
        }
        return QuestionTerms.NONE;
    }

    // Stretches copied from the question, and bare lists of terms.

    /**
     * Marks words copied from the question: runs of content words that the question has in the
     * same order, three at a time. A long run (a pasted sentence) never counts; a short one (an
     * answer restating "Add is called before starting the goroutine" before explaining why) counts
     * unless most of the answer is copied.
     */
    private boolean markEcho(QuestionTerms terms, int size) {
        if (terms.questionTrigrams.length == 0) {
            return false;
        }
        boolean any = false;
        int content = 0;
        int first = -1;
        int second = -1;
        for (int t = 0; t < size; t++) {
            if (tokens.has(t, Lexicon.FUNCTION)) {
                continue;
            }
            content++;
            if (first >= 0 && second >= 0) {
                long gram = QuestionTerms.trigram(tokens.stemHash[first], tokens.stemHash[second], tokens.stemHash[t]);
                if (Arrays.binarySearch(terms.questionTrigrams, gram) >= 0) {
                    Arrays.fill(echo, first, t + 1, true);
                    any = true;
                }
            }
            first = second;
            second = t;
        }
        if (!any) {
            return false;
        }
        int copied = 0;
        for (int t = 0; t < size; t++) {
            copied += echo[t] && !tokens.has(t, Lexicon.FUNCTION) ? 1 : 0;
        }
        if (copied * 2 >= content) {
            return true;
        }
        boolean kept = false;
        int t = 0;
        while (t < size) {
            if (!echo[t]) {
                t++;
                continue;
            }
            int from = t;
            int run = 0;
            while (t < size && echo[t]) {
                run += tokens.has(t, Lexicon.FUNCTION) ? 0 : 1;
                t++;
            }
            if (run < LONG_ECHO) {
                Arrays.fill(echo, from, t, false);
            } else {
                kept = true;
            }
        }
        return kept;
    }

    /**
     * Marks stretches that are bare lists of terms: mostly term words and almost no function
     * words, the shape of keywords typed one after another rather than said. A stretch is a run of
     * consecutive sentences or lines that are each mostly terms, so a bulleted list of single
     * terms counts as one list.
     */
    private void markLists(int size) {
        int from = 0;
        while (from < size) {
            int to = sentenceEnd(from, size);
            if (!mostlyTerms(from, to)) {
                from = to;
                continue;
            }
            while (to < size) {
                int next = sentenceEnd(to, size);
                if (mostlyTerms(to, next)) {
                    to = next;
                } else if (next - to <= SHORT_GAP && next < size && mostlyTerms(next, sentenceEnd(next, size))) {
                    // one short line that reads as words between two lines of terms stays in the list
                    to = sentenceEnd(next, size);
                } else {
                    break;
                }
            }
            if (bareList(from, to)) {
                Arrays.fill(listed, from, to, true);
            }
            from = to;
        }
    }

    private void markTermSpans(QuestionTerms terms) {
        for (Point point : terms.points) {
            for (List<Alternative> group : point.groups()) {
                for (Alternative alternative : group) {
                    String literal = alternative.literal();
                    if (literal != null) {
                        markLiteralSpans(literal);
                        continue;
                    }
                    if (alternative.bareNegation()) {
                        continue;
                    }
                    int[] words = alternative.words();
                    int start = words[0] == QuestionTerms.NEGATION ? negationHead : head[words[0]];
                    for (int k = start; k >= 0; k = postingNext[k]) {
                        int s = postingToken[k];
                        int end = phraseEnd(words, s);
                        if (end > 0) {
                            Arrays.fill(inTerm, s, end, true);
                        }
                    }
                }
            }
        }
    }

    private void markLiteralSpans(String literal) {
        String text = literalString;
        for (int at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
            int start = literalOffsets[at];
            int end = literalOffsets[at + literal.length() - 1] + 1;
            for (int t = 0; t < tokens.size; t++) {
                if (tokens.start[t] < end && tokens.end[t] > start) {
                    inTerm[t] = true;
                }
            }
        }
    }

    private boolean mostlyTerms(int from, int to) {
        int termWords = 0;
        for (int t = from; t < to; t++) {
            termWords += inTerm[t] || partOfTerm(t, to) ? 1 : 0;
        }
        return termWords >= LIST_TERM_SHARE * (to - from);
    }

    /** A negation before a term ("non-blocking", "not a backup") belongs to the term. */
    private boolean partOfTerm(int t, int to) {
        if (!tokens.has(t, Lexicon.NEGATION)) {
            return false;
        }
        int u = t + 1;
        while (u < to && tokens.has(u, Lexicon.ARTICLE)) {
            u++;
        }
        return u < to && inTerm[u];
    }

    private int sentenceEnd(int from, int size) {
        int to = from + 1;
        while (to < size && !tokens.has(to, Tokens.SENTENCE)) {
            to++;
        }
        return to;
    }

    private boolean bareList(int from, int to) {
        int words = to - from;
        int termWords = 0;
        int functionWords = 0;
        for (int t = from; t < to; t++) {
            if (inTerm[t] || partOfTerm(t, to)) {
                termWords++;
            } else if (tokens.has(t, Lexicon.FUNCTION)) {
                functionWords++;
            }
        }
        return termWords >= 2 && termWords >= LIST_TERM_SHARE * words && functionWords < LIST_FUNCTION_SHARE * words;
    }

    // Key points.

    private static final int ABSENT = 0;
    private static final int PROSE = 1;
    private static final int LIST = 2;

    /** Whether the point is covered in prose, only inside a bare list, or not at all. */
    private int find(Point point, String answer) {
        List<List<Alternative>> groups = point.groups();
        int groupCount = groups.size();
        int[] starts = new int[groupCount + 1];
        int used = 0;
        for (int g = 0; g < groupCount; g++) {
            starts[g] = used;
            used = collect(groups.get(g), point.negativeClaim(), answer, used);
            if (used == starts[g]) {
                return ABSENT;
            }
        }
        starts[groupCount] = used;
        if (near(starts, groupCount, true)) {
            return PROSE;
        }
        return near(starts, groupCount, false) ? LIST : ABSENT;
    }

    /**
     * Whether some match of the first group has a match of every other group within the span;
     * with {@code proseOnly}, only matches outside bare lists count.
     */
    private boolean near(int[] starts, int groupCount, boolean proseOnly) {
        for (int i = starts[0]; i < starts[1]; i++) {
            int anchor = positions[i];
            if (proseOnly && anchor < 0) {
                continue;
            }
            int at = decode(anchor);
            boolean all = true;
            for (int g = 1; g < groupCount && all; g++) {
                boolean found = false;
                for (int j = starts[g]; j < starts[g + 1] && !found; j++) {
                    int other = positions[j];
                    found = (!proseOnly || other >= 0) && Math.abs(decode(other) - at) <= POINT_SPAN;
                }
                all = found;
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** Positions are stored as the word index, or as {@code -1 - index} for a match in a list. */
    private static int decode(int position) {
        return position >= 0 ? position : -1 - position;
    }

    private int collect(List<Alternative> group, boolean negativeClaim, String answer, int used) {
        for (Alternative alternative : group) {
            if (alternative.literal() != null) {
                used = collectLiteral(alternative.literal(), answer, used);
            } else if (alternative.bareNegation()) {
                for (int k = negationHead; k >= 0; k = postingNext[k]) {
                    int t = postingToken[k];
                    if (!echo[t] && !Negation.exempt(tokens, t)) {
                        used = store(t, t + 1, used);
                    }
                }
            } else {
                int[] words = alternative.words();
                int first = words[0];
                int start = first == QuestionTerms.NEGATION ? negationHead : head[first];
                for (int k = start; k >= 0; k = postingNext[k]) {
                    int s = postingToken[k];
                    if (alternative.capitals() && !tokens.has(s, Tokens.CAPITALS)) {
                        continue;
                    }
                    int end = phraseEnd(words, s);
                    if (end < 0 || echoed(s, end)) {
                        continue;
                    }
                    if (!negativeClaim && !alternative.negationExpected() && Negation.negated(tokens, s, end)) {
                        continue;
                    }
                    used = store(s, end, used);
                }
            }
        }
        return used;
    }

    private int collectLiteral(String literal, String answer, int used) {
        String text = literalString;
        int from = 0;
        while (true) {
            int at = text.indexOf(literal, from);
            if (at < 0) {
                return used;
            }
            from = at + 1;
            if (Character.isLetterOrDigit(literal.charAt(0))
                    && at > 0
                    && Character.isLetterOrDigit(text.charAt(at - 1))) {
                continue;
            }
            int t = tokenAt(literalOffsets[at], answer.length());
            if (t < 0 || !echoed(t, t + 1)) {
                used = store(Math.max(t, 0), Math.max(t, 0) + 1, used);
            }
        }
    }

    /** The first word that ends after {@code offset}, or -1 when there is none. */
    private int tokenAt(int offset, int length) {
        int low = 0;
        int high = tokens.size - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (tokens.end[mid] > offset) {
                found = mid;
                high = mid - 1;
            } else {
                low = mid + 1;
            }
        }
        return offset <= length ? found : -1;
    }

    private int store(int start, int end, int used) {
        if (positions.length == used) {
            positions = Arrays.copyOf(positions, used * 2);
        }
        boolean inList = false;
        for (int t = start; t < end; t++) {
            inList |= listed[t];
        }
        positions[used] = inList ? -1 - start : start;
        return used + 1;
    }

    /** Where the phrase starting at word {@code start} ends, or -1 when it is not there. */
    private int phraseEnd(int[] words, int start) {
        int t = start;
        for (int k = 0; k < words.length; k++) {
            if (k > 0) {
                while (t < tokens.size && tokens.has(t, Lexicon.ARTICLE)) {
                    t++;
                }
            }
            if (t >= tokens.size || !hasId(t, words[k])) {
                return -1;
            }
            if (k > 0 && tokens.has(t, Tokens.PUNCTUATION)) {
                return -1;
            }
            t++;
        }
        return t;
    }

    private boolean echoed(int start, int end) {
        for (int t = start; t < end; t++) {
            if (echo[t]) {
                return true;
            }
        }
        return false;
    }
}
