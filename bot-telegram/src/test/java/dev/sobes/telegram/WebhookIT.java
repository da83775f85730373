package dev.sobes.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.testkit.telegram.FakeTelegram;
import dev.sobes.testkit.telegram.FakeUser;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Webhook mode: the endpoint registers itself, checks the secret, serves updates, and leaves the
 * webhook registered when it stops, for the other processes behind the same address.
 */
class WebhookIT {
    private static final String SECRET = "s3cret_for-the-webhook";

    private final int port = freePort();
    private final URI hook = URI.create("http://127.0.0.1:" + port + "/telegram/hook");
    private final FakeTelegram telegram = BotUnderTest.fake().start();
    private final BotUnderTest sobes = BotUnderTest.start(
            telegram, s -> s.withWebhook(new TelegramSettings.Webhook(hook, "127.0.0.1", port, SECRET)));

    @AfterEach
    void stop() {
        sobes.close();
    }

    @Test
    void updatesArriveAtTheWebhookAndTheWebhookStaysRegisteredOnShutdown() {
        assertThat(telegram.webhookUrl()).isEqualTo(hook.toString());
        assertThat(sobes.bot.webhookPort()).isEqualTo(port);
        FakeUser anna = telegram.user(7, "Anna").language("en");

        anna.sends("/start");
        anna.dm().taps(anna.dm().awaitReply(m -> m.hasButton("Practice")), "Practice");
        anna.dm().awaitReply(m -> m.hasButton("Channels"));
        // The webhook answers an update after the bot has replied to it, so the count may trail the reply.
        telegram.await(() -> telegram.webhookDeliveries() == 2, "the webhook to confirm both updates");
        assertThat(telegram.calls("getUpdates")).isZero();

        sobes.bot.close();
        assertThat(telegram.webhookUrl()).isEqualTo(hook.toString());
        assertThat(telegram.calls("setWebhook")).isEqualTo(1);
        assertThat(telegram.calls("deleteWebhook")).isZero();
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void stoppingOneOfTwoProcessesBehindTheWebhookLeavesUpdatesComingToTheOther() {
        // A second process registers the same public address (the load balancer's), listening on its own port.
        BotUnderTest other = BotUnderTest.start(
                telegram, s -> s.withWebhook(new TelegramSettings.Webhook(hook, "127.0.0.1", freePort(), SECRET)));
        FakeUser anna = telegram.user(7, "Anna").language("en");
        anna.sends("/menu");
        anna.dm().awaitReply("Menu");

        other.bot.close();
        assertThat(telegram.webhookUrl()).isEqualTo(hook.toString());
        anna.sends("/menu");
        anna.dm().awaitReply("Menu");
        telegram.await(() -> telegram.webhookDeliveries() == 2, "the webhook to confirm both updates");
        assertThat(telegram.calls("deleteWebhook")).isZero();
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void requestsWithoutTheSecretAreRefusedUnread() throws Exception {
        String update = "{\"update_id\":1,\"message\":{\"message_id\":1,\"date\":0,\"text\":\"/start\","
                + "\"chat\":{\"id\":5,\"type\":\"private\"},\"from\":{\"id\":5,\"is_bot\":false,\"first_name\":\"X\"}}}";

        assertThat(post(update, null)).isEqualTo(401);
        assertThat(post(update, "wrong")).isEqualTo(401);
        assertThat(post("not json", SECRET)).isEqualTo(400);
        assertThat(telegram.calls("sendMessage")).isZero();
    }

    private int post(String body, @Nullable String secret) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(hook).POST(HttpRequest.BodyPublishers.ofString(body));
        if (secret != null) {
            request.header(WebhookEndpoint.SECRET_HEADER, secret);
        }
        return HttpClient.newHttpClient()
                .send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
