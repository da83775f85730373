package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.testkit.discord.FakeChannel;
import dev.sobes.testkit.discord.FakeDiscord;
import dev.sobes.testkit.discord.FakeUser;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The figures the bot reports for monitoring: replies queued now, and Discord's 429 answers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsIT {
    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private final CountDownLatch release = new CountDownLatch(1);
    private Harness harness;
    private FakeDiscord discord;

    @BeforeAll
    void start() throws InterruptedException {
        discord = FakeDiscord.start();
        harness = new Harness(discord);
        harness.start(
                harness.settings(DiscordSettings.CommandScope.GLOBAL, false), this::handle, DiscordBot.ACK_BUDGET);
        discord.awaitCommands(null);
    }

    /** Echoes messages; "hold" keeps its conversation's lane busy until the test lets it go. */
    private List<Reply> handle(Input input) {
        if (input instanceof TextMessage message) {
            if (message.text().equals("hold")) {
                try {
                    release.await(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return List.of(Reply.to(message.conversation(), RichText.of("echo " + message.text())));
        }
        return harness.engine.handle(input);
    }

    @AfterAll
    void stop() {
        release.countDown();
        harness.close();
    }

    @Test
    void queuedRepliesCountsWhatWaitsItsTurnAndFallsToZeroOnceSent() throws InterruptedException {
        FakeUser alice = discord.addUser("alice", "en-US");
        FakeChannel dm = alice.dm();
        assertThat(awaitQueued(n -> n == 0)).isZero();

        alice.says(dm, "hold");
        alice.says(dm, "one");
        alice.says(dm, "two");
        assertThat(awaitQueued(n -> n == 3)).isEqualTo(3);

        release.countDown();
        dm.awaitReply(m -> m.text().contains("echo two"));
        assertThat(awaitQueued(n -> n == 0)).isZero();
        assertThat(dm.botMessages()).extracting(m -> m.text()).containsExactly("echo hold", "echo one", "echo two");
    }

    @Test
    void rateLimitedResponsesCountsEvery429DiscordAnswers() {
        FakeUser bob = discord.addUser("bob", "en-US");
        FakeChannel dm = bob.dm();
        long before = harness.bot().rateLimitedResponses();

        discord.rateLimitNext("POST", "channels/" + dm.id() + "/messages", 1);
        bob.says(dm, "first");
        dm.awaitReply(m -> m.text().contains("echo first"));

        assertThat(harness.bot().rateLimitedResponses()).isEqualTo(before + 1);
        assertThat(discord.rejections()).isEmpty();
    }

    /** Waits until the bot's queue holds what {@code wanted} accepts, and returns what it holds then. */
    private int awaitQueued(IntPredicate wanted) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int queued = harness.bot().queuedReplies();
        while (!wanted.test(queued) && System.nanoTime() < deadline) {
            Thread.sleep(10);
            queued = harness.bot().queuedReplies();
        }
        return queued;
    }
}
