package dev.sobes.core.srs;

import dev.sobes.core.model.Grade;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * FSRS-6 spaced repetition: given a card and a grade, when the question comes back.
 *
 * <p>A new card goes through the learning steps (by default 1 and 10 minutes); Good on the last
 * step, or Easy on any, gives it a day-long interval from the memory model. Again in review is a
 * lapse: the card goes through the relearning steps (by default 10 minutes) and then back to
 * day-long intervals. In review, Hard never gets a longer interval than Good, nor Good than Easy.
 *
 * <p>Days are counted as whole 24-hour periods since the last review: a review less than a day
 * after the previous one is a same-day review for the model. Day-long intervals are whole days
 * from the review instant, fuzzed (if the settings say so) by one uniform draw from the random
 * source passed in; nothing here reads a clock or a global random generator.
 */
public final class Scheduler {
    private final SchedulerSettings settings;
    private final MemoryModel model;

    public Scheduler(SchedulerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.model = new MemoryModel(settings);
    }

    public SchedulerSettings settings() {
        return settings;
    }

    /**
     * The card after a review with {@code grade} at {@code now}. Draws at most one value from
     * {@code random}, and only when fuzz is on and the card gets a day-long interval.
     *
     * @throws IllegalArgumentException if {@code now} is before the card's last review
     */
    public Card review(Card card, Grade grade, Instant now, RandomGenerator random) {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(random, "random");
        Instant last = card.lastReview();
        if (last != null && now.isBefore(last)) {
            throw new IllegalArgumentException(
                    "a review at " + now + " cannot come before the card's last review at " + last);
        }
        long elapsedDays = last == null ? 0 : Duration.between(last, now).toDays();
        Fuzzing fuzzing = new Fuzzing(random, elapsedDays);
        if (card.state() == CardState.REVIEW) {
            return reviewed(card, grade, now, elapsedDays, fuzzing);
        }
        MemoryModel.Memory memory =
                card.state() == CardState.NEW ? model.first(grade) : model.next(memoryOf(card), grade, elapsedDays);
        boolean relearning = card.state() == CardState.RELEARNING;
        return stepped(
                card,
                memory,
                grade,
                now,
                relearning ? settings.relearningSteps() : settings.learningSteps(),
                relearning ? CardState.RELEARNING : CardState.LEARNING,
                fuzzing);
    }

    /**
     * The probability that the card's answer is recalled at {@code now}, from the forgetting curve
     * R = (1 + F t / S)^-w20 with t in (fractional) days since the last review; 0 for a new card.
     * For a card in review it is close to the desired retention at its due time.
     */
    public double retrievability(Card card, Instant now) {
        Instant last = card.lastReview();
        if (card.state() == CardState.NEW || last == null) {
            return 0;
        }
        double days = Duration.between(last, now).toMillis()
                / (double) Duration.ofDays(1).toMillis();
        return model.retrievability(days, card.stability());
    }

    /**
     * Replays a stored history (grades with times, oldest first; reordered by time if not) from a
     * fresh card; a pure function, so a replay gives the same card. The review at index {@code i}
     * draws its fuzz from {@link #fuzzRandom(long, String, int) fuzzRandom(seed, questionId, i)}; a
     * live review that passes {@code fuzzRandom(seed, card.questionId(), card.reps())} therefore
     * gets the card its replay will. An empty history gives a new card due at the epoch.
     */
    public Card replay(String questionId, List<Review> history, long seed) {
        List<Review> ordered = new ArrayList<>(history);
        ordered.sort(Comparator.comparing(Review::at));
        Card card = Card.fresh(
                questionId, ordered.isEmpty() ? Instant.EPOCH : ordered.get(0).at());
        for (int i = 0; i < ordered.size(); i++) {
            Review review = ordered.get(i);
            card = review(card, review.grade(), review.at(), fuzzRandom(seed, questionId, i));
        }
        return card;
    }

    /**
     * The random source for the fuzz of one review: a {@link SplittableRandom} seeded with
     * mix(mix(seed XOR fnv1a64(questionId in UTF-8)) + reviewIndex * 0x9E3779B97F4A7C15), where mix
     * is the SplitMix64 finaliser and fnv1a64 the 64-bit FNV-1a hash. The same three values always
     * give the same fuzz, so a review can be recomputed from the stored history alone.
     *
     * @param seed a per-person (or per-deployment) seed kept with the history
     * @param reviewIndex how many reviews the card had before this one ({@link Card#reps()})
     */
    public static RandomGenerator fuzzRandom(long seed, String questionId, int reviewIndex) {
        long h = mix(seed ^ fnv1a64(questionId));
        return new SplittableRandom(mix(h + reviewIndex * 0x9E3779B97F4A7C15L));
    }

    private Card reviewed(Card card, Grade grade, Instant now, long elapsedDays, Fuzzing fuzzing) {
        MemoryModel.Memory last = memoryOf(card);
        int reps = card.reps() + 1;
        if (grade == Grade.AGAIN) {
            MemoryModel.Memory memory = model.next(last, grade, elapsedDays);
            int lapses = card.lapses() + 1;
            if (settings.relearningSteps().isEmpty()) {
                long days = fuzzing.apply(model.interval(memory.stability()));
                return card(card, CardState.REVIEW, 0, memory, now.plus(Duration.ofDays(days)), now, reps, lapses);
            }
            Instant due = now.plus(settings.relearningSteps().get(0));
            return card(card, CardState.RELEARNING, 0, memory, due, now, reps, lapses);
        }
        // Hard, Good and Easy are computed together so that a better grade never comes back sooner.
        MemoryModel.Memory hard = model.next(last, Grade.HARD, elapsedDays);
        MemoryModel.Memory good = model.next(last, Grade.GOOD, elapsedDays);
        MemoryModel.Memory easy = model.next(last, Grade.EASY, elapsedDays);
        long goodDays = fuzzing.apply(model.interval(good.stability()));
        long hardDays = Math.min(fuzzing.apply(model.interval(hard.stability())), goodDays);
        goodDays = Math.max(goodDays, hardDays + 1);
        long easyDays = Math.max(fuzzing.apply(model.interval(easy.stability())), goodDays + 1);
        MemoryModel.Memory memory;
        long days;
        if (grade == Grade.HARD) {
            memory = hard;
            days = hardDays;
        } else if (grade == Grade.GOOD) {
            memory = good;
            days = goodDays;
        } else {
            memory = easy;
            days = easyDays;
        }
        days = Math.min(days, settings.maximumDays());
        return card(card, CardState.REVIEW, 0, memory, now.plus(Duration.ofDays(days)), now, reps, card.lapses());
    }

    /** A review in learning or relearning: move along the steps, or graduate to day-long intervals. */
    private Card stepped(
            Card card,
            MemoryModel.Memory memory,
            Grade grade,
            Instant now,
            List<Duration> steps,
            CardState stepState,
            Fuzzing fuzzing) {
        int reps = card.reps() + 1;
        int step = card.step();
        // A card may sit on a step that no longer exists after the steps were shortened.
        boolean pastLastStep = step >= steps.size();
        boolean graduates = steps.isEmpty()
                || grade == Grade.EASY
                || (grade != Grade.AGAIN && pastLastStep)
                || (grade == Grade.GOOD && step + 1 >= steps.size());
        if (graduates) {
            long days = Math.min(fuzzing.apply(model.interval(memory.stability())), settings.maximumDays());
            return card(card, CardState.REVIEW, 0, memory, now.plus(Duration.ofDays(days)), now, reps, card.lapses());
        }
        int nextStep;
        Duration delay;
        if (grade == Grade.AGAIN) {
            nextStep = 0;
            delay = steps.get(0);
        } else if (grade == Grade.HARD) {
            // Hard repeats the current step; on the first step it waits between the first and the
            // second (or 1.5 times the only one), as Anki does.
            nextStep = step;
            if (step > 0) {
                delay = steps.get(step);
            } else if (steps.size() == 1) {
                delay = steps.get(0).multipliedBy(3).dividedBy(2);
            } else {
                delay = steps.get(0).plus(steps.get(1)).dividedBy(2);
            }
        } else {
            nextStep = step + 1;
            delay = steps.get(nextStep);
        }
        return card(card, stepState, nextStep, memory, now.plus(delay), now, reps, card.lapses());
    }

    private static MemoryModel.Memory memoryOf(Card card) {
        return new MemoryModel.Memory(card.stability(), card.difficulty());
    }

    private static Card card(
            Card card,
            CardState state,
            int step,
            MemoryModel.Memory memory,
            Instant due,
            Instant now,
            int reps,
            int lapses) {
        return new Card(
                card.questionId(), state, step, memory.stability(), memory.difficulty(), due, now, reps, lapses);
    }

    /** Fuzz for one review: one uniform draw, taken on first use and shared by every interval. */
    private final class Fuzzing {
        private final RandomGenerator random;
        private final long elapsedDays;
        private double unit = Double.NaN;

        Fuzzing(RandomGenerator random, long elapsedDays) {
            this.random = random;
            this.elapsedDays = elapsedDays;
        }

        long apply(long interval) {
            if (!settings.fuzz()) {
                return interval;
            }
            if (Double.isNaN(unit)) {
                unit = random.nextDouble();
            }
            return Fuzz.apply(interval, elapsedDays, settings.maximumDays(), unit);
        }
    }

    private static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
