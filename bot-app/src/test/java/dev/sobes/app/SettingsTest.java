package dev.sobes.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path temp;

    @Test
    void administratorsAreReadAsPeopleOfTheirPlatforms() {
        Settings settings = Settings.of(Map.of("SOBES_ADMINS", "telegram:123, discord:456 console:alice"));
        assertThat(settings.admins())
                .containsExactly(
                        new PersonId(Platform.TELEGRAM, "123"),
                        new PersonId(Platform.DISCORD, "456"),
                        new PersonId(Platform.CONSOLE, "alice"));
    }

    @Test
    void aWrongAdministratorIsNamedWithTheFormToUse() {
        assertThatThrownBy(() -> Settings.of(Map.of("SOBES_ADMINS", "slack:1")).admins())
                .isInstanceOf(SettingException.class)
                .hasMessageContaining("SOBES_ADMINS")
                .hasMessageContaining("telegram:123456789");
    }

    @Test
    void theEndpointPortIsOnlyWhenAskedForAndOffTurnsItOff() {
        assertThat(Settings.of(Map.of()).httpPort(null)).isNull();
        assertThat(Settings.of(Map.of()).httpPort(8081)).isEqualTo(8081);
        assertThat(Settings.of(Map.of("SOBES_HTTP_PORT", "off")).httpPort(8081)).isNull();
        assertThat(Settings.of(Map.of("SOBES_HTTP_PORT", "9000")).httpPort(null))
                .isEqualTo(9000);
        assertThatThrownBy(() -> Settings.of(Map.of("SOBES_HTTP_PORT", "70000")).httpPort(null))
                .hasMessageContaining("SOBES_HTTP_PORT must be a port number");
    }

    @Test
    void theShutdownGraceHasADefaultAndALimit() {
        assertThat(Settings.of(Map.of()).shutdownTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThatThrownBy(() ->
                        Settings.of(Map.of("SOBES_SHUTDOWN_SECONDS", "601")).shutdownTimeout())
                .hasMessageContaining("SOBES_SHUTDOWN_SECONDS");
    }

    @Test
    void theEnvironmentWinsOverTheFileAndTyposAreReported() throws Exception {
        Path file = temp.resolve("sobes.env");
        Files.writeString(
                file, "export SOBES_LANG='ru'\nSOBES_SEED=5\nSOBES_TELEGRAM_TOKN=x\n", StandardCharsets.UTF_8);
        Settings settings = Settings.load(Map.of("SOBES_LANG", "en"), file);
        assertThat(settings.language()).isEqualTo("en");
        assertThat(settings.get("SOBES_SEED")).isEqualTo("5");
        assertThat(settings.warnings())
                .singleElement()
                .asString()
                .contains("SOBES_TELEGRAM_TOKN")
                .contains("did you mean SOBES_TELEGRAM_TOKEN?")
                .doesNotContain("=x");
    }

    @Test
    void aLineThatIsNotASettingIsNamedWithItsLine() throws Exception {
        Path file = temp.resolve("sobes.env");
        Files.writeString(file, "# comment\nSOBES_LANG\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Settings.load(Map.of(), file)).hasMessageContaining("sobes.env:2:");
    }
}
