package dev.sobes.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class TelegramSettingsTest {
    private static final String TOKEN = "123456789:AAExampleTokenExampleTokenExample";

    @Test
    void theTokenNeverShowsInTheSettingsText() {
        TelegramSettings settings = TelegramSettings.polling(TOKEN)
                .withWebhook(
                        new TelegramSettings.Webhook(URI.create("https://bot.example/tg"), "0.0.0.0", 8443, "shh"));

        assertThat(settings.toString())
                .doesNotContain("AAExample")
                .doesNotContain("shh")
                .contains("token=***");
    }

    @Test
    void aMalformedTokenIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> TelegramSettings.polling("my-secret-token"))
                .hasMessageContaining("does not look like")
                .hasMessageNotContaining("my-secret-token");
    }

    @Test
    void theBotApiUrlIsSchemeHostAndPortOnly() {
        TelegramSettings selfHosted = TelegramSettings.polling(TOKEN).withApiUrl(URI.create("http://10.0.0.5:8081"));
        assertThat(selfHosted.apiPort()).isEqualTo(8081);
        assertThat(TelegramSettings.polling(TOKEN).apiPort()).isEqualTo(443);

        assertThatThrownBy(() -> TelegramSettings.polling(TOKEN).withApiUrl(URI.create("https://host/prefix")))
                .hasMessageContaining("no path");
    }

    @Test
    void webhookSettingsAreChecked() {
        assertThatThrownBy(() ->
                        new TelegramSettings.Webhook(URI.create("https://x/hook"), "0.0.0.0", 8443, "bad secret!"))
                .hasMessageContaining("secret");
        assertThat(new TelegramSettings.Webhook(URI.create("https://x"), "0.0.0.0", 0, "ok").path())
                .isEqualTo("/");
        assertThat(TelegramSettings.Mode.parse("Webhook")).isEqualTo(TelegramSettings.Mode.WEBHOOK);
        assertThatThrownBy(() -> TelegramSettings.Mode.parse("push")).hasMessageContaining("polling or webhook");
    }
}
