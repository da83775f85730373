package dev.sobes.core.srs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.sobes.core.model.Grade;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scheduler against reference values of FSRS-6 computed by an independent implementation.
 *
 * <p>Provenance: ts-fsrs 5.4.2 (npm; {@code FSRSVersion} "v5.4.2 using FSRS-6.0"), run under Node
 * 20 with {@code fsrs({request_retention: 0.9, maximum_interval: 36500, enable_fuzz: false,
 * enable_short_term: true, learning_steps: ['1m', '10m'], relearning_steps: ['10m']})} and its
 * default FSRS-6 weights, from {@code createEmptyCard(2025-01-06T09:00:00Z)}, calling {@code
 * f.next(card, at, grade)} for each row. The sequence shows where each review happened: on the due
 * date unless marked {@code @due+Nd} (N days late) or {@code @+N} (N minutes or days after the
 * previous review). Every review falls at the same UTC time of day as the one before it or within
 * the same day, so ts-fsrs's calendar-day count and this scheduler's 24-hour count agree.
 *
 * <p>Each row: grade, review time, then the card after it: state, step, stability, difficulty, due,
 * reps, lapses. ts-fsrs rounds S and D to 8 decimals at each step, hence the tolerances.
 */
class ReferenceValuesTest {
    private final Scheduler scheduler =
            new Scheduler(SchedulerSettings.defaults().withFuzz(false));

    static Stream<Arguments> sequences() {
        return Stream.of(
                Arguments.of("good every time, each review on its due date", "G G G G G G G G", """
                    G 2025-01-06T09:00:00Z LEARNING 1 2.3065 2.11810397 2025-01-06T09:10:00Z 1 0
                    G 2025-01-06T09:10:00Z REVIEW 0 2.3065 2.11121424 2025-01-08T09:10:00Z 2 0
                    G 2025-01-08T09:10:00Z REVIEW 0 10.97104786 2.1043314 2025-01-19T09:10:00Z 3 0
                    G 2025-01-19T09:10:00Z REVIEW 0 46.31685657 2.09745544 2025-03-06T09:10:00Z 4 0
                    G 2025-03-06T09:10:00Z REVIEW 0 162.99981459 2.09058635 2025-08-16T09:10:00Z 5 0
                    G 2025-08-16T09:10:00Z REVIEW 0 497.87655983 2.08372413 2026-12-27T09:10:00Z 6 0
                    G 2026-12-27T09:10:00Z REVIEW 0 1347.91860929 2.07686878 2030-09-05T09:10:00Z 7 0
                    G 2030-09-05T09:10:00Z REVIEW 0 3298.64562651 2.07002028 2039-09-17T09:10:00Z 8 0
                    """),
                Arguments.of("easy every time", "E E E E E E", """
                    E 2025-01-06T09:00:00Z REVIEW 0 8.2956 1 2025-01-14T09:00:00Z 1 0
                    E 2025-01-14T09:00:00Z REVIEW 0 65.62422648 1 2025-03-21T09:00:00Z 2 0
                    E 2025-03-21T09:00:00Z REVIEW 0 396.77501923 1 2026-04-22T09:00:00Z 3 0
                    E 2026-04-22T09:00:00Z REVIEW 0 1874.91696522 1 2031-06-10T09:00:00Z 4 0
                    E 2031-06-10T09:00:00Z REVIEW 0 7265.43276492 1 2051-05-01T09:00:00Z 5 0
                    E 2051-05-01T09:00:00Z REVIEW 0 23932.92272654 1 2116-11-09T09:00:00Z 6 0
                    """),
                Arguments.of(
                        "forgotten twice while learning, then a lapse in review and relearning",
                        "A A G G G G A G G G",
                        """
                    A 2025-01-06T09:00:00Z LEARNING 0 0.212 6.4133 2025-01-06T09:01:00Z 1 0
                    A 2025-01-06T09:01:00Z LEARNING 0 0.08335672 8.80630447 2025-01-06T09:02:00Z 2 0
                    G 2025-01-06T09:02:00Z LEARNING 1 0.10314065 8.79272653 2025-01-06T09:12:00Z 3 0
                    G 2025-01-06T09:12:00Z REVIEW 0 0.12584424 8.77916217 2025-01-07T09:12:00Z 4 0
                    G 2025-01-07T09:12:00Z REVIEW 0 0.77896147 8.76561138 2025-01-09T09:12:00Z 5 0
                    G 2025-01-09T09:12:00Z REVIEW 0 2.5563368 8.75207414 2025-01-12T09:12:00Z 6 0
                    A 2025-01-12T09:12:00Z RELEARNING 0 0.61768086 9.57504362 2025-01-12T09:22:00Z 7 1
                    G 2025-01-12T09:22:00Z REVIEW 0 0.66991394 9.56069695 2025-01-13T09:22:00Z 8 1
                    G 2025-01-13T09:22:00Z REVIEW 0 1.39939462 9.54636462 2025-01-15T09:22:00Z 9 1
                    G 2025-01-15T09:22:00Z REVIEW 0 2.72268603 9.53204662 2025-01-18T09:22:00Z 10 1
                    """),
                Arguments.of(
                        "hard on the first learning step, then hard, good and easy in review",
                        "H G@+6m G G H G E G",
                        // ts-fsrs rounds step delays to whole minutes and gives 09:06; the Hard delay on the first
                        // step is the mean of the first two steps, 5.5 minutes, as in Anki and py-fsrs.
                        """
                    H 2025-01-06T09:00:00Z LEARNING 0 1.2931 5.11217071 2025-01-06T09:05:30Z 1 0
                    G 2025-01-06T09:06:00Z LEARNING 1 1.33589976 5.10228691 2025-01-06T09:16:00Z 2 0
                    G 2025-01-06T09:16:00Z REVIEW 0 1.37716224 5.09241299 2025-01-07T09:16:00Z 3 0
                    G 2025-01-07T09:16:00Z REVIEW 0 4.65595787 5.08254895 2025-01-12T09:16:00Z 4 0
                    H 2025-01-12T09:16:00Z REVIEW 0 11.92304951 6.72079521 2025-01-24T09:16:00Z 5 0
                    G 2025-01-24T09:16:00Z REVIEW 0 30.19641035 6.70930278 2025-02-23T09:16:00Z 6 0
                    E 2025-02-23T09:16:00Z REVIEW 0 103.95436723 5.59493349 2025-06-07T09:16:00Z 7 0
                    G 2025-06-07T09:16:00Z REVIEW 0 243.6467578 5.58456693 2026-02-06T09:16:00Z 8 0
                    """),
                Arguments.of(
                        "reviews 3, 10 and 30 days late, a lapse, then late again",
                        "G G G@due+3 G@due+10 A@due+30 G G@due+5 E",
                        """
                    G 2025-01-06T09:00:00Z LEARNING 1 2.3065 2.11810397 2025-01-06T09:10:00Z 1 0
                    G 2025-01-06T09:10:00Z REVIEW 0 2.3065 2.11121424 2025-01-08T09:10:00Z 2 0
                    G 2025-01-11T09:10:00Z REVIEW 0 18.18015363 2.1043314 2025-01-29T09:10:00Z 3 0
                    G 2025-02-08T09:10:00Z REVIEW 0 90.21228794 2.09745544 2025-05-09T09:10:00Z 4 0
                    A 2025-06-08T09:10:00Z RELEARNING 0 3.93634423 7.38771571 2025-06-08T09:20:00Z 5 1
                    G 2025-06-08T09:20:00Z REVIEW 0 3.93634423 7.37555636 2025-06-12T09:20:00Z 6 1
                    G 2025-06-17T09:20:00Z REVIEW 0 14.356874 7.36340917 2025-07-01T09:20:00Z 7 1
                    E 2025-07-01T09:20:00Z REVIEW 0 47.5513321 6.46761175 2025-08-18T09:20:00Z 8 1
                    """),
                Arguments.of("a review a day early and another the same day", "G G G@+1d G@+0m H G", """
                    G 2025-01-06T09:00:00Z LEARNING 1 2.3065 2.11810397 2025-01-06T09:10:00Z 1 0
                    G 2025-01-06T09:10:00Z REVIEW 0 2.3065 2.11121424 2025-01-08T09:10:00Z 2 0
                    G 2025-01-07T09:10:00Z REVIEW 0 7.31918604 2.1043314 2025-01-14T09:10:00Z 3 0
                    G 2025-01-07T09:10:00Z REVIEW 0 7.31918604 2.09745544 2025-01-15T09:10:00Z 4 0
                    H 2025-01-15T09:10:00Z REVIEW 0 23.45688135 4.73915103 2025-02-07T09:10:00Z 5 0
                    G 2025-02-07T09:10:00Z REVIEW 0 69.57758355 4.72964025 2025-04-18T09:10:00Z 6 0
                    """),
                Arguments.of("easy, then lapses with hard and again while relearning", "E A H@+15m G G A A G G", """
                    E 2025-01-06T09:00:00Z REVIEW 0 8.2956 1 2025-01-14T09:00:00Z 1 0
                    A 2025-01-14T09:00:00Z RELEARNING 0 1.38863246 7.02698957 2025-01-14T09:10:00Z 2 1
                    H 2025-01-14T09:15:00Z RELEARNING 0 1.38863246 8.01160551 2025-01-14T09:30:00Z 3 1
                    G 2025-01-14T09:30:00Z REVIEW 0 1.42788168 7.99882227 2025-01-15T09:30:00Z 4 1
                    G 2025-01-15T09:30:00Z REVIEW 0 3.09749884 7.98605182 2025-01-18T09:30:00Z 5 1
                    A 2025-01-18T09:30:00Z RELEARNING 0 0.68870521 9.32325729 2025-01-18T09:40:00Z 6 2
                    A 2025-01-18T09:40:00Z RELEARNING 0 0.2505927 9.76278764 2025-01-18T09:50:00Z 7 2
                    G 2025-01-18T09:50:00Z REVIEW 0 0.28840544 9.74825322 2025-01-19T09:50:00Z 8 2
                    G 2025-01-19T09:50:00Z REVIEW 0 0.79816238 9.73373334 2025-01-21T09:50:00Z 9 2
                    """),
                Arguments.of("hard and easy mixed in review", "G G H H E E H G", """
                    G 2025-01-06T09:00:00Z LEARNING 1 2.3065 2.11810397 2025-01-06T09:10:00Z 1 0
                    G 2025-01-06T09:10:00Z REVIEW 0 2.3065 2.11121424 2025-01-08T09:10:00Z 2 0
                    H 2025-01-08T09:10:00Z REVIEW 0 7.51735908 4.74828477 2025-01-16T09:10:00Z 3 0
                    H 2025-01-16T09:10:00Z REVIEW 0 18.88969454 6.49889507 2025-02-04T09:10:00Z 4 0
                    E 2025-02-04T09:10:00Z REVIEW 0 71.69097111 5.31421733 2025-04-17T09:10:00Z 5 0
                    E 2025-04-17T09:10:00Z REVIEW 0 274.17098469 3.73367549 2026-01-16T09:10:00Z 6 0
                    H 2026-01-16T09:10:00Z REVIEW 0 527.4099044 5.82535015 2027-06-27T09:10:00Z 7 0
                    G 2027-06-27T09:10:00Z REVIEW 0 1044.63160795 5.81475317 2030-05-07T09:10:00Z 8 0
                    """),
                Arguments.of("a learning step left for three days", "G G@+3d G G", """
                    G 2025-01-06T09:00:00Z LEARNING 1 2.3065 2.11810397 2025-01-06T09:10:00Z 1 0
                    G 2025-01-09T09:00:00Z REVIEW 0 13.82690327 2.11121424 2025-01-23T09:00:00Z 2 0
                    G 2025-01-23T09:00:00Z REVIEW 0 56.95670978 2.1043314 2025-03-21T09:00:00Z 3 0
                    G 2025-03-21T09:00:00Z REVIEW 0 196.23528243 2.09745544 2025-10-03T09:00:00Z 4 0
                    """));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("sequences")
    void gradeSequencesGiveTheReferenceStabilitiesDifficultiesAndDueDates(
            String description, String sequence, String expected) {
        Card card = Card.fresh("go-channels-001", Instant.parse("2025-01-06T09:00:00Z"));
        SoftAssertions softly = new SoftAssertions();
        for (String line : expected.strip().lines().toList()) {
            String[] f = line.strip().split(" ", -1);
            Instant at = Instant.parse(f[1]);
            card = scheduler.review(card, grade(f[0]), at, new SplittableRandom(0));
            String where = sequence + " at " + at;
            softly.assertThat(card.state()).as(where + " state").isEqualTo(CardState.valueOf(f[2]));
            softly.assertThat(card.step()).as(where + " step").isEqualTo(Integer.parseInt(f[3]));
            softly.assertThat(card.stability())
                    .as(where + " stability")
                    .isCloseTo(Double.parseDouble(f[4]), withinPercentage(1e-4));
            softly.assertThat(card.difficulty())
                    .as(where + " difficulty")
                    .isCloseTo(Double.parseDouble(f[5]), within(1e-6));
            softly.assertThat(card.due()).as(where + " due").isEqualTo(Instant.parse(f[6]));
            softly.assertThat(card.reps()).as(where + " reps").isEqualTo(Integer.parseInt(f[7]));
            softly.assertThat(card.lapses()).as(where + " lapses").isEqualTo(Integer.parseInt(f[8]));
        }
        softly.assertAll();
        assertThat(card.questionId()).isEqualTo("go-channels-001");
    }

    private static Grade grade(String letter) {
        return switch (letter) {
            case "A" -> Grade.AGAIN;
            case "H" -> Grade.HARD;
            case "G" -> Grade.GOOD;
            case "E" -> Grade.EASY;
            default -> throw new IllegalArgumentException("unknown grade " + letter);
        };
    }
}
