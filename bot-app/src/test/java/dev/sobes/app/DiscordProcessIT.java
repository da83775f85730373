package dev.sobes.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.testkit.discord.FakeDiscord;
import dev.sobes.testkit.discord.FakeMessage;
import dev.sobes.testkit.discord.FakeUser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The packaged launcher as a Discord bot against the fake Discord: starts, answers, stops on SIGTERM. */
class DiscordProcessIT {
    private static final Pattern ENDPOINT = Pattern.compile("Operations endpoint: http://[^:]+:(\\d+)/health");

    @Test
    void theLauncherRunsTheBotUntilItIsStoppedAndNeverShowsTheToken() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            FakeUser alice = discord.addUser("alice", "en-US");
            Run run = start(Map.of(
                    "SOBES_DISCORD_TOKEN",
                    discord.token(),
                    "SOBES_DISCORD_API_URL",
                    discord.restUrl(),
                    "SOBES_HTTP_PORT",
                    "0",
                    "SOBES_HTTP_BIND",
                    "127.0.0.1"));
            Process process = run.process();
            try {
                discord.awaitCommands(null);
                discord.awaitShards(1);
                // Discord refuses the first answer once; the reply still arrives, and /metrics counts the 429.
                discord.rateLimitNext("POST", "interactions/\\d+/[^/]+/callback", 1);
                alice.runs(alice.dm(), "/help");
                FakeMessage help = alice.dm().awaitReply(m -> m.text().contains("Commands"));
                assertThat(help.text()).contains("/practice");
                Matcher endpoint = ENDPOINT.matcher(run.output());
                assertThat(endpoint.find()).as(run.output()).isTrue();
                HttpResponse<String> metrics = HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + endpoint.group(1) + "/metrics"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                assertThat(metrics.body())
                        .contains("sobes_rate_limited_total{platform=\"discord\"} 1.0")
                        .contains("sobes_replies_queued{platform=\"discord\"}")
                        .contains("sobes_updates_received_total{kind=\"command\",platform=\"discord\"} 1.0");
            } finally {
                process.destroy();
            }
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            discord.awaitShards(0);
            String output = run.output();
            assertThat(output).contains("Sobes is on Discord").contains("Sobes stopped.");
            assertThat(output).doesNotContain(discord.token());
            assertThat(discord.rejections()).isEmpty();
        }
    }

    @Test
    void healthSaysDiscordIsDownWhileTheGatewayIsOutOfReach() throws Exception {
        Run run;
        int port;
        try (FakeDiscord discord = FakeDiscord.start()) {
            run = start(Map.of(
                    "SOBES_DISCORD_TOKEN",
                    discord.token(),
                    "SOBES_DISCORD_API_URL",
                    discord.restUrl(),
                    "SOBES_HTTP_PORT",
                    "0",
                    "SOBES_HTTP_BIND",
                    "127.0.0.1"));
            discord.awaitCommands(null);
            discord.awaitShards(1);
            port = port(run);
            HttpResponse<String> up = get(port, "/health");
            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(up.body()).contains("\"discord\":\"up\"");
        }
        Process process = run.process();
        try {
            // The fake Discord is gone: the shard loses its gateway and keeps trying to come back.
            HttpResponse<String> down = get(port, "/health");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (down.statusCode() == 200 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                down = get(port, "/health");
            }
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(down.body()).contains("\"discord\":\"down\"").contains("\"database\":\"up\"");
        } finally {
            process.destroy();
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    private static int port(Run run) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher endpoint = ENDPOINT.matcher(run.output());
            if (endpoint.find()) {
                return Integer.parseInt(endpoint.group(1));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no operations endpoint announced:\n" + run.output());
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aWrongTokenIsReportedWithoutShowingIt() throws Exception {
        try (FakeDiscord discord = FakeDiscord.start()) {
            String wrong = "Wr0ng.t0ken-value_that-discord-refuses";
            Run run = start(Map.of("SOBES_DISCORD_TOKEN", wrong, "SOBES_DISCORD_API_URL", discord.restUrl()));
            Process process = run.process();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = run.output();
            assertThat(process.exitValue()).as(output).isEqualTo(Sobes.EXIT_CONFIG);
            assertThat(output).contains("Discord refused the bot token").doesNotContain(wrong);
        }
    }

    @Test
    void aBadSettingIsNamed() throws Exception {
        Run run = start(
                Map.of("SOBES_DISCORD_TOKEN", "a.valid-looking.token_1234567890", "SOBES_DISCORD_COMMANDS", "both"));
        assertThat(run.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(run.process().exitValue()).isEqualTo(Sobes.EXIT_CONFIG);
        assertThat(run.output()).contains("SOBES_DISCORD_COMMANDS must be guild or global");
    }

    /** A started process whose output goes to a file, so a full pipe never blocks it. */
    private record Run(Process process, Path log) {
        String output() throws IOException {
            return Files.readString(log, StandardCharsets.UTF_8);
        }
    }

    private static Run start(Map<String, String> env) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(TerminalProcess.jar().toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("SOBES_"));
        builder.environment()
                .put(
                        "SOBES_CONTENT_DIR",
                        TerminalProcess.repo().resolve("content").toString());
        builder.environment().putAll(env);
        Path database = Files.createTempFile("sobes-discord", ".db");
        Files.delete(database);
        database.toFile().deleteOnExit();
        builder.environment().put("SOBES_DB_PATH", database.toString());
        Path output = Files.createTempFile("sobes-discord", ".log");
        output.toFile().deleteOnExit();
        builder.redirectErrorStream(true);
        builder.redirectOutput(output.toFile());
        return new Run(builder.start(), output);
    }
}
