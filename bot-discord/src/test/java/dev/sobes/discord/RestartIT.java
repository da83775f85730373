package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Unreachable;
import dev.sobes.testkit.discord.FakeChannel;
import dev.sobes.testkit.discord.FakeDiscord;
import dev.sobes.testkit.discord.FakeMessage;
import dev.sobes.testkit.discord.FakeUser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * After the bot restarts, what it sends unasked to a person's direct messages (a timed question
 * running out, a reminder) arrives before the person writes again: the new process knows no direct
 * channels yet, and finds them through Discord.
 */
class RestartIT {
    private final FakeDiscord discord = FakeDiscord.start();
    private final Harness harness = new Harness(discord);
    private final List<Input> seen = new CopyOnWriteArrayList<>();
    private final DiscordSettings settings = harness.settings(DiscordSettings.CommandScope.GLOBAL, false);

    RestartIT() throws InterruptedException {
        harness.start(settings, this::handle, DiscordBot.ACK_BUDGET);
        discord.awaitCommands(null);
    }

    private List<Reply> handle(Input input) {
        seen.add(input);
        return harness.engine.handle(input);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    private static Conversation conversationOf(FakeChannel dm) {
        return Conversation.direct(Platform.DISCORD, String.valueOf(dm.id()));
    }

    @Test
    void aTimedQuestionRunningOutAfterARestartReachesTheDirectMessages() throws InterruptedException {
        FakeUser bob = discord.addUser("bob", "en-US");
        FakeChannel dm = bob.dm();
        bob.runs(dm, "/mock pack:go questions:3 minutes:1");
        FakeMessage first = dm.awaitReply(m -> m.text().contains("question 1 of 3"));

        harness.restart(settings, this::handle);
        harness.tick(conversationOf(dm), Duration.ofSeconds(61));

        FakeMessage timedOut = dm.awaitReply(m -> m.text().contains("Time is up for this question."));
        FakeMessage second = dm.awaitReply(m -> m.text().contains("question 2 of 3") && m.hasButton("Answer"));
        assertThat(timedOut.id()).isGreaterThan(first.id());
        assertThat(second.id()).isGreaterThanOrEqualTo(timedOut.id());
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void aReminderAfterARestartReachesTheDirectMessages() throws InterruptedException {
        FakeUser alice = discord.addUser("alice", "en-US");
        FakeChannel dm = alice.dm();
        alice.says(dm, "hello");
        dm.awaitReply(m -> m.text().contains("no open question"));

        harness.restart(settings, this::handle);
        harness.bot().deliver(List.of(Reply.to(conversationOf(dm), RichText.of("Cards due for review: 1 — /review"))));

        FakeMessage reminder = dm.awaitReply(m -> m.text().contains("Cards due for review"));
        assertThat(reminder.text()).contains("/review");

        // Found once, the channel is known: the next reminder goes straight to it.
        harness.bot().deliver(List.of(Reply.to(conversationOf(dm), RichText.of("Cards due for review: 2 — /review"))));
        dm.awaitReply(m -> m.id() > reminder.id() && m.text().contains("Cards due for review: 2"));
        assertThat(discord.requests())
                .filteredOn(r -> r.method().equals("GET") && r.path().equals("channels/" + dm.id()))
                .hasSize(1);
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void aRefusedDirectMessageAfterARestartStillTellsTheEngine() throws InterruptedException {
        FakeUser alice = discord.addUser("alice", "en-US");
        FakeChannel dm = alice.dm();
        alice.says(dm, "hello");
        dm.awaitReply(m -> m.text().contains("no open question"));
        Conversation conversation = conversationOf(dm);

        harness.restart(settings, this::handle);
        alice.refusesDirectMessages();
        harness.bot().deliver(List.of(Reply.to(conversation, RichText.of("Cards due for review: 1 — /review"))));

        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline && !reported(conversation)) {
            Thread.sleep(20);
        }
        assertThat(reported(conversation))
                .as("the engine heard that the DM is closed")
                .isTrue();
        assertThat(dm.messages()).noneMatch(m -> m.text().contains("Cards due"));
    }

    private boolean reported(Conversation conversation) {
        return seen.stream()
                .anyMatch(i -> i instanceof Unreachable u && u.conversation().equals(conversation) && u.permanent());
    }
}
