package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Tick;
import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.store.InMemoryStore;
import dev.sobes.testkit.ManualClock;
import dev.sobes.testkit.discord.FakeChannel;
import dev.sobes.testkit.discord.FakeDiscord;
import dev.sobes.testkit.discord.FakeInteraction;
import dev.sobes.testkit.discord.FakeMessage;
import dev.sobes.testkit.discord.FakeUser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Review of due cards and the mock interview in direct messages, through the real JDA, with a
 * clock the test moves; a timed question's tick reaches Discord the way the launcher sends it.
 */
class ReviewAndMockIT {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final InMemoryStore store = new InMemoryStore();
    private final FakeDiscord discord = FakeDiscord.start();
    private final Harness harness = new Harness(discord);
    private final Engine engine = new Engine(
            TestBank::bank,
            store,
            clock,
            42,
            new ActionCodec("a test secret of enough bytes".getBytes(StandardCharsets.UTF_8)));

    ReviewAndMockIT() throws InterruptedException {
        harness.start(
                harness.settings(DiscordSettings.CommandScope.GLOBAL, false), engine::handle, DiscordBot.ACK_BUDGET);
        discord.awaitCommands(null);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private static FakeMessage answerWithTheModal(FakeUser who, FakeChannel where, FakeMessage card, String text) {
        FakeInteraction opened = who.clicks(card, "Answer");
        opened.awaitModal();
        who.submits(opened, text);
        return where.awaitReply(m -> m.id() > card.id() && !m.text().isBlank());
    }

    @Test
    void aGradedQuestionComesBackForReviewWhenItIsDue() {
        FakeUser alice = discord.addUser("alice", "en-US");
        FakeChannel dm = alice.dm();
        alice.runs(dm, "/ask id:go-channels-closed-receive");
        FakeMessage card = dm.awaitReply(m -> m.hasButton("Answer"));
        answerWithTheModal(alice, dm, card, "I do not remember that one.");
        FakeMessage feedback = dm.awaitReply(m -> m.hasButton("Again"));
        alice.clicks(feedback, "Again");
        dm.awaitReply(m -> m.id() == feedback.id() && m.version() > 0);

        alice.runs(dm, "/review");
        assertThat(dm.awaitReply(m -> m.text().contains("Nothing is due for review"))
                        .text())
                .contains("The next card is due in 1 min");

        clock.advance(Duration.ofMinutes(2));
        alice.runs(dm, "/review");
        FakeMessage due = dm.awaitReply(m -> m.text().contains("Review · ") && m.hasButton("Answer"));
        assertThat(due.text()).contains("1 due").contains("What does a receive from a closed channel return?");
        answerWithTheModal(alice, dm, due, "You get the zero value, and ok is false.");
        FakeMessage second = dm.awaitReply(m -> m.hasButton("Good") && m.id() > due.id());
        assertThat(second.text()).contains("Key points covered: 2 of 2");
        alice.clicks(second, "Good");
        FakeMessage graded = dm.awaitReply(m -> m.id() == second.id() && m.version() > 0);
        alice.clicks(graded, "Next");
        assertThat(dm.awaitReply(m -> m.text().contains("Review done")).text()).contains("1 answered");
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void aTimedMockInterviewRunsToItsReportAndATimeOutArrivesWithoutInput() {
        FakeUser bob = discord.addUser("bob", "en-US");
        FakeChannel dm = bob.dm();
        bob.runs(dm, "/mock pack:go questions:3 minutes:1");
        FakeMessage first = dm.awaitReply(m -> m.text().contains("question 1 of 3"));
        assertThat(first.buttonLabels()).contains("Answer", "Skip", "Stop");
        assertThat(first.text()).contains("Time for this question: 1 min.");

        clock.advance(Duration.ofSeconds(61));
        List<Conversation> due = store.wakeups(clock.instant());
        assertThat(due).hasSize(1);
        harness.bot().deliver(engine.handle(new Tick(due.get(0), clock.instant())));
        FakeMessage timedOut = dm.awaitReply(m -> m.text().contains("Time is up for this question."));
        FakeMessage second = dm.awaitReply(m -> m.text().contains("question 2 of 3") && m.hasButton("Answer"));
        assertThat(second.id()).isGreaterThanOrEqualTo(timedOut.id());

        answerWithTheModal(bob, dm, second, DirectMessagePracticeIT.EITHER_ANSWER);
        FakeMessage third = dm.awaitReply(m -> m.text().contains("question 3 of 3") && m.hasButton("Answer"));
        answerWithTheModal(bob, dm, third, "No idea, sorry.");
        FakeMessage report = dm.awaitReply(m -> m.text().contains("Mock interview report"));
        assertThat(report.text()).contains("over 3 questions").contains("Estimated level:");
        assertThat(discord.rejections()).isEmpty();
        assertThat(discord.pings()).isEmpty();
    }
}
