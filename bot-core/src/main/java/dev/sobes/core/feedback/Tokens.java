package dev.sobes.core.feedback;

import java.util.Arrays;

/**
 * The words of one text, normalised and stemmed, with the word classes and boundaries the matcher
 * needs. One instance is reused for text after text by one thread, so reading allocates nothing
 * once its arrays have grown to the longest text seen.
 *
 * <p>Normalising lower-cases, reads ё as е, and within a word written mostly in one script replaces
 * look-alike letters of the other (a Latin {@code c} typed inside a Cyrillic word). Words are runs
 * of letters and digits; an apostrophe between letters stays in the word ("doesn't").
 */
final class Tokens {
    /** A new clause starts at this word: after a comma, a dash, a bracket, or at a conjunction. */
    static final int CLAUSE = 1 << 16;
    /** A new sentence, line, or the part after a colon starts at this word. */
    static final int SENTENCE = 1 << 17;
    /** Punctuation separates this word from the one before: phrases do not run across it. */
    static final int PUNCTUATION = 1 << 20;
    /** The word is written in capitals, as SQL keywords often are ("AND", "IN"). */
    static final int CAPITALS = 1 << 21;
    /** The word is written in Cyrillic letters. */
    static final int CYRILLIC = 1 << 18;
    /** The word is written in Latin letters. */
    static final int LATIN = 1 << 19;

    private static final String LATIN_LOOKALIKES = "abcehkmoptxy";
    private static final String CYRILLIC_LOOKALIKES = "авсенкмортху";

    private final Stemming.Stemmers stemmers;

    int size;
    int[] start = new int[64];
    int[] end = new int[64];
    int[] flags = new int[64];
    int[] surfaceStart = new int[64];
    int[] surfaceLength = new int[64];
    int[] stemStart = new int[64];
    int[] stemLength = new int[64];
    int[] stemHash = new int[64];
    char[] surfaces = new char[512];
    char[] stems = new char[512];
    private char[] word = new char[64];
    private int surfaceUsed;
    private int stemUsed;

    Tokens(Stemming stemming) {
        this.stemmers = stemming.newStemmers();
    }

    /** Reads {@code text}, replacing what was read before. */
    void read(String text) {
        size = 0;
        surfaceUsed = 0;
        stemUsed = 0;
        int boundary = SENTENCE | CLAUSE;
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int from = i;
                i++;
                while (i < length) {
                    char d = text.charAt(i);
                    if (Character.isLetterOrDigit(d)) {
                        i++;
                    } else if (d == '_' && i + 1 < length && Character.isLetterOrDigit(text.charAt(i + 1))) {
                        // identifiers such as synchronous_commit stay one word
                        i++;
                    } else if (isApostrophe(d)
                            && i + 1 < length
                            && Character.isLetter(text.charAt(i + 1))
                            && Character.isLetter(text.charAt(i - 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                add(text, from, i, boundary);
                boundary = 0;
            } else {
                boundary |= boundaryOf(text, i);
                i++;
            }
        }
    }

    String surface(int token) {
        return new String(surfaces, surfaceStart[token], surfaceLength[token]);
    }

    String stem(int token) {
        return new String(stems, stemStart[token], stemLength[token]);
    }

    boolean has(int token, int flag) {
        return (flags[token] & flag) != 0;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    /** The boundary a non-word character makes: sentence ends, line breaks and clause marks. */
    private static int boundaryOf(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '.', '!', '?', '…', ':' -> {
                // A dot inside "sync.Mutex" or "1.22" joins, it does not end a sentence.
                boolean inside = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
                return inside ? 0 : SENTENCE | CLAUSE;
            }
            case ';', '\n', '\r', '•' -> {
                return SENTENCE | CLAUSE;
            }
            case ',', '(', ')', '[', ']', '"', '«', '»', '—', '–', '/' -> {
                return CLAUSE;
            }
            case '-' -> {
                boolean spaced = (i == 0 || Character.isWhitespace(text.charAt(i - 1)))
                        || (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
                return spaced ? CLAUSE : 0;
            }
            default -> {
                return 0;
            }
        }
    }

    private void add(String text, int from, int to, int boundary) {
        int length = to - from;
        if (word.length < length) {
            word = new char[Math.max(length, word.length * 2)];
        }
        int latin = 0;
        int cyrillic = 0;
        boolean capitals = length > 1;
        for (int k = 0; k < length; k++) {
            char original = text.charAt(from + k);
            capitals &= !Character.isLowerCase(original);
            char c = Character.toLowerCase(original);
            if (c == 'ё') {
                c = 'е';
            } else if (c == '’' || c == 'ʼ') {
                c = '\'';
            }
            word[k] = c;
            if (c >= 'a' && c <= 'z') {
                latin++;
            } else if (c >= 'а' && c <= 'я') {
                cyrillic++;
            }
        }
        if (latin > 0 && cyrillic > 0) {
            foldLookalikes(length, latin, cyrillic);
            latin = 0;
            cyrillic = 0;
            for (int k = 0; k < length; k++) {
                char c = word[k];
                latin += c >= 'a' && c <= 'z' ? 1 : 0;
                cyrillic += c >= 'а' && c <= 'я' ? 1 : 0;
            }
        }
        int script = cyrillic > 0 && latin == 0 ? CYRILLIC : latin > 0 && cyrillic == 0 ? LATIN : 0;
        grow();
        int t = size++;
        start[t] = from;
        end[t] = to;
        surfaces = fit(surfaces, surfaceUsed + length);
        System.arraycopy(word, 0, surfaces, surfaceUsed, length);
        surfaceStart[t] = surfaceUsed;
        surfaceLength[t] = length;
        surfaceUsed += length;
        int classes = Lexicon.classify(word, 0, length);
        if ((boundary & CLAUSE) != 0) {
            boundary |= PUNCTUATION;
        }
        if ((classes & Lexicon.CONJUNCTION) != 0) {
            boundary |= CLAUSE;
        }
        flags[t] = classes | boundary | script | (capitals ? CAPITALS : 0);
        int stemmed = length;
        if ((classes & Lexicon.FUNCTION) == 0) {
            if (script == CYRILLIC) {
                stemmed = stemmers.russian(word, length);
            } else if (script == LATIN) {
                stemmed = stemmers.english(word, length);
            }
        }
        stems = fit(stems, stemUsed + stemmed);
        System.arraycopy(word, 0, stems, stemUsed, stemmed);
        stemStart[t] = stemUsed;
        stemLength[t] = stemmed;
        stemUsed += stemmed;
        int hash = 0;
        for (int k = 0; k < stemmed; k++) {
            hash = 31 * hash + word[k];
        }
        stemHash[t] = hash;
    }

    /** Rewrites the letters of the minority script that look like letters of the majority one. */
    private void foldLookalikes(int length, int latin, int cyrillic) {
        String from = cyrillic >= latin ? LATIN_LOOKALIKES : CYRILLIC_LOOKALIKES;
        String to = cyrillic >= latin ? CYRILLIC_LOOKALIKES : LATIN_LOOKALIKES;
        for (int k = 0; k < length; k++) {
            int at = from.indexOf(word[k]);
            if (at >= 0) {
                word[k] = to.charAt(at);
            }
        }
    }

    private void grow() {
        if (size < start.length) {
            return;
        }
        int capacity = start.length * 2;
        start = Arrays.copyOf(start, capacity);
        end = Arrays.copyOf(end, capacity);
        flags = Arrays.copyOf(flags, capacity);
        surfaceStart = Arrays.copyOf(surfaceStart, capacity);
        surfaceLength = Arrays.copyOf(surfaceLength, capacity);
        stemStart = Arrays.copyOf(stemStart, capacity);
        stemLength = Arrays.copyOf(stemLength, capacity);
        stemHash = Arrays.copyOf(stemHash, capacity);
    }

    private static char[] fit(char[] array, int needed) {
        return needed <= array.length ? array : Arrays.copyOf(array, Math.max(needed, array.length * 2));
    }
}
