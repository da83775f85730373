package dev.sobes.core.feedback;

/**
 * How many typing mistakes a word may have and still count: none in short words, one in words of
 * five to eight letters, two in longer ones. Mistakes are counted as Damerau–Levenshtein edits
 * (optimal string alignment): a letter inserted, deleted, replaced, or two neighbours swapped.
 */
final class Typos {
    static final int SHORTEST = 5;
    static final int ONE_EDIT_UP_TO = 8;

    private Typos() {}

    /** The edits allowed between two words of these lengths: judged by the shorter. */
    static int allowed(int length, int otherLength) {
        int shorter = Math.min(length, otherLength);
        if (shorter < SHORTEST) {
            return 0;
        }
        return shorter <= ONE_EDIT_UP_TO ? 1 : 2;
    }

    /**
     * Whether {@code a[aFrom, aFrom + aLength)} and {@code b} are at most {@code max} edits apart.
     * Works in three rows of {@code b.length + 1}, which the caller lends so nothing is allocated.
     */
    static boolean within(char[] a, int aFrom, int aLength, char[] b, int max, int[][] rows) {
        int bLength = b.length;
        if (Math.abs(aLength - bLength) > max) {
            return false;
        }
        int[] previous2 = rows[0];
        int[] previous = rows[1];
        int[] current = rows[2];
        for (int j = 0; j <= bLength; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= aLength; i++) {
            current[0] = i;
            int rowMin = i;
            char ai = a[aFrom + i - 1];
            for (int j = 1; j <= bLength; j++) {
                char bj = b[j - 1];
                int cost = ai == bj ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ai == b[j - 2] && a[aFrom + i - 2] == bj) {
                    value = Math.min(value, previous2[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > max) {
                return false;
            }
            int[] spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }
        return previous[bLength] <= max;
    }
}
