package dev.sobes.testkit.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What a load driver sees of the bot's messages: each one once, in the order sent, and nothing else. */
class ArrivalsTest {

    @Test
    void everyMessageTheBotSendsArrivesOnceAndTheUsersOwnDoNot() throws Exception {
        List<Arrivals.Arrival> seen = new CopyOnWriteArrayList<>();
        try (FakeTelegram telegram =
                FakeTelegram.builder().limits(RateLimits.none()).start()) {
            Arrivals arrivals = Arrivals.watch(telegram, seen::add);
            FakeUser anna = telegram.user(7, "Anna");
            FakeUser boris = telegram.user(8, "Boris");
            anna.sends("/start");
            boris.sends("/start");
            HttpClient http = HttpClient.newHttpClient();
            for (String body : List.of(
                    "{\"chat_id\":7,\"text\":\"one\"}",
                    "{\"chat_id\":8,\"text\":\"two\"}",
                    "{\"chat_id\":7,\"text\":\"three\"}")) {
                http.send(
                        HttpRequest.newBuilder(
                                        URI.create(telegram.baseUrl() + "/bot" + telegram.token() + "/sendMessage"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
            }

            telegram.await(() -> seen.size() >= 3, "three arrivals");

            assertThat(seen)
                    .extracting(a -> a.message().chatId() + ":" + a.message().text())
                    .containsExactly("7:one", "8:two", "7:three");
            assertThat(seen.get(0).seenAtNanos())
                    .isLessThanOrEqualTo(seen.get(2).seenAtNanos());
            arrivals.close();
        }
    }
}
