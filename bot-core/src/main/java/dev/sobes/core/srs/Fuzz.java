package dev.sobes.core.srs;

/**
 * Spreads a day-long interval by a few percent so that cards learnt together come back on
 * different days. The spread grows by 15% of the interval's days between 2.5 and 7, 10% of those
 * between 7 and 20, and 5% of those above 20, plus one day; intervals under 2.5 days are not
 * spread. These are the ranges of Anki and the reference FSRS schedulers.
 */
final class Fuzz {
    private Fuzz() {}

    /** The days a fuzzed interval may take, both ends included. */
    record Range(long min, long max) {}

    static Range range(long interval, long elapsedDays, long maximum) {
        double days = (double) interval;
        double delta = 1
                + 0.15 * Math.max(Math.min(days, 7) - 2.5, 0)
                + 0.10 * Math.max(Math.min(days, 20) - 7, 0)
                + 0.05 * Math.max(days - 20, 0);
        long min = Math.max(2, Math.round(interval - delta));
        long max = Math.min(Math.round(interval + delta), maximum);
        if (interval > elapsedDays) {
            // An interval longer than the gap the card just survived is not fuzzed down to that gap or below.
            min = Math.max(min, elapsedDays + 1);
        }
        return new Range(Math.min(min, max), max);
    }

    /** {@code interval} spread by {@code unit}, a uniform draw from [0, 1). */
    static long apply(long interval, long elapsedDays, long maximum, double unit) {
        if (interval < 2.5) {
            return interval;
        }
        Range range = range(interval, elapsedDays, maximum);
        long days = (long) Math.floor(unit * (range.max() - range.min() + 1) + range.min());
        // A draw just below 1 can round up to the next whole day in floating point.
        return Math.min(days, range.max());
    }
}
