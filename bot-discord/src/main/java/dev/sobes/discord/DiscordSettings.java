package dev.sobes.discord;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How to run the Discord bot. {@link #toString()} never shows the token.
 *
 * @param token the bot token from the Discord developer portal
 * @param commands where slash commands are registered: one guild (they appear at once; for
 *     development) or globally (they reach every server and DMs)
 * @param guildId with guild commands, the guild to register them in; null registers them in every
 *     guild the bot is in
 * @param shardsTotal the total number of shards, or 0 for the number Discord recommends
 * @param shardMin the first shard this process runs (with {@code shardsTotal} set)
 * @param shardMax the last shard this process runs (with {@code shardsTotal} set)
 * @param apiUrl a REST base URL other than Discord's, ending in {@code /api/v10/} (tests, proxies);
 *     with it the gateway is used without compression
 * @param messageContent whether the privileged Message Content intent is enabled for the bot, so
 *     plain messages in its practice threads are read as answers
 */
public record DiscordSettings(
        String token,
        CommandScope commands,
        @Nullable Long guildId,
        int shardsTotal,
        int shardMin,
        int shardMax,
        @Nullable String apiUrl,
        boolean messageContent) {

    /** Where slash commands are registered. */
    public enum CommandScope {
        GUILD,
        GLOBAL
    }

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{20,200}");

    public DiscordSettings {
        if (!TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException(
                    "SOBES_DISCORD_TOKEN does not look like a bot token (letters, digits, '.', '_' and '-').");
        }
        if (shardsTotal < 0) {
            throw new IllegalArgumentException("SOBES_DISCORD_SHARDS_TOTAL must be 1 or more (or unset).");
        }
        if (shardsTotal > 0 && (shardMin < 0 || shardMax < shardMin || shardMax >= shardsTotal)) {
            throw new IllegalArgumentException("The shard range " + shardMin + ".." + shardMax
                    + " does not fit " + shardsTotal
                    + " shards: SOBES_DISCORD_SHARD_MIN and _MAX must be between 0 and "
                    + (shardsTotal - 1) + ", MIN not above MAX.");
        }
        if (apiUrl != null && !apiUrl.matches("https?://.+/")) {
            throw new IllegalArgumentException("SOBES_DISCORD_API_URL must be an http(s) URL ending in '/'.");
        }
    }

    /** Global commands, every shard Discord recommends, Discord's own API. */
    public static DiscordSettings of(String token) {
        return new DiscordSettings(token, CommandScope.GLOBAL, null, 0, 0, 0, null, false);
    }

    /** Whether the environment asks for the Discord bot. */
    public static boolean requested(Map<String, String> env) {
        String token = env.get("SOBES_DISCORD_TOKEN");
        return token != null && !token.isBlank();
    }

    /**
     * Reads {@code SOBES_DISCORD_*} settings. Throws {@link IllegalArgumentException} with a
     * message that names the setting (never the token's value) when one is wrong.
     */
    public static DiscordSettings fromEnvironment(Map<String, String> env) {
        String token = env.getOrDefault("SOBES_DISCORD_TOKEN", "").strip();
        if (token.isEmpty()) {
            throw new IllegalArgumentException("SOBES_DISCORD_TOKEN is not set.");
        }
        String scope =
                env.getOrDefault("SOBES_DISCORD_COMMANDS", "global").strip().toLowerCase(Locale.ROOT);
        CommandScope commands = switch (scope) {
            case "guild" -> CommandScope.GUILD;
            case "global", "" -> CommandScope.GLOBAL;
            default ->
                throw new IllegalArgumentException(
                        "SOBES_DISCORD_COMMANDS must be guild or global, not \"" + scope + "\".");
        };
        Long guildId = snowflake(env, "SOBES_DISCORD_GUILD_ID");
        int total = number(env, "SOBES_DISCORD_SHARDS_TOTAL", 0);
        int min = number(env, "SOBES_DISCORD_SHARD_MIN", 0);
        int max = number(env, "SOBES_DISCORD_SHARD_MAX", total > 0 ? total - 1 : 0);
        if (total == 0 && (env.containsKey("SOBES_DISCORD_SHARD_MIN") || env.containsKey("SOBES_DISCORD_SHARD_MAX"))) {
            throw new IllegalArgumentException(
                    "SOBES_DISCORD_SHARD_MIN and _MAX need SOBES_DISCORD_SHARDS_TOTAL, so every process agrees on it.");
        }
        String apiUrl = env.get("SOBES_DISCORD_API_URL");
        if (apiUrl != null && apiUrl.isBlank()) {
            apiUrl = null;
        }
        String content = env.getOrDefault("SOBES_DISCORD_MESSAGE_CONTENT", "false")
                .strip()
                .toLowerCase(Locale.ROOT);
        if (!content.equals("true") && !content.equals("false")) {
            throw new IllegalArgumentException("SOBES_DISCORD_MESSAGE_CONTENT must be true or false.");
        }
        return new DiscordSettings(token, commands, guildId, total, min, max, apiUrl, content.equals("true"));
    }

    private static @Nullable Long snowflake(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseUnsignedLong(value.strip());
            if (id == 0) {
                throw new NumberFormatException();
            }
            return id;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a Discord id (a number), not \"" + value + "\".", e);
        }
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, 0 or more, not \"" + value + "\".", e);
        }
    }

    @Override
    public String toString() {
        return "DiscordSettings[token=(hidden), commands=" + commands + ", guildId=" + guildId + ", shards="
                + (shardsTotal == 0 ? "recommended" : shardMin + ".." + shardMax + " of " + shardsTotal)
                + ", apiUrl=" + apiUrl + ", messageContent=" + messageContent + "]";
    }
}
