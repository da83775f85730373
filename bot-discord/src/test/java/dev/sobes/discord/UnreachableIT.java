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
import dev.sobes.testkit.discord.FakeUser;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A timer's message to someone who closed their direct messages is reported to the engine. */
class UnreachableIT {
    private final FakeDiscord discord = FakeDiscord.start();
    private final Harness harness = new Harness(discord);
    private final List<Input> seen = new CopyOnWriteArrayList<>();

    UnreachableIT() throws InterruptedException {
        harness.start(
                harness.settings(DiscordSettings.CommandScope.GLOBAL, false),
                input -> {
                    seen.add(input);
                    return harness.engine.handle(input);
                },
                DiscordBot.ACK_BUDGET);
        discord.awaitCommands(null);
    }

    private boolean reported(Conversation conversation) {
        return reported(conversation, true);
    }

    private boolean reported(Conversation conversation, boolean permanent) {
        return seen.stream()
                .anyMatch(i -> i instanceof Unreachable u
                        && u.conversation().equals(conversation)
                        && u.permanent() == permanent);
    }

    /** The person writes to the bot once, as people do before a timer has anything to send them. */
    private static Conversation talkedTo(FakeUser person, FakeChannel dm) {
        person.says(dm, "hello");
        dm.awaitReply(m -> m.text().contains("no open question"));
        return Conversation.direct(Platform.DISCORD, String.valueOf(dm.id()));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aRefusedDirectMessageFromATimerTellsTheEngineTheConversationIsUnreachable() throws InterruptedException {
        FakeUser alice = discord.addUser("alice", "en-US");
        FakeChannel dm = alice.dm();
        Conversation conversation = talkedTo(alice, dm);

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

    @Test
    void aTimersMessageLostToServerErrorsIsReportedAsAPassingFailure() throws InterruptedException {
        FakeUser bob = discord.addUser("bob", "en-US");
        FakeChannel dm = bob.dm();
        Conversation conversation = talkedTo(bob, dm);

        // More failures than JDA's retries of one request: the message is given up.
        discord.failNext("POST", "channels/" + dm.id() + "/messages", 500, 10);
        harness.bot().deliver(List.of(Reply.to(conversation, RichText.of("Cards due for review: 1 — /review"))));

        long deadline = System.nanoTime() + 30_000_000_000L;
        while (System.nanoTime() < deadline && !reported(conversation, false)) {
            Thread.sleep(20);
        }
        assertThat(reported(conversation, false))
                .as("the engine heard of a passing failure")
                .isTrue();
        assertThat(reported(conversation, true))
                .as("a server error is not the person closing their DMs")
                .isFalse();
    }
}
