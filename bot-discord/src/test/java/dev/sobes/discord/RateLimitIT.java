package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.testkit.discord.FakeChannel;
import dev.sobes.testkit.discord.FakeDiscord;
import dev.sobes.testkit.discord.FakeMessage;
import dev.sobes.testkit.discord.FakeUser;
import dev.sobes.testkit.discord.RecordedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Discord's rate limits: a 429 with Retry-After is waited out and the message still arrives, once. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RateLimitIT {
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
    void aReplyRefusedWith429IsSentAgainAfterTheWait() {
        FakeUser alice = discord.addUser("alice", "en-US");
        FakeChannel dm = alice.dm();
        alice.runs(dm, "/practice pack:go topic:channels level:junior");
        dm.awaitReply(m -> m.hasButton("Answer"));

        String route = "channels/" + dm.id() + "/messages";
        discord.rateLimitNext("POST", route, 1);
        alice.says(dm, DirectMessagePracticeIT.EITHER_ANSWER);
        FakeMessage feedback = dm.awaitReply(m -> m.text().contains("Key points covered"));
        assertThat(feedback.text()).contains("2 of 2");

        List<Integer> statuses = discord.requests().stream()
                .filter(r -> r.method().equals("POST") && r.path().equals(route))
                .map(RecordedRequest::status)
                .toList();
        assertThat(statuses).containsExactly(429, 200);
        assertThat(dm.botMessages())
                .filteredOn(m -> m.text().contains("Key points covered"))
                .hasSize(1);
        assertThat(discord.rejections()).isEmpty();
        assertThat(harness.bot().rateLimitedResponses()).isPositive().isEqualTo(tooManyRequestsAnswered());
    }

    /** Every 429 the fake has answered so far. */
    private long tooManyRequestsAnswered() {
        return discord.requests().stream().filter(r -> r.status() == 429).count();
    }

    @Test
    void aBurstOfRepliesInOneChannelIsPacedAndArrivesInOrder() {
        discord.channelMessageLimit(2, Duration.ofSeconds(2));
        try {
            FakeUser bob = discord.addUser("bob", "en-US");
            FakeChannel dm = bob.dm();
            for (int i = 0; i < 4; i++) {
                bob.says(dm, "answer " + i);
            }
            dm.awaitReply(m -> dm.botMessages().size() == 4);
            assertThat(dm.botMessages())
                    .extracting(FakeMessage::text)
                    .allMatch(text -> text.contains("no open question"));
            assertThat(discord.rejections()).isEmpty();
            assertThat(harness.bot().rateLimitedResponses()).isEqualTo(tooManyRequestsAnswered());
        } finally {
            discord.channelMessageLimit(5, Duration.ofSeconds(5));
        }
    }
}
