package dev.sobes.core.srs;

import static dev.sobes.core.srs.SchedulerTest.NOW;
import static dev.sobes.core.srs.SchedulerTest.QUESTION;
import static dev.sobes.core.srs.SchedulerTest.unused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.model.Grade;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class FuzzTest {
    private static final long MAX = 36500;
    private final Scheduler scheduler = new Scheduler(SchedulerSettings.defaults());

    @Test
    void fuzzRangesAreTheReferenceRanges() {
        // {interval, days since the last review, min, max} from ts-fsrs 5.4.2's
        // get_fuzz_range(interval, elapsed_days, 36500), run under Node 20.
        long[][] reference = {
            {3, 0, 2, 4},
            {4, 0, 3, 5},
            {7, 0, 5, 9},
            {8, 0, 6, 10},
            {10, 0, 8, 12},
            {20, 0, 17, 23},
            {30, 0, 27, 33},
            {100, 0, 93, 107},
            {365, 0, 345, 385},
            {1000, 0, 948, 1052},
            {10, 12, 8, 12},
            {30, 29, 30, 33},
            {35000, 0, 33248, 36500},
            {36500, 0, 34673, 36500}
        };
        for (long[] row : reference) {
            assertThat(Fuzz.range(row[0], row[1], MAX))
                    .as("interval %d after %d days", row[0], row[1])
                    .isEqualTo(new Fuzz.Range(row[2], row[3]));
        }
    }

    @Test
    void aFuzzedIntervalStaysInItsRangeAndReachesBothEnds() {
        for (long interval = 3; interval <= 3000; interval++) {
            Fuzz.Range range = Fuzz.range(interval, 0, MAX);
            assertThat(Fuzz.apply(interval, 0, MAX, 0.0)).isEqualTo(range.min());
            assertThat(Fuzz.apply(interval, 0, MAX, Math.nextDown(1.0))).isEqualTo(range.max());
            for (double unit : List.of(0.1, 0.25, 0.5, 0.75, 0.9)) {
                assertThat(Fuzz.apply(interval, 0, MAX, unit)).isBetween(range.min(), range.max());
            }
            // The spread is a few percent: at most 15% of the interval plus a day.
            assertThat(range.max() - interval).isLessThanOrEqualTo((long) Math.ceil(interval * 0.15) + 1);
        }
    }

    @Test
    void intervalsUnderTwoAndAHalfDaysAreNotFuzzed() {
        assertThat(Fuzz.apply(1, 0, MAX, 0.99)).isEqualTo(1);
        assertThat(Fuzz.apply(2, 0, MAX, 0.99)).isEqualTo(2);
        assertThat(Fuzz.apply(2, 0, MAX, 0.0)).isEqualTo(2);
    }

    @Test
    void easyOnANewCardComesBackSixToTenDaysLaterDependingOnlyOnTheRandomSource() {
        // Unfuzzed, the interval is 8 days; its fuzz range is [6, 10].
        assertThat(dueInDays(unit(0.0))).isEqualTo(6);
        assertThat(dueInDays(unit(0.5))).isEqualTo(8);
        assertThat(dueInDays(unit(Math.nextDown(1.0)))).isEqualTo(10);

        TreeSet<Long> seen = new TreeSet<>();
        for (int seed = 0; seed < 500; seed++) {
            long days = dueInDays(new SplittableRandom(seed));
            assertThat(days).isEqualTo(dueInDays(new SplittableRandom(seed)));
            seen.add(days);
        }
        assertThat(seen).containsExactly(6L, 7L, 8L, 9L, 10L);
    }

    @Test
    void aReviewDrawsOneValueAtMost() {
        Counting random = new Counting(new SplittableRandom(3));
        Card card = Card.fresh(QUESTION, NOW);
        card = scheduler.review(card, Grade.GOOD, NOW, random);
        card = scheduler.review(card, Grade.GOOD, card.due(), random);
        card = scheduler.review(card, Grade.GOOD, card.due(), random);
        card = scheduler.review(card, Grade.HARD, card.due(), random);

        assertThat(card.reps()).isEqualTo(4);
        assertThat(random.draws).isEqualTo(3);
    }

    @Test
    void stepsAreNotFuzzed() {
        Card card = scheduler.review(Card.fresh(QUESTION, NOW), Grade.GOOD, NOW, unused());

        assertThat(card.due()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    }

    private long dueInDays(RandomGenerator random) {
        Card card = scheduler.review(Card.fresh(QUESTION, NOW), Grade.EASY, NOW, random);
        return Duration.between(NOW, card.due()).toDays();
    }

    private static RandomGenerator unit(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new AssertionError("fuzz takes a double");
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    private static final class Counting implements RandomGenerator {
        private final RandomGenerator delegate;
        int draws;

        Counting(RandomGenerator delegate) {
            this.delegate = delegate;
        }

        @Override
        public long nextLong() {
            draws++;
            return delegate.nextLong();
        }

        @Override
        public double nextDouble() {
            draws++;
            return delegate.nextDouble();
        }
    }
}
