package dev.sobes.core.feedback;

/**
 * Whether words of a text are negated. Kept deliberately simple: a negation reaches at most
 * {@link #REACH} words forward ({@link #NOUN_REACH} for без, without and no, which negate a noun)
 * and never past a clause boundary.
 *
 * <ul>
 *   <li>An odd number of negations shortly before the words negates them; an even number asserts
 *       ("не может не блокировать", "cannot not block").
 *   <li>A Russian negative-concord word (ни, никогда) negates alone, and does not add a second
 *       negation to не ("никогда не блокирует" is one negation).
 *   <li>"не только", "not only", "не просто" negate nothing; не after пока means "until".
 *   <li>"нет" right after the words, or a negated verb of existence ("блокировки не будет",
 *       "blocking does not happen"), negates them.
 * </ul>
 */
final class Negation {
    /** How many words before a term a negation still reaches. */
    static final int REACH = 3;
    /** How far a negation of a noun (без, without, no) reaches, articles aside. */
    static final int NOUN_REACH = 2;

    private Negation() {}

    /** Whether the words {@code [start, end)} of {@code tokens} are negated. */
    static boolean negated(Tokens tokens, int start, int end) {
        int negations = 0;
        int concord = 0;
        int distance = 0;
        for (int j = start - 1; j >= 0 && j >= start - REACH; j--) {
            if (tokens.has(j + 1, Tokens.CLAUSE)) {
                break;
            }
            distance += tokens.has(j, Lexicon.ARTICLE) ? 0 : 1;
            if (tokens.has(j, Lexicon.NOUN_NEGATION) && distance > NOUN_REACH) {
                continue;
            }
            if (tokens.has(j, Lexicon.NEGATION)) {
                if (!exempt(tokens, j) && !afterUntil(tokens, j)) {
                    negations++;
                }
            } else if (tokens.has(j, Lexicon.CONCORD)) {
                concord++;
            }
        }
        if (end < tokens.size && !tokens.has(end, Tokens.CLAUSE)) {
            if (tokens.has(end, Lexicon.ABSENT)) {
                negations++;
            } else {
                for (int k = end; k < Math.min(end + 2, tokens.size - 1); k++) {
                    if (k > end && tokens.has(k, Tokens.CLAUSE)) {
                        break;
                    }
                    if (tokens.has(k, Lexicon.NEGATION)
                            && tokens.has(k + 1, Lexicon.EXISTENCE)
                            && !tokens.has(k + 1, Tokens.CLAUSE)) {
                        negations++;
                        break;
                    }
                }
            }
        }
        return negations % 2 == 1 || (negations == 0 && concord > 0);
    }

    /** A negation followed by "только", "only" and the like negates nothing. */
    static boolean exempt(Tokens tokens, int negation) {
        return negation + 1 < tokens.size && tokens.has(negation + 1, Lexicon.EXEMPT);
    }

    /** "пока ... не" means "until": the не there is not a negation. */
    private static boolean afterUntil(Tokens tokens, int negation) {
        for (int k = negation - 1; k >= 0; k--) {
            if (tokens.has(k, Lexicon.UNTIL)) {
                return true;
            }
            if (tokens.has(k, Tokens.CLAUSE)) {
                return false;
            }
        }
        return false;
    }
}
