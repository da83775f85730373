package dev.sobes.core.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sobes.core.model.Grade;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    static final Instant NOW = Instant.parse("2025-03-03T08:30:00Z");
    static final String QUESTION = "go-goroutines-007";

    private final Scheduler scheduler =
            new Scheduler(SchedulerSettings.defaults().withFuzz(false));

    @Test
    void againOnANewCardRepeatsTheFirstLearningStep() {
        Card card = scheduler.review(Card.fresh(QUESTION, NOW), Grade.AGAIN, NOW, unused());

        assertThat(card.state()).isEqualTo(CardState.LEARNING);
        assertThat(card.step()).isZero();
        assertThat(card.due()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(card.lastReview()).isEqualTo(NOW);
        assertThat(card.reps()).isEqualTo(1);
    }

    @Test
    void hardOnANewCardWaitsBetweenTheFirstTwoSteps() {
        Card card = scheduler.review(Card.fresh(QUESTION, NOW), Grade.HARD, NOW, unused());

        assertThat(card.state()).isEqualTo(CardState.LEARNING);
        assertThat(card.step()).isZero();
        assertThat(card.due()).isEqualTo(NOW.plus(Duration.ofSeconds(330)));
    }

    @Test
    void goodOnANewCardMovesToTheSecondStep() {
        Card card = scheduler.review(Card.fresh(QUESTION, NOW), Grade.GOOD, NOW, unused());

        assertThat(card.state()).isEqualTo(CardState.LEARNING);
        assertThat(card.step()).isEqualTo(1);
        assertThat(card.due()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    }

    @Test
    void easyOnANewCardSkipsTheStepsAndComesBackInDays() {
        Card card = scheduler.review(Card.fresh(QUESTION, NOW), Grade.EASY, NOW, unused());

        assertThat(card.state()).isEqualTo(CardState.REVIEW);
        // S = w3 = 8.2956 days; at retention 0.9 the interval is S rounded.
        assertThat(card.due()).isEqualTo(NOW.plus(Duration.ofDays(8)));
    }

    @Test
    void goodOnTheLastLearningStepGraduatesToDays() {
        Card learning = scheduler.review(Card.fresh(QUESTION, NOW), Grade.GOOD, NOW, unused());
        Instant later = learning.due();

        Card card = scheduler.review(learning, Grade.GOOD, later, unused());

        assertThat(card.state()).isEqualTo(CardState.REVIEW);
        assertThat(card.step()).isZero();
        assertThat(card.due()).isEqualTo(later.plus(Duration.ofDays(2)));
    }

    @Test
    void hardOnALaterLearningStepRepeatsThatStep() {
        Card learning = scheduler.review(Card.fresh(QUESTION, NOW), Grade.GOOD, NOW, unused());
        Instant later = learning.due();

        Card card = scheduler.review(learning, Grade.HARD, later, unused());

        assertThat(card.state()).isEqualTo(CardState.LEARNING);
        assertThat(card.step()).isEqualTo(1);
        assertThat(card.due()).isEqualTo(later.plus(Duration.ofMinutes(10)));
    }

    @Test
    void againOnALaterLearningStepStartsTheStepsOver() {
        Card learning = scheduler.review(Card.fresh(QUESTION, NOW), Grade.GOOD, NOW, unused());
        Instant later = learning.due();

        Card card = scheduler.review(learning, Grade.AGAIN, later, unused());

        assertThat(card.step()).isZero();
        assertThat(card.due()).isEqualTo(later.plus(Duration.ofMinutes(1)));
    }

    @Test
    void forgettingACardInReviewIsALapseThatRelearnsItInTenMinutes() {
        Card review = inReview();
        Instant due = review.due();

        Card lapsed = scheduler.review(review, Grade.AGAIN, due, unused());

        assertThat(lapsed.state()).isEqualTo(CardState.RELEARNING);
        assertThat(lapsed.step()).isZero();
        assertThat(lapsed.lapses()).isEqualTo(1);
        assertThat(lapsed.due()).isEqualTo(due.plus(Duration.ofMinutes(10)));
        assertThat(lapsed.stability()).isLessThan(review.stability());
        assertThat(lapsed.difficulty()).isGreaterThan(review.difficulty());
    }

    @Test
    void relearningEndsWithAShorterIntervalThanBeforeTheLapse() {
        Card review = inReview();
        long before = Duration.between(reviewedAt(review), review.due()).toDays();
        Card lapsed = scheduler.review(review, Grade.AGAIN, review.due(), unused());

        Card relearnt = scheduler.review(lapsed, Grade.GOOD, lapsed.due(), unused());

        assertThat(relearnt.state()).isEqualTo(CardState.REVIEW);
        assertThat(relearnt.lapses()).isEqualTo(1);
        long after = Duration.between(lapsed.due(), relearnt.due()).toDays();
        assertThat(after).isBetween(1L, before - 1);
    }

    @Test
    void hardWhileRelearningWithOneStepWaitsOneAndAHalfSteps() {
        Card lapsed = scheduler.review(inReview(), Grade.AGAIN, inReview().due(), unused());

        Card card = scheduler.review(lapsed, Grade.HARD, lapsed.due(), unused());

        assertThat(card.state()).isEqualTo(CardState.RELEARNING);
        assertThat(card.due()).isEqualTo(lapsed.due().plus(Duration.ofMinutes(15)));
    }

    @Test
    void withoutLearningStepsTheFirstReviewGoesStraightToDays() {
        Scheduler noSteps =
                new Scheduler(SchedulerSettings.defaults().withFuzz(false).withSteps(List.of(), List.of()));

        Card card = noSteps.review(Card.fresh(QUESTION, NOW), Grade.GOOD, NOW, unused());

        assertThat(card.state()).isEqualTo(CardState.REVIEW);
        assertThat(card.due()).isEqualTo(NOW.plus(Duration.ofDays(2)));
    }

    @Test
    void withoutRelearningStepsALapsedCardStaysInReview() {
        Scheduler noRelearning = new Scheduler(SchedulerSettings.defaults()
                .withFuzz(false)
                .withSteps(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of()));
        Card review = inReview();

        Card card = noRelearning.review(review, Grade.AGAIN, review.due(), unused());

        assertThat(card.state()).isEqualTo(CardState.REVIEW);
        assertThat(card.lapses()).isEqualTo(1);
        assertThat(card.due()).isAfterOrEqualTo(review.due().plus(Duration.ofDays(1)));
    }

    @Test
    void aCardOnAStepThatNoLongerExistsGraduatesUnlessForgotten() {
        Card learning = scheduler.review(Card.fresh(QUESTION, NOW), Grade.GOOD, NOW, unused());
        Scheduler oneStep = new Scheduler(SchedulerSettings.defaults()
                .withFuzz(false)
                .withSteps(List.of(Duration.ofMinutes(1)), List.of(Duration.ofMinutes(10))));

        Card hard = oneStep.review(learning, Grade.HARD, learning.due(), unused());
        Card again = oneStep.review(learning, Grade.AGAIN, learning.due(), unused());

        assertThat(hard.state()).isEqualTo(CardState.REVIEW);
        assertThat(again.state()).isEqualTo(CardState.LEARNING);
        assertThat(again.due()).isEqualTo(learning.due().plus(Duration.ofMinutes(1)));
    }

    @Test
    void inReviewABetterGradeNeverComesBackSooner() {
        Scheduler fuzzed = new Scheduler(SchedulerSettings.defaults());
        for (int seed = 0; seed < 200; seed++) {
            Card card = inReview();
            // Early, on time and late reviews.
            for (Instant at : List.of(
                    reviewedAt(card),
                    card.due().minus(Duration.ofDays(5)),
                    card.due(),
                    card.due().plus(Duration.ofDays(40)))) {
                Instant hard = fuzzed.review(card, Grade.HARD, at, new SplittableRandom(seed))
                        .due();
                Instant good = fuzzed.review(card, Grade.GOOD, at, new SplittableRandom(seed))
                        .due();
                Instant easy = fuzzed.review(card, Grade.EASY, at, new SplittableRandom(seed))
                        .due();
                assertThat(hard).as("seed %d at %s", seed, at).isBefore(good);
                assertThat(good).as("seed %d at %s", seed, at).isBefore(easy);
            }
        }
    }

    @Test
    void noIntervalExceedsTheMaximum() {
        Duration maximum = Duration.ofDays(30);
        for (boolean fuzz : List.of(false, true)) {
            Scheduler capped =
                    new Scheduler(SchedulerSettings.defaults().withFuzz(fuzz).withMaximumInterval(maximum));
            RandomGenerator random = new SplittableRandom(7);
            for (Grade grade : List.of(Grade.HARD, Grade.GOOD, Grade.EASY)) {
                Card card = Card.fresh(QUESTION, NOW);
                card = capped.review(card, Grade.EASY, NOW, random);
                for (int i = 0; i < 12; i++) {
                    Instant at = card.due();
                    card = capped.review(card, grade, at, random);
                    assertThat(Duration.between(at, card.due())).isLessThanOrEqualTo(maximum);
                }
                if (!fuzz) {
                    assertThat(Duration.between(reviewedAt(card), card.due())).isEqualTo(maximum);
                }
            }
        }
    }

    @Test
    void recallIsAtTheDesiredRetentionWhenAReviewCardFallsDue() {
        for (double retention : List.of(0.9, 0.8, 0.95)) {
            Scheduler at =
                    new Scheduler(SchedulerSettings.defaults().withFuzz(false).withDesiredRetention(retention));
            Card card = Card.fresh(QUESTION, NOW);
            for (int i = 0; i < 5; i++) {
                card = at.review(card, Grade.GOOD, card.due(), unused());
            }
            assertThat(card.state()).isEqualTo(CardState.REVIEW);

            // Intervals are whole days, so recall at the due date is the target give or take a day's decay.
            assertThat(at.retrievability(card, card.due())).isCloseTo(retention, within(0.003));
            assertThat(at.retrievability(card, card.due().minus(Duration.ofDays(3))))
                    .isGreaterThan(retention);
            assertThat(at.retrievability(card, card.due().plus(Duration.ofDays(3))))
                    .isLessThan(retention);
        }
    }

    @Test
    void recallFallsFromCertaintyRightAfterAReview() {
        Card card = inReview();
        Instant last = reviewedAt(card);

        assertThat(scheduler.retrievability(card, last)).isEqualTo(1.0);
        assertThat(scheduler.retrievability(card, last.plus(Duration.ofHours(12))))
                .isLessThan(1.0)
                .isGreaterThan(scheduler.retrievability(card, last.plus(Duration.ofDays(1))));
        // S is by definition the number of days until recall falls to 90%.
        double stabilityInMillis = card.stability() * Duration.ofDays(1).toMillis();
        assertThat(scheduler.retrievability(card, last.plusMillis((long) stabilityInMillis)))
                .isCloseTo(0.9, within(1e-6));
    }

    @Test
    void aNewCardHasNothingToRecall() {
        assertThat(scheduler.retrievability(Card.fresh(QUESTION, NOW), NOW.plus(Duration.ofDays(3))))
                .isZero();
    }

    @Test
    void aReviewBeforeTheLastOneIsRejected() {
        Card card = inReview();
        Instant before = reviewedAt(card).minusSeconds(1);

        assertThatThrownBy(() -> scheduler.review(card, Grade.GOOD, before, unused()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot come before the card's last review");
    }

    @Test
    void reviewingLeavesTheGivenCardUnchanged() {
        Card card = inReview();
        Card copy = new Card(
                card.questionId(),
                card.state(),
                card.step(),
                card.stability(),
                card.difficulty(),
                card.due(),
                reviewedAt(card),
                card.reps(),
                card.lapses());

        scheduler.review(card, Grade.AGAIN, card.due(), unused());

        assertThat(card).isEqualTo(copy);
    }

    @Test
    void aFreshCardIsNewAndDueAtOnce() {
        Card card = Card.fresh(QUESTION, NOW);

        assertThat(card.state()).isEqualTo(CardState.NEW);
        assertThat(card.due()).isEqualTo(NOW);
        assertThat(card.lastReview()).isNull();
        assertThat(card.reps()).isZero();
        assertThat(card.lapses()).isZero();
    }

    @Test
    void aCardThatWasReviewedNeedsItsLastReviewAndStability() {
        assertThatThrownBy(() -> new Card(QUESTION, CardState.REVIEW, 0, 3.2, 5, NOW, null, 2, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a last review");
        assertThatThrownBy(() -> new Card(" ", CardState.NEW, 0, 0, 0, NOW, null, 0, 0))
                .hasMessageContaining("question id");
        assertThatThrownBy(() -> new Card(QUESTION, CardState.NEW, 0, 0, 0, NOW, null, -1, 0))
                .hasMessageContaining("cannot be negative");
    }

    /** A card graduated with Good, Good and reviewed Good once more: S about 11 days, due in 11. */
    private Card inReview() {
        Card card = scheduler.review(Card.fresh(QUESTION, NOW), Grade.GOOD, NOW, unused());
        card = scheduler.review(card, Grade.GOOD, card.due(), unused());
        return scheduler.review(card, Grade.GOOD, card.due(), unused());
    }

    static Instant reviewedAt(Card card) {
        return Objects.requireNonNull(card.lastReview(), "a reviewed card");
    }

    /** A random source for reviews that must not draw: fuzz is off or the card stays in steps. */
    static RandomGenerator unused() {
        return () -> {
            throw new AssertionError("the scheduler drew a random value where none was expected");
        };
    }
}
