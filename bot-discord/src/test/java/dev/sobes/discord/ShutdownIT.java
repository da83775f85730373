package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Reply;
import dev.sobes.testkit.discord.FakeChannel;
import dev.sobes.testkit.discord.FakeDiscord;
import dev.sobes.testkit.discord.FakeMessage;
import dev.sobes.testkit.discord.FakeUser;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Shutting down finishes the inputs in hand, answers them, then disconnects. */
class ShutdownIT {
    @Test
    void anInputInHandIsAnsweredBeforeTheBotDisconnects() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            Harness harness = new Harness(discord);
            CountDownLatch arrived = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            harness.start(
                    harness.settings(DiscordSettings.CommandScope.GLOBAL, false),
                    input -> held(harness, input, arrived, release),
                    DiscordBot.ACK_BUDGET);
            discord.awaitCommands(null);
            FakeUser alice = discord.addUser("alice", "en-US");
            FakeChannel dm = alice.dm();

            alice.says(dm, "/help");
            assertThat(arrived.await(15, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> closing = CompletableFuture.runAsync(harness.bot()::close);
            release.countDown();
            closing.get(30, TimeUnit.SECONDS);

            FakeMessage help = dm.awaitReply(m -> m.text().contains("Commands"));
            assertThat(help.text()).contains("/practice");
            discord.awaitShards(0);
            assertThat(discord.rejections()).isEmpty();
        }
    }

    private static List<Reply> held(Harness harness, Input input, CountDownLatch arrived, CountDownLatch release) {
        arrived.countDown();
        try {
            release.await(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return harness.engine.handle(input);
    }
}
