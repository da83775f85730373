package dev.sobes.testkit.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's own contract, spoken to in plain HTTP as Telegram is. */
class FakeTelegramTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeTelegram telegram = FakeTelegram.builder().start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        telegram.close();
    }

    private JsonNode call(String method, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(telegram.baseUrl() + "/bot" + telegram.token() + "/" + method))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return JSON.readTree(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void getUpdatesGivesUpdatesFromTheOffsetAndConfirmsEarlierOnes() throws Exception {
        FakeUser anna = telegram.user(7, "Anna");
        anna.sends("/start");
        anna.sends("hello");

        JsonNode first = call("getUpdates", "{\"timeout\":0}");
        assertThat(first.get("result")).hasSize(2);
        assertThat(first.at("/result/0/message/entities/0/type").asText()).isEqualTo("bot_command");
        int second = first.at("/result/1/update_id").asInt();

        JsonNode next = call("getUpdates", "{\"offset\":" + second + ",\"timeout\":0}");
        assertThat(next.get("result")).hasSize(1);
        assertThat(telegram.pendingUpdates()).isEqualTo(1);
    }

    @Test
    void whatTelegramRefusesIsRefusedAndRecorded() throws Exception {
        telegram.user(7, "Anna").sends("/start");

        assertThat(call("sendMessage", "{\"chat_id\":7,\"text\":\"" + "x".repeat(4097) + "\"}")
                        .get("description")
                        .asText())
                .isEqualTo("Bad Request: message is too long");
        assertThat(call("sendMessage", "{\"chat_id\":7,\"text\":\"a <b\",\"parse_mode\":\"HTML\"}")
                        .get("error_code")
                        .asInt())
                .isEqualTo(400);
        String data = "d".repeat(65);
        assertThat(call(
                                "sendMessage",
                                "{\"chat_id\":7,\"text\":\"x\",\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"b\","
                                        + "\"callback_data\":\"" + data + "\"}]]}}")
                        .get("description")
                        .asText())
                .contains("BUTTON_DATA_INVALID");
        assertThat(call("editMessageText", "{\"chat_id\":7,\"message_id\":99,\"text\":\"x\"}")
                        .get("description")
                        .asText())
                .isEqualTo("Bad Request: message to edit not found");
        assertThat(call("sendMessage", "{\"chat_id\":8,\"text\":\"x\"}")
                        .get("error_code")
                        .asInt())
                .isEqualTo(400);

        assertThat(telegram.violations()).hasSize(5);
        assertThat(telegram.messages(7)).isEmpty();
    }

    @Test
    void overTheLimitsIsA429WithRetryAfter() throws Exception {
        telegram.user(7, "Anna").sends("/start");

        assertThat(call("sendMessage", "{\"chat_id\":7,\"text\":\"one\"}")
                        .get("ok")
                        .asBoolean())
                .isTrue();
        JsonNode second = call("sendMessage", "{\"chat_id\":7,\"text\":\"two\"}");

        assertThat(second.get("error_code").asInt()).isEqualTo(429);
        assertThat(second.at("/parameters/retry_after").asInt()).isEqualTo(1);
        assertThat(second.get("description").asText()).isEqualTo("Too Many Requests: retry after 1");
        assertThat(telegram.rateLimited()).isEqualTo(1);
    }

    @Test
    void photosArriveAsMultipartWithTheirCaption() throws Exception {
        telegram.user(7, "Anna").sends("/start");
        String boundary = "----fake-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n7\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n<b>Chart</b> ✓\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"parse_mode\"\r\n\r\nHTML\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"c.png\"\r\n"
                + "Content-Type: image/png\r\n\r\nPNGDATA\r\n--" + boundary + "--\r\n";
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(telegram.baseUrl() + "/bot" + telegram.token() + "/sendPhoto"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();

        JsonNode answer = JSON.readTree(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body());

        assertThat(answer.get("ok").asBoolean()).as(answer.toString()).isTrue();
        assertThat(telegram.messages(7)).singleElement().satisfies(m -> {
            assertThat(m.photo()).isTrue();
            assertThat(m.text()).isEqualTo("Chart ✓");
        });
    }

    @Test
    void aWrongTokenIsUnauthorized() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(telegram.baseUrl() + "/bot1:wrong/getMe"))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }
}
