package dev.sobes.testkit.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Delivers pending updates to the webhook, one at a time and in order, as Telegram does: an
 * update is removed once the bot's endpoint answers 2xx, and tried again otherwise.
 */
final class WebhookPusher implements Runnable {
    private final TelegramState state;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhookPusher(TelegramState state) {
        this.state = state;
    }

    @Override
    public void run() {
        while (true) {
            String url;
            String secret;
            ObjectNode update;
            state.lock.lock();
            try {
                while (!state.closed && (state.webhookUrl == null || state.updates.isEmpty())) {
                    state.changed.await(200, TimeUnit.MILLISECONDS);
                }
                if (state.closed) {
                    return;
                }
                url = state.webhookUrl;
                secret = state.webhookSecret;
                update = state.updates.peekFirst();
            } catch (InterruptedException e) {
                return;
            } finally {
                state.lock.unlock();
            }
            if (url == null || update == null) {
                continue;
            }
            boolean ok = post(url, secret, update);
            state.lock.lock();
            try {
                if (ok) {
                    state.webhookDeliveries++;
                    long delivered = update.get("update_id").asLong();
                    state.updates.removeIf(u -> u.get("update_id").asLong() == delivered);
                } else {
                    state.webhookFailures++;
                }
                state.changed();
            } finally {
                state.lock.unlock();
            }
            if (!ok) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private boolean post(String url, @Nullable String secret, ObjectNode update) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(TelegramState.JSON.writeValueAsBytes(update)));
            if (secret != null) {
                request.header("X-Telegram-Bot-Api-Secret-Token", secret);
            }
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() / 100 == 2;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
