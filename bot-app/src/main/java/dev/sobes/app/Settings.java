package dev.sobes.app;

import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The launcher's settings: environment variables, and optionally a file of {@code NAME=value}
 * lines named by {@code SOBES_CONFIG_FILE} (or {@code --config}); the environment wins over the
 * file. Every setting is described in docs/configuration.md. A value that is wrong stops start-up
 * with a {@link SettingException} that names the setting and what it should be.
 */
final class Settings {
    static final String CONFIG_FILE = "SOBES_CONFIG_FILE";
    static final String HTTP_PORT = "SOBES_HTTP_PORT";
    static final String HTTP_BIND = "SOBES_HTTP_BIND";
    static final String ADMINS = "SOBES_ADMINS";
    static final String SHUTDOWN_SECONDS = "SOBES_SHUTDOWN_SECONDS";
    static final String CONTENT_DIR = "SOBES_CONTENT_DIR";
    static final String LANG = "SOBES_LANG";
    static final String LOG_FORMAT = "SOBES_LOG_FORMAT";

    /** The port of the operations endpoint when serving chat platforms and none is set. */
    static final int DEFAULT_HTTP_PORT = 8081;

    /** Every setting the launcher and its adapters read. */
    static final List<String> KNOWN = List.of(
            CONFIG_FILE,
            CONTENT_DIR,
            LANG,
            LOG_FORMAT,
            "SOBES_SEED",
            Storage.DB_PATH,
            Storage.DATABASE_URL,
            Storage.DATABASE_USER,
            Storage.DATABASE_PASSWORD,
            ADMINS,
            HTTP_PORT,
            HTTP_BIND,
            SHUTDOWN_SECONDS,
            "SOBES_TELEGRAM_TOKEN",
            "SOBES_TELEGRAM_MODE",
            "SOBES_TELEGRAM_API_URL",
            "SOBES_TELEGRAM_WEBHOOK_URL",
            "SOBES_TELEGRAM_WEBHOOK_PORT",
            "SOBES_TELEGRAM_WEBHOOK_BIND",
            "SOBES_TELEGRAM_WEBHOOK_SECRET",
            TelegramLauncher.DELETE_ON_STOP,
            "SOBES_DISCORD_TOKEN",
            "SOBES_DISCORD_COMMANDS",
            "SOBES_DISCORD_GUILD_ID",
            "SOBES_DISCORD_SHARDS_TOTAL",
            "SOBES_DISCORD_SHARD_MIN",
            "SOBES_DISCORD_SHARD_MAX",
            "SOBES_DISCORD_MESSAGE_CONTENT",
            "SOBES_DISCORD_API_URL");

    private final Map<String, String> values;
    private final List<String> warnings;

    private Settings(Map<String, String> values, List<String> warnings) {
        this.values = Map.copyOf(values);
        this.warnings = List.copyOf(warnings);
    }

    /** The settings of this environment, with the file it names (or {@code configFile}) under it. */
    static Settings load(Map<String, String> env, @Nullable Path configFile) {
        Map<String, String> merged = new LinkedHashMap<>();
        String named = env.get(CONFIG_FILE);
        Path file =
                configFile != null ? configFile : (named == null || named.isBlank() ? null : Path.of(named.strip()));
        if (file != null) {
            merged.putAll(readFile(file));
        }
        merged.putAll(env);
        List<String> warnings = new ArrayList<>();
        for (String name : merged.keySet()) {
            if (name.startsWith("SOBES_") && !name.startsWith("SOBES_TEST_") && !KNOWN.contains(name)) {
                String closest = KNOWN.stream()
                        .min(Comparator.comparingInt(known -> distance(known, name)))
                        .orElse("");
                warnings.add("Unknown setting " + name + " is ignored"
                        + (distance(closest, name) <= 3 ? " (did you mean " + closest + "?)" : "")
                        + "; docs/configuration.md lists every setting.");
            }
        }
        return new Settings(merged, warnings);
    }

    static Settings of(Map<String, String> values) {
        return new Settings(values, List.of());
    }

    private static Map<String, String> readFile(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SettingException(
                    "The settings file " + file.toAbsolutePath() + " (" + CONFIG_FILE + " or --config) cannot be read: "
                            + e.getMessage() + ".",
                    e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new SettingException(
                        file + ":" + (i + 1) + ": expected NAME=value, as in SOBES_LANG=en (" + CONFIG_FILE + ").");
            }
            String value = line.substring(eq + 1).strip();
            if (value.length() >= 2
                    && ((value.startsWith("\"") && value.endsWith("\""))
                            || (value.startsWith("'") && value.endsWith("'")))) {
                value = value.substring(1, value.length() - 1);
            }
            values.put(line.substring(0, eq).strip(), value);
        }
        return values;
    }

    /**
     * Checks every setting the launcher reads itself, so a wrong one stops the start before anything
     * opens; the platforms check theirs as they start.
     */
    Settings check() {
        language();
        httpPort(null);
        shutdownTimeout();
        admins();
        String format = get(LOG_FORMAT);
        if (format != null && !format.equals("text") && !format.equals("json")) {
            throw new SettingException(LOG_FORMAT + " must be text or json, not \"" + format + "\".", null);
        }
        String seed = get("SOBES_SEED");
        if (seed != null) {
            try {
                Long.parseLong(seed);
            } catch (NumberFormatException e) {
                throw new SettingException("SOBES_SEED must be a whole number, not \"" + seed + "\".", e);
            }
        }
        return this;
    }

    /** Every value, for the code that reads its own settings (the platform adapters). */
    Map<String, String> asMap() {
        return values;
    }

    List<String> warnings() {
        return warnings;
    }

    @Nullable
    String get(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    String get(String name, String fallback) {
        String value = get(name);
        return value == null ? fallback : value;
    }

    /** The interface language for the terminal, checked: ru or en (or from LANG). */
    String language() {
        String lang = get(LANG);
        if (lang != null) {
            String code = lang.toLowerCase(Locale.ROOT);
            if (!code.equals("ru") && !code.equals("en")) {
                throw new SettingException(LANG + " must be ru or en, not \"" + lang + "\".");
            }
            return code;
        }
        return get("LANG", "");
    }

    Path contentDir() {
        return Path.of(get(CONTENT_DIR, "content"));
    }

    /**
     * The operations endpoint's port: {@code fallback} when unset, empty when {@code off} (or when
     * unset and {@code fallback} is null).
     */
    @Nullable
    Integer httpPort(@Nullable Integer fallback) {
        String port = get(HTTP_PORT);
        if (port == null) {
            return fallback;
        }
        if (port.equalsIgnoreCase("off")) {
            return null;
        }
        try {
            int value = Integer.parseInt(port);
            if (value < 0 || value > 65_535) {
                throw new NumberFormatException(port);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new SettingException(
                    HTTP_PORT + " must be a port number (0 picks a free one) or off, not \"" + port + "\".", e);
        }
    }

    String httpBind() {
        return get(HTTP_BIND, "0.0.0.0");
    }

    /** How long a stop waits for replies in flight. */
    Duration shutdownTimeout() {
        String seconds = get(SHUTDOWN_SECONDS);
        if (seconds == null) {
            return Duration.ofSeconds(20);
        }
        try {
            int value = Integer.parseInt(seconds);
            if (value < 1 || value > 600) {
                throw new NumberFormatException(seconds);
            }
            return Duration.ofSeconds(value);
        } catch (NumberFormatException e) {
            throw new SettingException(
                    SHUTDOWN_SECONDS + " must be a number of seconds from 1 to 600, not \"" + seconds + "\".", e);
        }
    }

    /** The administrators: {@code telegram:123,discord:456}. */
    Set<PersonId> admins() {
        String list = get(ADMINS);
        Set<PersonId> admins = new LinkedHashSet<>();
        if (list == null) {
            return admins;
        }
        for (String item : list.split("[,\\s]+", -1)) {
            if (item.isBlank()) {
                continue;
            }
            admins.add(person(item, ADMINS));
        }
        return admins;
    }

    /** A person named as {@code platform:user-id}, such as {@code telegram:123}. */
    static PersonId person(String text, String what) {
        int colon = text.indexOf(':');
        String platform = colon < 0 ? "" : text.substring(0, colon).toLowerCase(Locale.ROOT);
        String id = colon < 0 ? "" : text.substring(colon + 1).strip();
        for (Platform p : Platform.values()) {
            if (p.code().equals(platform) && !id.isEmpty()) {
                return new PersonId(p, id);
            }
        }
        throw new SettingException(what + ": \"" + text + "\" is not a person; write platform:user-id, such as"
                + " telegram:123456789 or discord:80351110224678912 (platforms: telegram, discord, console).");
    }

    /** Edit distance, for suggesting the setting a typo meant. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
