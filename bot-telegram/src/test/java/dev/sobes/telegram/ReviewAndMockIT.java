package dev.sobes.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Tick;
import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.store.InMemoryStore;
import dev.sobes.testkit.ManualClock;
import dev.sobes.testkit.telegram.ChatView;
import dev.sobes.testkit.telegram.FakeUser;
import dev.sobes.testkit.telegram.SentMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Review of due cards and the mock interview in a private chat, through TelegramBots, with a
 * clock the test moves; the timed question's tick is delivered the way the launcher does it.
 */
class ReviewAndMockIT {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final InMemoryStore store = new InMemoryStore();
    private final Engine engine = new Engine(
            BotUnderTest::bank,
            store,
            clock,
            42,
            new ActionCodec("a secret for the telegram tests".getBytes(StandardCharsets.UTF_8)));
    private final BotUnderTest sobes =
            BotUnderTest.start(BotUnderTest.fake().start(), UnaryOperator.identity(), engine::handle);

    @AfterEach
    void stop() {
        sobes.close();
    }

    @Test
    void aGradedQuestionComesBackForReviewWhenItIsDue() {
        FakeUser anna = sobes.telegram.user(7, "Anna").language("en");
        ChatView chat = anna.dm();
        anna.sends("/ask mini-channels-unbuffered");
        chat.awaitReply(m -> m.text().contains("question 1"));
        chat.sends("I am not sure at all.");
        SentMessage feedback = chat.awaitReply(m -> m.hasButton("Again"));
        chat.taps(feedback, "Again");
        chat.awaitReply(m -> m.messageId() == feedback.messageId() && m.edits() == 1);

        anna.sends("/review");
        SentMessage nothing = chat.awaitReply("Nothing is due for review");
        assertThat(nothing.text()).contains("The next card is due in 1 min");

        clock.advance(Duration.ofMinutes(2));
        anna.sends("/review");
        SentMessage card = chat.awaitReply(m -> m.text().contains("Review · "));
        assertThat(card.text()).contains("1 due").contains("What happens when you send on an unbuffered channel?");
        chat.sends("The send blocks until a receiver takes the value; it synchronizes the two goroutines.");
        SentMessage second = chat.awaitReply(m -> m.hasButton("Good") && m.messageId() > card.messageId());
        chat.taps(second, "Good");
        SentMessage graded = chat.awaitReply(m -> m.messageId() == second.messageId() && m.edits() == 1);
        chat.taps(graded, "Next");
        SentMessage done = chat.awaitReply("Review done");
        assertThat(done.text()).contains("1 answered").contains("The next card is due in ");

        assertThat(sobes.telegram.violations()).isEmpty();
        // A press is answered right after its replies are queued, so the last answer may trail them.
        sobes.telegram.await(() -> sobes.telegram.unansweredCallbacks().isEmpty(), "every button press answered");
    }

    @Test
    void aTimedMockInterviewRunsToItsReportAndATimeOutArrivesWithoutInput() {
        FakeUser boris = sobes.telegram.user(8, "Boris").language("en");
        ChatView chat = boris.dm();
        boris.sends("/mock mini 3 30s");
        SentMessage first = chat.awaitReply(m -> m.text().contains("question 1 of 3"));
        assertThat(first.text()).contains("Time for this question: 30 s.");
        assertThat(first.allButtons()).extracting(b -> b.text()).containsExactly("Skip", "Stop");

        clock.advance(Duration.ofSeconds(31));
        Conversation dm = Conversation.direct(Platform.TELEGRAM, "8");
        assertThat(store.wakeups(clock.instant())).containsExactly(dm);
        sobes.bot.deliver(engine.handle(new Tick(dm, clock.instant())));
        SentMessage second = chat.awaitReply(m -> m.text().contains("question 2 of 3"));
        assertThat(chat.messages()).anySatisfy(m -> assertThat(m.text()).isEqualTo("Time is up for this question."));

        chat.sends(SoloPracticeIT.rightAnswerTo(second));
        SentMessage third = chat.awaitReply(m -> m.text().contains("question 3 of 3"));
        chat.sends("No idea, sorry.");
        SentMessage report = chat.awaitReply("Mock interview report");
        assertThat(report.text())
                .contains("over 3 questions")
                .contains("By topic")
                .contains("Estimated level:")
                .contains("/ask mini-");
        assertThat(third.messageId()).isGreaterThan(second.messageId());
        assertThat(sobes.telegram.violations()).isEmpty();
    }
}
