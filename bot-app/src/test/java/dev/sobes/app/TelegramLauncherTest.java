package dev.sobes.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sobes.telegram.TelegramSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class TelegramLauncherTest {
    private static final Map<String, String> WEBHOOK = Map.of(
            "SOBES_TELEGRAM_TOKEN", "123456789:AAExampleTokenExampleTokenExample",
            "SOBES_TELEGRAM_MODE", "webhook",
            "SOBES_TELEGRAM_WEBHOOK_URL", "https://bot.example.com/telegram",
            "SOBES_TELEGRAM_WEBHOOK_SECRET", "a-long-random-string");

    @Test
    void theWebhookIsLeftRegisteredOnStopUnlessAskedToDeleteIt() {
        assertThat(webhook(WEBHOOK).deleteOnStop()).isFalse();
        assertThat(webhook(with("false")).deleteOnStop()).isFalse();
        assertThat(webhook(with(" TRUE ")).deleteOnStop()).isTrue();
        assertThatThrownBy(() -> TelegramLauncher.settings(with("yes")))
                .isInstanceOf(SettingException.class)
                .hasMessageContaining("SOBES_TELEGRAM_WEBHOOK_DELETE_ON_STOP must be true or false");
    }

    @Test
    void theSettingIsKnown() {
        assertThat(Settings.load(with("true"), null).warnings()).isEmpty();
    }

    private static Map<String, String> with(String deleteOnStop) {
        Map<String, String> env = new HashMap<>(WEBHOOK);
        env.put("SOBES_TELEGRAM_WEBHOOK_DELETE_ON_STOP", deleteOnStop);
        return env;
    }

    private static TelegramSettings.Webhook webhook(Map<String, String> env) {
        return Objects.requireNonNull(TelegramLauncher.settings(env).webhook());
    }
}
