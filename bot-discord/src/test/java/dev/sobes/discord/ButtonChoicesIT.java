package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.testkit.discord.FakeChannel;
import dev.sobes.testkit.discord.FakeDiscord;
import dev.sobes.testkit.discord.FakeMessage;
import dev.sobes.testkit.discord.FakeUser;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Choosing with buttons when there are more choices than one message can carry. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ButtonChoicesIT {
    private Harness harness;
    private FakeDiscord discord;

    @BeforeAll
    void start() throws InterruptedException {
        discord = FakeDiscord.start();
        harness = new Harness(discord, TestBank.manyTopics(30));
        harness.start(harness.settings(DiscordSettings.CommandScope.GLOBAL, false));
        discord.awaitCommands(null);
    }

    @AfterAll
    void stop() {
        harness.close();
    }

    @Test
    void thirtyOneTopicsComeAsTwoMessagesOfFiveRowsOfFiveAtMost() {
        FakeUser alice = discord.addUser("alice", "en-US");
        FakeChannel dm = alice.dm();
        alice.runs(dm, "/practice");

        FakeMessage more = dm.awaitReply(m -> m.hasButton("Topic 30"));
        List<FakeMessage> choices =
                dm.botMessages().stream().filter(m -> !m.buttons().isEmpty()).toList();
        assertThat(choices).hasSize(2).last().isEqualTo(more);
        assertThat(choices.get(0).text()).contains("Choose a topic");
        assertThat(choices.get(0).buttons()).hasSize(25);
        assertThat(choices.get(1).buttons()).hasSize(6);
        assertThat(choices)
                .allMatch(m -> m.rows().size() <= 5 && m.rows().stream().allMatch(r -> r.size() <= 5));

        alice.clicks(more, "Topic 30");
        FakeMessage levels = dm.awaitReply(m -> m.hasButton("Junior"));
        alice.clicks(levels, "Junior");
        FakeMessage card = dm.awaitReply(m -> m.hasButton("Answer"));
        assertThat(card.text()).contains("Question of topic 30?");
        assertThat(discord.rejections()).isEmpty();
    }
}
