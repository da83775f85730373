package dev.sobes.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * How the bot reaches Telegram.
 *
 * @param token the bot's token from @BotFather; never printed (see {@link #toString()})
 * @param mode how updates arrive
 * @param apiUrl the Bot API server: {@code https://api.telegram.org}, or a self-hosted one
 *     ({@code scheme://host[:port]}, no path)
 * @param webhook where Telegram delivers updates in webhook mode; null in polling mode
 * @param limits the outbound queue's limits
 * @param requestTimeout how long one Bot API call (other than a long poll) may take
 * @param pollTimeout how long one long poll waits for updates at Telegram
 * @param shutdownGrace how long {@link TelegramBot#close()} waits for queued replies to go out
 * @param workers how many chats are handled at once
 */
public record TelegramSettings(
        String token,
        Mode mode,
        URI apiUrl,
        @Nullable Webhook webhook,
        OutboxLimits limits,
        Duration requestTimeout,
        Duration pollTimeout,
        Duration shutdownGrace,
        int workers) {

    /** Telegram's own Bot API server. */
    public static final URI TELEGRAM_API = URI.create("https://api.telegram.org");

    private static final Pattern TOKEN = Pattern.compile("\\d{1,20}:[A-Za-z0-9_-]{20,80}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

    /** How updates arrive. */
    public enum Mode {
        /** The bot asks Telegram for updates (getUpdates); works behind any firewall. */
        POLLING,
        /** Telegram posts updates to an HTTPS endpoint of the bot (setWebhook). */
        WEBHOOK;

        public static Mode parse(String text) {
            return switch (text.trim().toLowerCase(Locale.ROOT)) {
                case "polling", "poll", "long-polling" -> POLLING;
                case "webhook" -> WEBHOOK;
                default -> throw new IllegalArgumentException("the mode is polling or webhook, not \"" + text + "\"");
            };
        }
    }

    /**
     * The webhook endpoint.
     *
     * @param publicUrl the HTTPS address Telegram posts to (usually a reverse proxy in front of
     *     this process); its path is the path the endpoint serves
     * @param bindHost the address the endpoint listens on
     * @param port the port the endpoint listens on (0 picks a free one)
     * @param secret the secret Telegram sends in {@code X-Telegram-Bot-Api-Secret-Token}; requests
     *     without it are refused
     * @param deleteOnStop whether {@link TelegramBot#close()} deletes the webhook at Telegram. Off by
     *     default: several processes behind one load balancer share the webhook, and one of them
     *     stopping (a rolling restart) must not stop updates for the others. A single process may
     *     turn it on to leave nothing registered once it is gone.
     */
    public record Webhook(URI publicUrl, String bindHost, int port, String secret, boolean deleteOnStop) {
        public Webhook {
            Objects.requireNonNull(publicUrl, "publicUrl");
            if (publicUrl.getScheme() == null || publicUrl.getHost() == null) {
                throw new IllegalArgumentException("the webhook URL needs a scheme and a host: " + publicUrl);
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("the webhook port must be 0 to 65535, not " + port);
            }
            if (!SECRET.matcher(secret).matches()) {
                throw new IllegalArgumentException(
                        "the webhook secret must be 1 to 256 characters of A-Z, a-z, 0-9, _ and -");
            }
        }

        /** A webhook left registered when the bot stops. */
        public Webhook(URI publicUrl, String bindHost, int port, String secret) {
            this(publicUrl, bindHost, port, secret, false);
        }

        public Webhook withDeleteOnStop(boolean value) {
            return new Webhook(publicUrl, bindHost, port, secret, value);
        }

        /** The path the endpoint serves: the public URL's path, or "/". */
        public String path() {
            String path = publicUrl.getPath();
            return path == null || path.isEmpty() ? "/" : path;
        }

        @Override
        public String toString() {
            return "Webhook[publicUrl=" + publicUrl + ", bindHost=" + bindHost + ", port=" + port
                    + ", secret=***, deleteOnStop=" + deleteOnStop + "]";
        }
    }

    public TelegramSettings {
        Objects.requireNonNull(mode, "mode");
        if (!TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException(
                    "the bot token does not look like one from @BotFather (digits, a colon, then letters)");
        }
        String scheme = apiUrl.getScheme();
        if (scheme == null
                || !(scheme.equals("https") || scheme.equals("http"))
                || apiUrl.getHost() == null
                || !(apiUrl.getPath() == null
                        || apiUrl.getPath().isEmpty()
                        || apiUrl.getPath().equals("/"))) {
            throw new IllegalArgumentException(
                    "the Bot API URL must be http(s)://host[:port] with no path, not " + apiUrl);
        }
        if (mode == Mode.WEBHOOK && webhook == null) {
            throw new IllegalArgumentException("webhook mode needs the webhook's URL, port and secret");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
    }

    /** Long polling against Telegram's servers with Telegram's limits. */
    public static TelegramSettings polling(String token) {
        return new TelegramSettings(
                token,
                Mode.POLLING,
                TELEGRAM_API,
                null,
                OutboxLimits.telegram(),
                Duration.ofSeconds(15),
                Duration.ofSeconds(50),
                Duration.ofSeconds(10),
                8);
    }

    public TelegramSettings withApiUrl(URI value) {
        return new TelegramSettings(
                token, mode, value, webhook, limits, requestTimeout, pollTimeout, shutdownGrace, workers);
    }

    public TelegramSettings withWebhook(Webhook value) {
        return new TelegramSettings(
                token, Mode.WEBHOOK, apiUrl, value, limits, requestTimeout, pollTimeout, shutdownGrace, workers);
    }

    public TelegramSettings withLimits(OutboxLimits value) {
        return new TelegramSettings(
                token, mode, apiUrl, webhook, value, requestTimeout, pollTimeout, shutdownGrace, workers);
    }

    public TelegramSettings withTimeouts(Duration request, Duration poll, Duration grace) {
        return new TelegramSettings(token, mode, apiUrl, webhook, limits, request, poll, grace, workers);
    }

    /** The port of {@link #apiUrl}, with the scheme's default when it names none. */
    int apiPort() {
        int port = apiUrl.getPort();
        if (port > 0) {
            return port;
        }
        return "http".equals(apiUrl.getScheme()) ? 80 : 443;
    }

    /** Everything but the token, which must never reach a log. */
    @Override
    public String toString() {
        return "TelegramSettings[token=***, mode=" + mode + ", apiUrl=" + apiUrl + ", webhook=" + webhook
                + ", limits=" + limits + ", requestTimeout=" + requestTimeout + ", pollTimeout=" + pollTimeout
                + ", shutdownGrace=" + shutdownGrace + ", workers=" + workers + "]";
    }
}
