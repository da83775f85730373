package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DiscordSettingsTest {
    private static final String TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.secret_part-of-the-token";

    private static Map<String, String> env(String... pairs) {
        Map<String, String> env = new HashMap<>();
        env.put("SOBES_DISCORD_TOKEN", TOKEN);
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void fromEnvironment_defaultsToGlobalCommandsAndDiscordsShardCount() {
        DiscordSettings settings = DiscordSettings.fromEnvironment(env());
        assertThat(settings.commands()).isEqualTo(DiscordSettings.CommandScope.GLOBAL);
        assertThat(settings.shardsTotal()).isZero();
        assertThat(settings.apiUrl()).isNull();
        assertThat(settings.messageContent()).isFalse();
    }

    @Test
    void fromEnvironment_readsEverySetting() {
        DiscordSettings settings = DiscordSettings.fromEnvironment(env(
                "SOBES_DISCORD_COMMANDS", "guild",
                "SOBES_DISCORD_GUILD_ID", "1234567890123",
                "SOBES_DISCORD_SHARDS_TOTAL", "4",
                "SOBES_DISCORD_SHARD_MIN", "2",
                "SOBES_DISCORD_SHARD_MAX", "3",
                "SOBES_DISCORD_API_URL", "http://127.0.0.1:9/api/v10/",
                "SOBES_DISCORD_MESSAGE_CONTENT", "true"));
        assertThat(settings.commands()).isEqualTo(DiscordSettings.CommandScope.GUILD);
        assertThat(settings.guildId()).isEqualTo(1234567890123L);
        assertThat(settings.shardsTotal()).isEqualTo(4);
        assertThat(settings.shardMin()).isEqualTo(2);
        assertThat(settings.shardMax()).isEqualTo(3);
        assertThat(settings.messageContent()).isTrue();
    }

    @Test
    void fromEnvironment_aShardRangeOutsideTheTotalIsExplained() {
        assertThatThrownBy(() -> DiscordSettings.fromEnvironment(env(
                        "SOBES_DISCORD_SHARDS_TOTAL",
                        "2",
                        "SOBES_DISCORD_SHARD_MIN",
                        "1",
                        "SOBES_DISCORD_SHARD_MAX",
                        "2")))
                .hasMessageContaining("SOBES_DISCORD_SHARD_MIN");
        assertThatThrownBy(() -> DiscordSettings.fromEnvironment(env("SOBES_DISCORD_SHARD_MIN", "1")))
                .hasMessageContaining("SOBES_DISCORD_SHARDS_TOTAL");
    }

    @Test
    void fromEnvironment_badValuesAreNamed() {
        assertThatThrownBy(() -> DiscordSettings.fromEnvironment(env("SOBES_DISCORD_COMMANDS", "everywhere")))
                .hasMessageContaining("SOBES_DISCORD_COMMANDS");
        assertThatThrownBy(() -> DiscordSettings.fromEnvironment(env("SOBES_DISCORD_GUILD_ID", "my server")))
                .hasMessageContaining("SOBES_DISCORD_GUILD_ID");
        assertThatThrownBy(() -> DiscordSettings.fromEnvironment(env("SOBES_DISCORD_SHARDS_TOTAL", "-1")))
                .hasMessageContaining("SOBES_DISCORD_SHARDS_TOTAL");
    }

    @Test
    void theTokenNeverShows() {
        DiscordSettings settings = DiscordSettings.fromEnvironment(env());
        assertThat(settings.toString()).doesNotContain(TOKEN).doesNotContain("secret_part");
        Map<String, String> bad = env();
        bad.put("SOBES_DISCORD_TOKEN", "not a token but a secret with spaces");
        assertThatThrownBy(() -> DiscordSettings.fromEnvironment(bad))
                .hasMessageContaining("SOBES_DISCORD_TOKEN")
                .message()
                .doesNotContain("secret with spaces");
    }

    @Test
    void requested_onlyWithAToken() {
        assertThat(DiscordSettings.requested(Map.of())).isFalse();
        assertThat(DiscordSettings.requested(Map.of("SOBES_DISCORD_TOKEN", " ")))
                .isFalse();
        assertThat(DiscordSettings.requested(env())).isTrue();
    }
}
