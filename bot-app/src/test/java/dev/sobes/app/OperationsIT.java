package dev.sobes.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sobes.testkit.telegram.FakeTelegram;
import dev.sobes.testkit.telegram.FakeUser;
import dev.sobes.testkit.telegram.Fault;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The packaged launcher serving Telegram (the fake) with its operations endpoint, as a service manager runs it. */
class OperationsIT {
    private static final Pattern ENDPOINT = Pattern.compile("Operations endpoint: http://[^:]+:(\\d+)/health");
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void healthAndMetricsAnswerWhileServingAndSigtermStopsCleanlyWithoutShowingTheToken() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.builder().start();
                TerminalProcess sobes = TerminalProcess.start(serving(telegram, Map.of()))) {
            int port = port(sobes);
            FakeUser anna = telegram.user(7, "Anna").language("en");
            // Telegram refuses the first reply once; it still arrives, and /metrics counts the 429.
            telegram.failNext("sendMessage", Fault.tooManyRequests(1));
            anna.sends("/start");
            anna.dm().awaitReply(m -> m.hasButton("Practice"));

            HttpResponse<String> health = get(port, "/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body())
                    .contains("\"database\":\"up\"")
                    .contains("\"telegram\":\"up\"")
                    .contains("\"status\":\"up\"");

            try (TerminalProcess probe =
                    TerminalProcess.start(Map.of("SOBES_HTTP_PORT", String.valueOf(port)), "health")) {
                assertThat(probe.finish()).as(probe.stderr()).isZero();
                assertThat(probe.stdout()).contains("\"status\":\"up\"");
            }

            HttpResponse<String> metrics = get(port, "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(metrics.body())
                    .contains("sobes_updates_received_total{kind=\"command\",platform=\"telegram\"} 1.0")
                    .contains("sobes_replies_sent_total{platform=\"telegram\"}")
                    .contains("sobes_update_latency_seconds_count{outcome=\"ok\",platform=\"telegram\"} 1")
                    .contains("sobes_inputs_in_flight")
                    .contains("sobes_sessions_active 1.0")
                    .contains("sobes_rate_limited_total{platform=\"telegram\"} 1.0")
                    .contains("sobes_replies_queued{platform=\"telegram\"} 0.0");
            assertThat(get(port, "/nothing").statusCode()).isEqualTo(404);

            int exit = sobes.terminate();

            assertThat(exit).as(sobes.stderr()).isIn(0, 143);
            assertThat(sobes.stderr()).contains("event=stopping").contains("Sobes stopped.");
            String everything = sobes.stdout() + sobes.stderr() + health.body() + metrics.body();
            assertThat(everything).doesNotContain(telegram.token());
            assertThat(everything)
                    .doesNotContain(telegram.token().substring(telegram.token().indexOf(':') + 1));
        }
    }

    @Test
    void healthSaysTelegramIsDownWhileTheBotApiIsOutOfReach() throws Exception {
        FakeTelegram telegram = FakeTelegram.builder().start();
        boolean closed = false;
        try (TerminalProcess sobes = TerminalProcess.start(serving(telegram, Map.of()))) {
            int port = port(sobes);
            FakeUser anna = telegram.user(7, "Anna").language("en");
            anna.sends("/start");
            anna.dm().awaitReply(m -> m.hasButton("Practice"));
            assertThat(get(port, "/health").statusCode()).isEqualTo(200);

            telegram.close();
            closed = true;

            HttpResponse<String> health = get(port, "/health");
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (health.statusCode() == 200 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                health = get(port, "/health");
            }
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"telegram\":\"down\"").contains("\"database\":\"up\"");
            assertThat(sobes.terminate()).as(sobes.stderr()).isIn(0, 143);
        } finally {
            if (!closed) {
                telegram.close();
            }
        }
    }

    @Test
    void aStopWaitsForQueuedRepliesAsLongAsTheShutdownSettingSays() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (FakeTelegram telegram = FakeTelegram.builder().start();
                TerminalProcess sobes =
                        TerminalProcess.start(serving(telegram, Map.of("SOBES_SHUTDOWN_SECONDS", "2")))) {
            port(sobes);
            FakeUser anna = telegram.user(7, "Anna").language("en");
            // Telegram holds the reply: it is in flight when the stop comes.
            telegram.failNext("sendMessage", Fault.held(release));
            anna.sends("/start");
            telegram.await(() -> telegram.faultsLeft() == 0, "the reply being sent");

            assertThat(sobes.terminate()).as(sobes.stderr()).isIn(0, 143);

            assertThat(sobes.stderr())
                    .contains("Telegram calls were still queued after 2 s")
                    .contains("Sobes stopped.");
        } finally {
            release.countDown();
        }
    }

    @Test
    void logsCanBeJsonOneObjectALine() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.builder().start();
                TerminalProcess sobes = TerminalProcess.start(serving(telegram, Map.of("SOBES_LOG_FORMAT", "json")))) {
            port(sobes);
            FakeUser anna = telegram.user(7, "Anna").language("en");
            anna.sends("/start");
            anna.dm().awaitReply(m -> m.hasButton("Practice"));
            assertThat(sobes.terminate()).as(sobes.stderr()).isIn(0, 143);

            ObjectMapper json = new ObjectMapper();
            List<JsonNode> events = new ArrayList<>();
            for (String line : sobes.stderr().lines().toList()) {
                if (line.startsWith("{")) {
                    events.add(json.readTree(line));
                }
            }
            assertThat(events).extracting(e -> e.path("level").asText()).contains("INFO");
            assertThat(events)
                    .extracting(e -> e.path("formattedMessage").asText())
                    .anyMatch(m -> m.matches("event=platform_started platform=telegram username=\\w+"))
                    .anyMatch(m -> m.equals("event=stopping grace_seconds=20"))
                    .noneMatch(m -> m.contains("{}"));
            assertThat(sobes.stderr()).doesNotContain(telegram.token());
        }
    }

    @Test
    void anUnknownLogFormatIsRefusedAtStartUp() throws Exception {
        try (TerminalProcess sobes = TerminalProcess.start(
                Map.of("SOBES_CONTENT_DIR", ConsolePracticeIT.MINI, "SOBES_LOG_FORMAT", "xml"), "serve")) {
            assertThat(sobes.finish()).isEqualTo(2);
            assertThat(sobes.stderr()).contains("SOBES_LOG_FORMAT must be text or json, not \"xml\"");
        }
    }

    /** The settings of a process serving the fake Telegram with its endpoint on a free port, and {@code more}. */
    static Map<String, String> serving(FakeTelegram telegram, Map<String, String> more) {
        Map<String, String> env = new HashMap<>(more);
        env.put("SOBES_CONTENT_DIR", ConsolePracticeIT.MINI);
        env.put("SOBES_TELEGRAM_TOKEN", telegram.token());
        env.put("SOBES_TELEGRAM_API_URL", telegram.baseUrl());
        env.put("SOBES_HTTP_PORT", "0");
        env.put("SOBES_HTTP_BIND", "127.0.0.1");
        return env;
    }

    static int port(TerminalProcess sobes) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = ENDPOINT.matcher(sobes.stderr());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no operations endpoint announced; stderr:\n" + sobes.stderr());
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
