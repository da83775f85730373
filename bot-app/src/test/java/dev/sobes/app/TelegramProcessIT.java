package dev.sobes.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.testkit.telegram.FakeTelegram;
import dev.sobes.testkit.telegram.FakeUser;
import dev.sobes.testkit.telegram.SentMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The packaged launcher on Telegram (against the fake), alone and together with the terminal. */
class TelegramProcessIT {

    private static Map<String, String> env(FakeTelegram telegram) {
        return Map.of(
                "SOBES_CONTENT_DIR", ConsolePracticeIT.MINI,
                "SOBES_TELEGRAM_TOKEN", telegram.token(),
                "SOBES_TELEGRAM_API_URL", telegram.baseUrl());
    }

    @Test
    void withATokenTheLauncherServesTelegramUntilStopped() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.builder().start();
                TerminalProcess sobes = TerminalProcess.start(env(telegram))) {
            FakeUser anna = telegram.user(7, "Anna").language("en");
            anna.sends("/start");
            SentMessage menu = anna.dm().awaitReply(m -> m.hasButton("Practice"));
            assertThat(menu.text()).startsWith("Welcome to Sobes");
            assertThat(telegram.commands("ru")).extracting(c -> c.command()).contains("practice", "stop");
            assertThat(telegram.commands("")).isNotEmpty();

            int exit = sobes.terminate();

            assertThat(exit).as(sobes.stderr()).isIn(0, 143);
            assertThat(sobes.stderr())
                    .contains("Sobes is on Telegram as @" + telegram.botUsername())
                    .contains("stopped")
                    .doesNotContain(telegram.token());
            assertThat(telegram.violations()).isEmpty();
        }
    }

    @Test
    void oneProcessServesTheTerminalAndTelegramTogether() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.builder().start();
                TerminalProcess sobes = TerminalProcess.start(env(telegram), "console")) {
            assertThat(sobes.screen()).contains("Welcome to Sobes");
            FakeUser anna = telegram.user(7, "Anna").language("en");
            anna.sends("/practice mini channels junior");
            anna.dm().awaitReply(m -> m.text().contains("question 1"));

            assertThat(sobes.type("/help")).contains("/practice");
            sobes.send("/quit");

            assertThat(sobes.finish()).isZero();
            assertThat(sobes.stderr()).doesNotContain(telegram.token());
        }
    }

    @Test
    void aBadTelegramSettingIsRefusedWithTheSettingToFix() throws Exception {
        try (TerminalProcess sobes = TerminalProcess.start(
                Map.of(
                        "SOBES_CONTENT_DIR", ConsolePracticeIT.MINI,
                        "SOBES_TELEGRAM_TOKEN", "123:short-secret",
                        "SOBES_TELEGRAM_API_URL", "http://127.0.0.1:9"),
                "serve")) {
            assertThat(sobes.finish()).isEqualTo(2);
            assertThat(sobes.stderr()).contains("SOBES_TELEGRAM_TOKEN").doesNotContain("short-secret");
        }
    }
}
