package dev.sobes.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sobes.testkit.telegram.FakeTelegram;
import dev.sobes.testkit.telegram.FakeUser;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Closing the bot: updates taken are answered, queued replies go out, no thread is left behind,
 * and the webhook is deleted only when the settings ask for it.
 */
class ShutdownIT {

    @Test
    void closeSendsWhatIsQueuedConfirmsUpdatesAndLeavesNoThreads() {
        // Replies leave a chat one per 200 ms, so five of them are still queued when the bot is closed.
        FakeTelegram telegram = BotUnderTest.fake().start();
        BotUnderTest sobes = BotUnderTest.start(
                telegram,
                s -> s.withLimits(new OutboxLimits(
                        Duration.ofMillis(200),
                        20,
                        Duration.ofSeconds(1),
                        30,
                        Duration.ofMillis(20),
                        20,
                        20_000,
                        Duration.ofMillis(20),
                        Duration.ofSeconds(1),
                        12)));
        FakeUser anna = telegram.user(7, "Anna").language("en");
        for (int i = 0; i < 5; i++) {
            anna.sends("/menu");
        }
        anna.dm().awaitReply("Menu");
        // The next poll confirms the batch before it, and begins only once the batch was handled.
        telegram.await(() -> telegram.pendingUpdates() == 0, "the updates handled and confirmed");

        sobes.bot.close();

        assertThat(anna.messages()).hasSize(5);
        telegram.await(() -> adapterThreads().isEmpty(), "the adapter's threads to end: " + adapterThreads());
        telegram.close();
    }

    @Test
    void aProcessAskedToDeleteTheWebhookDeletesItWhenItStops() {
        FakeTelegram telegram = BotUnderTest.fake().start();
        int port = freePort();
        URI hook = URI.create("http://127.0.0.1:" + port + "/telegram/hook");
        BotUnderTest sobes = BotUnderTest.start(
                telegram,
                s -> s.withWebhook(
                        new TelegramSettings.Webhook(hook, "127.0.0.1", port, "s3cret").withDeleteOnStop(true)));
        assertThat(telegram.webhookUrl()).isEqualTo(hook.toString());

        sobes.bot.close();

        assertThat(telegram.calls("deleteWebhook")).isEqualTo(1);
        assertThat(telegram.webhookUrl()).isNull();
        sobes.close();
    }

    @Test
    void aWrongTokenStopsTheStartWithAMessageThatDoesNotShowTheToken() {
        try (FakeTelegram telegram = BotUnderTest.fake().start()) {
            TelegramSettings wrong = TelegramSettings.polling("123456789:AAWrongTokenWrongTokenWrongToken")
                    .withApiUrl(URI.create(telegram.baseUrl()));

            assertThatThrownBy(() -> TelegramBot.start(wrong, input -> List.of()))
                    .isInstanceOf(TelegramStartException.class)
                    .hasMessageContaining("Telegram refused the bot token")
                    .hasMessageNotContaining("AAWrong");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> adapterThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> name.startsWith("telegram-"))
                .toList();
    }
}
