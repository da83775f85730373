package dev.sobes.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.testkit.telegram.FakeTelegram;
import dev.sobes.testkit.telegram.FakeUser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher run as the container image runs it: with the Dockerfile's settings (its
 * /data volume and /app/content mapped to folders here), its command, and its health check.
 */
class ContainerLayoutIT {
    private static final Pattern ENV_LINE = Pattern.compile("(SOBES_[A-Z_]+)=(\\S+)");

    @TempDir
    Path data;

    @Test
    void theImagesSettingsServeKeepDataOnTheVolumeAndAnswerTheHealthCheck() throws Exception {
        String dockerfile = Files.readString(TerminalProcess.repo().resolve("Dockerfile"), StandardCharsets.UTF_8);
        assertThat(dockerfile)
                .contains("USER sobes")
                .contains("VOLUME [\"/data\"]")
                .contains("HEALTHCHECK");
        assertThat(dockerfile).contains("CMD [\"serve\"]").contains("\"health\"]");
        Map<String, String> env = new HashMap<>();
        Matcher m = ENV_LINE.matcher(dockerfile);
        while (m.find()) {
            env.put(
                    m.group(1),
                    m.group(2).replace("/app/content", ConsolePracticeIT.MINI).replace("/data", data.toString()));
        }
        assertThat(env).containsKeys("SOBES_DB_PATH", "SOBES_CONTENT_DIR", "SOBES_HTTP_PORT");
        // The image listens on 8081; here any free port does, as another process may hold 8081.
        env.put("SOBES_HTTP_PORT", "0");
        env.put("SOBES_HTTP_BIND", "127.0.0.1");
        try (FakeTelegram telegram = FakeTelegram.builder().start()) {
            env.put("SOBES_TELEGRAM_TOKEN", telegram.token());
            env.put("SOBES_TELEGRAM_API_URL", telegram.baseUrl());
            try (TerminalProcess sobes = TerminalProcess.start(env, "serve")) {
                FakeUser anna = telegram.user(7, "Anna").language("en");
                anna.sends("/start");
                anna.dm().awaitReply(reply -> reply.hasButton("Practice"));
                int port = OperationsIT.port(sobes);
                try (TerminalProcess health = TerminalProcess.start(
                        Map.of("SOBES_HTTP_PORT", String.valueOf(port)),
                        List.of("health").toArray(String[]::new))) {
                    assertThat(health.finish()).isZero();
                }
                assertThat(sobes.terminate()).isIn(0, 143);
                assertThat(sobes.stderr()).contains("Sobes stopped.").doesNotContain(telegram.token());
            }
        }
        assertThat(data.resolve("sobes.db")).isRegularFile();
    }
}
