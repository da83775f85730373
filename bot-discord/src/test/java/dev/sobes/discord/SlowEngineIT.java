package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Reply;
import dev.sobes.testkit.discord.FakeChannel;
import dev.sobes.testkit.discord.FakeDiscord;
import dev.sobes.testkit.discord.FakeGuild;
import dev.sobes.testkit.discord.FakeInteraction;
import dev.sobes.testkit.discord.FakeMessage;
import dev.sobes.testkit.discord.FakeUser;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * When the engine takes longer than the acknowledgement budget, interactions are deferred in
 * time and the replies follow through the interaction, edits included. The budget is shortened
 * here so the engine need not be slow for long.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlowEngineIT {
    private Harness harness;
    private FakeDiscord discord;
    private FakeChannel general;

    @BeforeAll
    void start() throws InterruptedException {
        discord = FakeDiscord.start();
        FakeGuild guild = discord.addGuild("Slow club");
        general = guild.addTextChannel("general");
        harness = new Harness(discord);
        harness.start(
                harness.settings(DiscordSettings.CommandScope.GLOBAL, false), this::slowly, Duration.ofMillis(100));
        discord.awaitCommands(null);
    }

    private List<Reply> slowly(Input input) {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return harness.engine.handle(input);
    }

    @AfterAll
    void stop() {
        harness.close();
    }

    @Test
    void aSlowAnswerIsDeferredThenDelivered() {
        FakeUser alice = discord.addUser("alice", "en-US");
        FakeChannel dm = alice.dm();

        FakeInteraction command = alice.runs(dm, "/practice pack:go topic:channels level:junior");
        FakeMessage card = dm.awaitReply(m -> m.hasButton("Answer"));
        assertThat(command.callbacks()).containsExactly(5);

        FakeInteraction opened = alice.clicks(card, "Answer");
        assertThat(opened.awaitAcknowledgement()).isEqualTo(9);
        FakeInteraction submitted = alice.submits(opened, DirectMessagePracticeIT.EITHER_ANSWER);
        FakeMessage feedback = dm.awaitReply(m -> m.hasButton("Good"));
        assertThat(submitted.callbacks()).containsExactly(6);

        FakeInteraction graded = alice.clicks(feedback, "Good");
        FakeMessage edited = dm.awaitReply(m -> m.id() == feedback.id() && m.version() > 0);
        assertThat(edited.text()).contains("Your grade: Good");
        assertThat(graded.callbacks()).containsExactly(6);

        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void aSlowAnswerForOnePersonInAChannelStaysTheirs() {
        FakeUser bob = discord.addUser("bob", "en-US");
        FakeInteraction help = bob.runs(general, "/help");
        FakeMessage reply = general.awaitReply(m -> m.text().contains("Commands"));
        assertThat(reply.ephemeralFor()).isEqualTo(bob.id());
        assertThat(help.callbacks()).containsExactly(5);
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void aSlowGameCommandIsAnsweredToEveryoneAndARefusalOnlyToItsPerson() {
        FakeUser carol = discord.addUser("carol", "en-US");
        FakeUser dan = discord.addUser("dan", "en-US");

        FakeInteraction opened = carol.runs(general, "/group pack:go questions:1");
        FakeMessage lobby = general.awaitReply(m -> m.text().contains("Players (1): carol"));
        assertThat(lobby.isEphemeral()).isFalse();
        assertThat(opened.callbacks()).containsExactly(5);

        // Deferred for everyone to see, the refusal still reaches dan alone, and no placeholder is left.
        FakeInteraction refused = dan.runs(general, "/begin");
        FakeMessage refusal = general.awaitReply(m -> m.text().contains("Only the host (carol)"));
        assertThat(refusal.ephemeralFor()).isEqualTo(dan.id());
        assertThat(refused.callbacks()).containsExactly(5);
        assertThat(general.messagesSeenBy(carol)).noneMatch(m -> m.text().isEmpty());
        assertThat(discord.rejections()).isEmpty();

        carol.runs(general, "/end");
        general.awaitReply(m -> m.id() == lobby.id() && m.text().contains("was closed"));
    }
}
