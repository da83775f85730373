package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Platform;
import dev.sobes.testkit.discord.FakeChannel;
import dev.sobes.testkit.discord.FakeDiscord;
import dev.sobes.testkit.discord.FakeInteraction;
import dev.sobes.testkit.discord.FakeMessage;
import dev.sobes.testkit.discord.FakeUser;
import dev.sobes.testkit.discord.RecordedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A whole solo practice in direct messages, through the real JDA against the fake Discord. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectMessagePracticeIT {
    /** Covers every key point of both channel questions, whichever comes first. */
    static final String EITHER_ANSWER =
            "The send blocks until a receiver takes the value; a receive returns the zero value and ok is false.";

    private Harness harness;
    private FakeDiscord discord;

    @BeforeAll
    void start() throws InterruptedException {
        discord = FakeDiscord.start();
        harness = new Harness(discord);
        harness.start(harness.settings(DiscordSettings.CommandScope.GLOBAL, false));
        discord.awaitCommands(null);
    }

    @AfterAll
    void stop() {
        harness.close();
    }

    @Test
    void aWholePracticeInDirectMessages() {
        FakeUser alice = discord.addUser("alice", "en-US");
        FakeChannel dm = alice.dm();

        alice.runs(dm, "/practice pack:go topic:channels level:junior");
        FakeMessage card = dm.awaitReply(m -> m.hasButton("Answer"));
        assertThat(card.text()).contains("Channels").contains("question 1");
        assertThat(card.buttonLabels()).containsExactly("Answer", "Hint", "Skip", "Stop");

        FakeInteraction opened = alice.clicks(card, "Answer");
        FakeInteraction.Modal modal = opened.awaitModal();
        assertThat(modal.title()).isEqualTo("Your answer");
        assertThat(modal.maxLength()).isEqualTo(4000);
        assertThat(modal.paragraph()).isTrue();

        alice.submits(opened, EITHER_ANSWER);
        FakeMessage feedback = dm.awaitReply(m -> m.hasButton("Good"));
        assertThat(feedback.embeds()).isNotEmpty();
        assertThat(feedback.text()).contains("Key points covered").contains("Reference answer");

        alice.clicks(feedback, "Good");
        FakeMessage graded = dm.awaitReply(m -> m.id() == feedback.id() && m.version() > 0);
        assertThat(graded.text()).contains("Your grade: Good");
        assertThat(graded.buttonLabels()).doesNotContain("Good").contains("Next");

        alice.clicks(graded, "Next");
        FakeMessage second = dm.awaitReply(m -> m.hasButton("Answer"));
        assertThat(second.text()).contains("question 2");

        alice.says(dm, EITHER_ANSWER);
        FakeMessage plainAnswered = dm.awaitReply(m -> m.text().contains("Key points covered"));
        assertThat(plainAnswered.text()).contains("2 of 2");

        alice.clicks(plainAnswered, "Stop");
        FakeMessage summary = dm.awaitReply(m -> m.text().contains("Practice summary"));
        assertThat(summary.text()).contains("answered: 2");

        assertThat(discord.rejections()).isEmpty();
        assertThat(discord.pings()).isEmpty();
        for (RecordedRequest request : discord.requests()) {
            if (request.postsMessage()) {
                assertThat(request.message()
                                .path("allowed_mentions")
                                .path("parse")
                                .size())
                        .as("allowed mentions of %s %s", request.method(), request.path())
                        .isZero();
            }
        }
    }

    @Test
    void aLongReferenceAnswerIsSplitWithinDiscordsLimits() {
        FakeUser frank = discord.addUser("frank", "en-US");
        FakeChannel dm = frank.dm();
        frank.runs(dm, "/practice pack:go topic:runtime level:senior");
        FakeMessage card = dm.awaitReply(m -> m.hasButton("Answer"));
        FakeInteraction opened = frank.clicks(card, "Answer");
        frank.submits(opened, "G-M-P");
        FakeMessage last = dm.awaitReply(m -> m.hasButton("Next"));

        List<FakeMessage> feedback = dm.botMessages().stream()
                .filter(m -> m.id() > card.id() && !m.embeds().isEmpty())
                .toList();
        assertThat(feedback).hasSizeGreaterThan(1).last().isEqualTo(last);
        String shown =
                String.join("\n", feedback.stream().map(FakeMessage::text).toList());
        for (int step = 1; step <= 60; step++) {
            assertThat(shown).contains("The scheduler step " + step + ":");
        }
        assertThat(shown).contains("\\*runnable\\*").contains("P\\_60").contains("`runtime.Gosched()`");
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void anAnswerToAQuestionAlreadyMovedOnFromIsNotTakenForTheNextAndIsHandedBack() {
        FakeUser gina = discord.addUser("gina", "en-US");
        FakeChannel dm = gina.dm();
        gina.runs(dm, "/practice pack:go topic:channels level:junior");
        FakeMessage first = dm.awaitReply(m -> m.hasButton("Answer"));
        FakeInteraction opened = gina.clicks(first, "Answer");
        opened.awaitModal();

        gina.clicks(first, "Skip");
        FakeMessage second = dm.awaitReply(m -> m.hasButton("Answer") && m.id() != first.id());
        gina.submits(opened, "my careful answer to the first question");
        FakeMessage handedBack = dm.awaitReply(m -> m.text().contains("already closed"));
        assertThat(handedBack.text()).contains("my careful answer to the first question");

        FakeInteraction stale = gina.clicks(first, "Answer");
        assertThat(dm.awaitReply(m -> m.text().contains("already closed") && m.id() != handedBack.id()))
                .isNotNull();
        assertThat(stale.callbacks()).containsExactly(4);

        FakeInteraction current = gina.clicks(second, "Answer");
        gina.submits(current, EITHER_ANSWER);
        assertThat(dm.awaitReply(m -> m.text().contains("Key points covered")).text())
                .contains("2 of 2");
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void aTimedMockQuestionRunsOutOfTimeWhenTheTimerWakesTheConversation() {
        FakeUser hugo = discord.addUser("hugo", "en-US");
        FakeChannel dm = hugo.dm();
        hugo.runs(dm, "/mock pack:go questions:3 minutes:1");
        FakeMessage card = dm.awaitReply(m -> m.hasButton("Answer"));

        harness.tick(Conversation.direct(Platform.DISCORD, Long.toString(dm.id())), Duration.ofMinutes(2));
        FakeMessage timeUp = dm.awaitReplyContaining("Time is up for this question.");
        assertThat(timeUp.id()).isNotEqualTo(card.id());
        assertThat(discord.rejections()).isEmpty();
    }
}
