package dev.sobes.core.srs;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the scheduler behaves.
 *
 * @param weights the 21 FSRS-6 model parameters, w0 to w20 (copied in and out)
 * @param desiredRetention the recall probability a card is allowed to fall to before it is due,
 *     strictly between 0 and 1
 * @param learningSteps delays between the first reviews of a new card, before day-long intervals
 * @param relearningSteps delays between reviews after a card is forgotten in review
 * @param maximumInterval the longest interval a card is ever given (at least one day; whole days
 *     count)
 * @param fuzz whether day-long intervals are spread by a few percent so cards learnt together do
 *     not stay together
 */
// The weights stay an array to match how FSRS parameter sets are exchanged; the record copies it
// in its constructor and accessor, and equals/hashCode/toString compare its contents.
@SuppressWarnings("ArrayRecordComponent")
public record SchedulerSettings(
        double[] weights,
        double desiredRetention,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        Duration maximumInterval,
        boolean fuzz) {

    /** The published FSRS-6 default parameters (the same in fsrs-rs, py-fsrs 6.x and ts-fsrs 5.x). */
    static final double[] DEFAULT_WEIGHTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
        1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542
    };

    // The ranges FSRS optimisers keep each parameter in; a set outside them is not an FSRS-6 model.
    private static final double[] LOWER = {
        0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0, 0.1
    };
    private static final double[] UPPER = {
        100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8
    };

    public SchedulerSettings {
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(maximumInterval, "maximumInterval");
        if (weights.length != DEFAULT_WEIGHTS.length) {
            throw new IllegalArgumentException(
                    "FSRS-6 needs " + DEFAULT_WEIGHTS.length + " weights, got " + weights.length);
        }
        weights = weights.clone();
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= LOWER[i] && weights[i] <= UPPER[i])) {
                throw new IllegalArgumentException(
                        "weight w" + i + " = " + weights[i] + " is outside [" + LOWER[i] + ", " + UPPER[i] + "]");
            }
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException(
                    "desired retention must be strictly between 0 and 1, got " + desiredRetention);
        }
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        requirePositive("learning step", learningSteps);
        requirePositive("relearning step", relearningSteps);
        if (maximumInterval.toDays() < 1) {
            throw new IllegalArgumentException("the maximum interval must be at least one day, got " + maximumInterval);
        }
    }

    /**
     * The published FSRS-6 defaults: the default weights, desired retention 0.9, learning steps 1
     * and 10 minutes, one relearning step of 10 minutes, a maximum interval of 36500 days, fuzz on.
     */
    public static SchedulerSettings defaults() {
        return new SchedulerSettings(
                DEFAULT_WEIGHTS,
                0.9,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)),
                Duration.ofDays(36500),
                true);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** These settings with fuzz switched on or off. */
    public SchedulerSettings withFuzz(boolean on) {
        return new SchedulerSettings(weights, desiredRetention, learningSteps, relearningSteps, maximumInterval, on);
    }

    /** These settings with another maximum interval. */
    public SchedulerSettings withMaximumInterval(Duration maximum) {
        return new SchedulerSettings(weights, desiredRetention, learningSteps, relearningSteps, maximum, fuzz);
    }

    /** These settings with other learning and relearning steps. */
    public SchedulerSettings withSteps(List<Duration> learning, List<Duration> relearning) {
        return new SchedulerSettings(weights, desiredRetention, learning, relearning, maximumInterval, fuzz);
    }

    /** These settings with another desired retention. */
    public SchedulerSettings withDesiredRetention(double retention) {
        return new SchedulerSettings(weights, retention, learningSteps, relearningSteps, maximumInterval, fuzz);
    }

    /** The i-th weight, without copying the array. */
    double w(int i) {
        return weights[i];
    }

    long maximumDays() {
        return maximumInterval.toDays();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SchedulerSettings that
                && Arrays.equals(weights, that.weights)
                && Double.compare(desiredRetention, that.desiredRetention) == 0
                && learningSteps.equals(that.learningSteps)
                && relearningSteps.equals(that.relearningSteps)
                && maximumInterval.equals(that.maximumInterval)
                && fuzz == that.fuzz;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                Arrays.hashCode(weights), desiredRetention, learningSteps, relearningSteps, maximumInterval, fuzz);
    }

    @Override
    public String toString() {
        return "SchedulerSettings[weights=" + Arrays.toString(weights) + ", desiredRetention=" + desiredRetention
                + ", learningSteps=" + learningSteps + ", relearningSteps=" + relearningSteps + ", maximumInterval="
                + maximumInterval + ", fuzz=" + fuzz + "]";
    }

    private static void requirePositive(String what, List<Duration> steps) {
        for (Duration step : steps) {
            if (step.isNegative() || step.isZero()) {
                throw new IllegalArgumentException("a " + what + " must be longer than zero, got " + step);
            }
        }
    }
}
