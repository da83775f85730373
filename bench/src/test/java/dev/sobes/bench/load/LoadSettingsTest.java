package dev.sobes.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The load driver's options, as someone running it types them. */
class LoadSettingsTest {

    @Test
    void withTheLimitsOnTheShippedLauncherRunsAndWithThemOffTheUnthrottledBot() {
        assertThat(LoadSettings.parse(List.of()).bot()).isEqualTo("launcher");
        assertThat(LoadSettings.parse(List.of("--limits", "off")).bot()).isEqualTo("unthrottled");
        assertThat(LoadSettings.parse(List.of("--limits", "off", "--bot", "launcher"))
                        .bot())
                .isEqualTo("launcher");
    }

    @Test
    void optionsAreReadWithTheirValues() {
        LoadSettings settings = LoadSettings.parse(List.of(
                "--people",
                "3",
                "--questions",
                "4",
                "--think-ms",
                "250",
                "--bot-jvm",
                "-Xmx256m  -Xss512k",
                "--histogram"));

        assertThat(settings.people()).isEqualTo(3);
        assertThat(settings.questions()).isEqualTo(4);
        assertThat(settings.think().toMillis()).isEqualTo(250);
        assertThat(settings.botJvm()).containsExactly("-Xmx256m", "-Xss512k");
        assertThat(settings.histogram()).isTrue();
        assertThat(settings.maxRun().toSeconds()).isEqualTo(300);
    }

    @Test
    void anUnknownOptionIsRefusedWithTheUsage() {
        assertThatThrownBy(() -> LoadSettings.parse(List.of("--users", "5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown option --users")
                .hasMessageContaining("--people N");
        assertThatThrownBy(() -> LoadSettings.parse(List.of("--limits", "maybe")))
                .hasMessageContaining("on or off");
    }
}
