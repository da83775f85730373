package dev.sobes.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.store.InMemoryProgressStore;
import dev.sobes.core.store.InMemorySessionStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReviewAndStatsTest {
    static final Instant START = Instant.parse("2026-11-27T10:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final InMemoryProgressStore progress = new InMemoryProgressStore();
    final Chat chat = new Chat(
            new Engine(
                    Fixtures::goOnly,
                    new InMemorySessionStore(),
                    progress,
                    clock,
                    11,
                    new ActionCodec("review and stats test secret".getBytes(StandardCharsets.UTF_8))),
            "1",
            "en");

    void answerAndGrade(String questionId, String answer, String grade) {
        chat.send("/ask " + questionId);
        chat.send(answer);
        chat.press(grade);
    }

    @Test
    void reviewWithoutAnyCardSaysHowCardsAreMade() {
        chat.send("/review");
        assertThat(chat.text()).startsWith("You have no cards yet");
    }

    @Test
    void gradedQuestionsComeBackWhenDueMostOverdueFirst() {
        answerAndGrade("go-sync-mutex", "normal mode and starvation", "Good");
        answerAndGrade("go-channels-closed-receive", "no idea", "Again");

        chat.send("/review");
        assertThat(chat.text())
                .startsWith("Nothing is due for review. The next card is due in 1 min (2026-11-27 10:01 UTC).");

        clock.advance(Duration.ofMinutes(30));
        chat.send("/review");
        assertThat(chat.text())
                .startsWith("Cards due for review: 2. The most overdue comes first.")
                .contains("Review · Channels · Junior · 2 due")
                .contains("What does a receive from a closed channel return?");
        chat.send("the zero value, ok is false, it does not block");
        assertThat(chat.text()).contains("Key points covered: 3 of 3");
        chat.press("Good");
        chat.press("Next");
        assertThat(chat.text()).contains("Review · Sync · Senior · 1 due").contains("How does sync.Mutex work?");
        chat.send("normal mode, starvation mode and spinning");
        chat.press("Easy");
        chat.press("Next");
        assertThat(chat.text()).startsWith("Review done: 2 answered. The next card is due in ");

        chat.send("/review");
        assertThat(chat.text()).startsWith("Nothing is due for review.");
    }

    @Test
    void statsShowAnswersCoverageStreakMasteryAndWeakestPoints() {
        chat.send("/stats");
        assertThat(chat.text()).isEqualTo("No progress yet. /practice to answer your first question.");

        answerAndGrade("go-channels-unbuffered", "it blocks until a receiver takes it", "Good");
        clock.advance(Duration.ofDays(1));
        answerAndGrade("go-channels-unbuffered", "the sender waits", "Hard");
        answerAndGrade("go-sync-mutex", "normal mode", "Again");

        chat.send("/stats");
        String stats = chat.text();
        assertThat(stats)
                .contains("Your progress")
                .contains("answers: 3 (today: 2)")
                .contains("key points covered on average: 44%")
                .contains("streak: 2 days in a row")
                .contains("cards: 2; due now: 0;")
                .contains("Mastery by topic (chance of recalling now)")
                .contains("Channels: ")
                .contains("Sync: ")
                .contains("Weakest key points")
                .contains("\"It synchronises goroutines\" — missed 2 of 2 /ask go-channels-unbuffered");
        assertThat(chat.lastLabels()).containsExactly("Review", "Menu");
    }
}
