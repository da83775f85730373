package dev.sobes.core.srs;

import dev.sobes.core.model.Grade;

/**
 * The FSRS-6 memory model: how stability (S) and difficulty (D) change with a grade, how recall
 * probability (R) decays with time, and the interval that keeps R at the desired retention.
 * Formula numbers refer to the weights w0..w20.
 */
final class MemoryModel {
    static final double MIN_STABILITY = 0.001;
    static final double MAX_STABILITY = 36500;
    static final double MIN_DIFFICULTY = 1;
    static final double MAX_DIFFICULTY = 10;

    private final SchedulerSettings settings;
    /** The forgetting curve's exponent, -w20. */
    private final double decay;
    /** Chosen so that R(S, S) = 0.9: 0.9^(1/decay) - 1. */
    private final double factor;

    MemoryModel(SchedulerSettings settings) {
        this.settings = settings;
        this.decay = -settings.w(20);
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    /** S and D after a review. */
    record Memory(double stability, double difficulty) {}

    /** Recall probability after {@code days} (may be fractional) since the last review. */
    double retrievability(double days, double stability) {
        return Math.pow(1 + factor * Math.max(0, days) / stability, decay);
    }

    /**
     * The whole number of days after which R falls to the desired retention: at least 1, at most the
     * maximum interval. With retention 0.9 this is S rounded.
     */
    long interval(double stability) {
        double days = stability / factor * (Math.pow(settings.desiredRetention(), 1 / decay) - 1);
        return Math.min(Math.max(1, Math.round(days)), settings.maximumDays());
    }

    /** The first review of a new card: S = w[G-1], D = w4 - e^(w5 (G-1)) + 1. */
    Memory first(Grade grade) {
        return new Memory(clampStability(settings.w(grade.value() - 1)), clampDifficulty(initialDifficulty(grade)));
    }

    /**
     * A later review, {@code elapsedDays} whole days after the previous one. A review on the same
     * day changes S by the short-term formula; otherwise S grows after a recall and shrinks after a
     * lapse, each depending on R at the time of the review.
     */
    Memory next(Memory last, Grade grade, long elapsedDays) {
        double s = last.stability();
        double d = last.difficulty();
        double stability;
        if (elapsedDays == 0) {
            stability = shortTermStability(s, grade);
        } else {
            double r = retrievability((double) elapsedDays, s);
            stability = grade == Grade.AGAIN ? stabilityAfterLapse(d, s, r) : stabilityAfterRecall(d, s, r, grade);
        }
        return new Memory(clampStability(stability), nextDifficulty(d, grade));
    }

    private double initialDifficulty(Grade grade) {
        return settings.w(4) - Math.exp(settings.w(5) * (grade.value() - 1)) + 1;
    }

    /**
     * D moves by -w6 (G - 3), damped linearly as it nears 10, then reverts towards the initial
     * difficulty of an Easy first review by weight w7.
     */
    private double nextDifficulty(double d, Grade grade) {
        double delta = -settings.w(6) * (grade.value() - 3);
        double damped = d + delta * (10 - d) / 9;
        double w7 = settings.w(7);
        return clampDifficulty(w7 * initialDifficulty(Grade.EASY) + (1 - w7) * damped);
    }

    /** S' = S (1 + e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1) hardPenalty easyBonus). */
    private double stabilityAfterRecall(double d, double s, double r, Grade grade) {
        double hardPenalty = grade == Grade.HARD ? settings.w(15) : 1;
        double easyBonus = grade == Grade.EASY ? settings.w(16) : 1;
        return s
                * (1
                        + Math.exp(settings.w(8))
                                * (11 - d)
                                * Math.pow(s, -settings.w(9))
                                * (Math.exp((1 - r) * settings.w(10)) - 1)
                                * hardPenalty
                                * easyBonus);
    }

    /**
     * S' = w11 D^-w12 ((S + 1)^w13 - 1) e^(w14 (1 - R)), but never above S / e^(w17 w18), so a lapse
     * never leaves a card more stable than a same-day Again would.
     */
    private double stabilityAfterLapse(double d, double s, double r) {
        double longTerm = settings.w(11)
                * Math.pow(d, -settings.w(12))
                * (Math.pow(s + 1, settings.w(13)) - 1)
                * Math.exp((1 - r) * settings.w(14));
        double shortTermCeiling = s / Math.exp(settings.w(17) * settings.w(18));
        return Math.min(longTerm, shortTermCeiling);
    }

    /**
     * Same-day review: S' = S e^(w17 (G - 3 + w18)) S^-w19; a passing grade (Hard or better) never
     * lowers S.
     */
    private double shortTermStability(double s, Grade grade) {
        double increase =
                Math.exp(settings.w(17) * (grade.value() - 3 + settings.w(18))) * Math.pow(s, -settings.w(19));
        if (grade != Grade.AGAIN) {
            increase = Math.max(increase, 1);
        }
        return s * increase;
    }

    private static double clampStability(double s) {
        return Math.min(Math.max(s, MIN_STABILITY), MAX_STABILITY);
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }
}
