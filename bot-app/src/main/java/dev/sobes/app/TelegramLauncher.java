package dev.sobes.app;

import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Reply;
import dev.sobes.telegram.OutboxLimits;
import dev.sobes.telegram.TelegramBot;
import dev.sobes.telegram.TelegramSettings;
import dev.sobes.telegram.TelegramStartException;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Runs Sobes on Telegram when {@code SOBES_TELEGRAM_TOKEN} is set. Settings (environment):
 *
 * <ul>
 *   <li>{@code SOBES_TELEGRAM_TOKEN}: the bot's token from @BotFather
 *   <li>{@code SOBES_TELEGRAM_MODE}: {@code polling} (default) or {@code webhook}
 *   <li>{@code SOBES_TELEGRAM_API_URL}: the Bot API server (default {@code https://api.telegram.org})
 *   <li>{@code SOBES_TELEGRAM_WEBHOOK_URL}, {@code _PORT} (8080), {@code _SECRET} (random),
 *       {@code _BIND} (0.0.0.0): the webhook endpoint, in webhook mode
 *   <li>{@code SOBES_TELEGRAM_WEBHOOK_DELETE_ON_STOP}: {@code true} deletes the webhook when the
 *       process stops (one process only); {@code false} (default) leaves it for the others
 * </ul>
 */
final class TelegramLauncher {
    static final String TOKEN = "SOBES_TELEGRAM_TOKEN";
    static final String DELETE_ON_STOP = "SOBES_TELEGRAM_WEBHOOK_DELETE_ON_STOP";

    private TelegramLauncher() {}

    static boolean configured(Map<String, String> env) {
        String token = env.get(TOKEN);
        return token != null && !token.isBlank();
    }

    /**
     * Starts the Telegram bot over the engine; a refused token or address is a setting to fix.
     *
     * @param grace how long a stop waits for queued replies to go out
     */
    static TelegramBot start(Map<String, String> env, Function<Input, List<Reply>> engine, Duration grace) {
        TelegramSettings configured = settings(env);
        TelegramSettings settings =
                configured.withTimeouts(configured.requestTimeout(), configured.pollTimeout(), grace);
        try {
            return TelegramBot.start(settings, engine);
        } catch (TelegramStartException e) {
            throw new SettingException(e.getMessage() + " (" + TOKEN + ", SOBES_TELEGRAM_API_URL)", e);
        }
    }

    static TelegramSettings settings(Map<String, String> env) {
        String token = env.getOrDefault(TOKEN, "").strip();
        TelegramSettings settings;
        try {
            settings = TelegramSettings.polling(token).withLimits(OutboxLimits.telegram());
        } catch (IllegalArgumentException e) {
            throw new SettingException(TOKEN + ": " + e.getMessage() + ".", e);
        }
        String api = env.get("SOBES_TELEGRAM_API_URL");
        if (api != null && !api.isBlank()) {
            try {
                settings = settings.withApiUrl(URI.create(api.strip()));
            } catch (IllegalArgumentException e) {
                throw new SettingException("SOBES_TELEGRAM_API_URL: " + e.getMessage() + ".", e);
            }
        }
        TelegramSettings.Mode mode;
        try {
            mode = TelegramSettings.Mode.parse(env.getOrDefault("SOBES_TELEGRAM_MODE", "polling"));
        } catch (IllegalArgumentException e) {
            throw new SettingException("SOBES_TELEGRAM_MODE: " + e.getMessage() + ".", e);
        }
        if (mode == TelegramSettings.Mode.WEBHOOK) {
            settings = settings.withWebhook(webhook(env));
        }
        return settings;
    }

    private static TelegramSettings.Webhook webhook(Map<String, String> env) {
        String url = env.get("SOBES_TELEGRAM_WEBHOOK_URL");
        if (url == null || url.isBlank()) {
            throw new SettingException(
                    "SOBES_TELEGRAM_WEBHOOK_URL: webhook mode needs the public HTTPS address Telegram posts to"
                            + " (for example https://bot.example.com/telegram).",
                    null);
        }
        String port = env.getOrDefault("SOBES_TELEGRAM_WEBHOOK_PORT", "8080").strip();
        String deleteOnStop = env.getOrDefault(DELETE_ON_STOP, "").strip().toLowerCase(Locale.ROOT);
        if (!deleteOnStop.isEmpty() && !deleteOnStop.equals("true") && !deleteOnStop.equals("false")) {
            throw new SettingException(
                    DELETE_ON_STOP + " must be true or false, not \"" + env.get(DELETE_ON_STOP) + "\".");
        }
        String secret = env.get("SOBES_TELEGRAM_WEBHOOK_SECRET");
        if (secret == null || secret.isBlank()) {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            secret = HexFormat.of().formatHex(random);
        }
        try {
            return new TelegramSettings.Webhook(
                    URI.create(url.strip()),
                    env.getOrDefault("SOBES_TELEGRAM_WEBHOOK_BIND", "0.0.0.0").strip(),
                    Integer.parseInt(port),
                    secret.strip(),
                    deleteOnStop.equals("true"));
        } catch (NumberFormatException e) {
            throw new SettingException("SOBES_TELEGRAM_WEBHOOK_PORT must be a port number, not \"" + port + "\".", e);
        } catch (IllegalArgumentException e) {
            throw new SettingException("SOBES_TELEGRAM_WEBHOOK_*: " + e.getMessage() + ".", e);
        }
    }
}
