package dev.sobes.app;

import dev.sobes.discord.DiscordBot;
import dev.sobes.discord.DiscordSettings;
import java.io.PrintStream;
import java.util.Map;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;

/**
 * Runs Sobes as a Discord bot until the process is told to stop (SIGTERM, Ctrl-C), then shuts
 * down gracefully. Settings are {@code SOBES_DISCORD_*} environment variables; the token is never
 * printed.
 */
final class DiscordLaunch {
    /** Exit code when Discord cannot be reached; running again later may work. */
    static final int EXIT_UNREACHABLE = 1;

    private DiscordLaunch() {}

    /** Whether the environment asks for the Discord bot (a token is set). */
    static boolean requested(Map<String, String> env) {
        return DiscordSettings.requested(env);
    }

    /**
     * Connects the Discord bot over the shared services and waits until it is ready. A refused
     * token or a setting that is wrong is a {@link SettingException}; Discord out of reach is one
     * too, with the address that failed.
     */
    static DiscordBot start(Map<String, String> env, Services services, PrintStream err) {
        DiscordSettings settings;
        try {
            settings = DiscordSettings.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw new SettingException(String.valueOf(e.getMessage()), e);
        }
        DiscordBot bot;
        try {
            // The shared packs for the pack names offered as one types: own packs are not offered to others.
            bot = DiscordBot.start(settings, services.front, services.library::shared, services.store::language);
        } catch (InvalidTokenException e) {
            throw new SettingException(
                    "Discord refused the bot token. Check SOBES_DISCORD_TOKEN (Developer Portal → your app → Bot).", e);
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new SettingException(
                    "Could not connect to Discord: " + cause.getMessage() + " (SOBES_DISCORD_API_URL, network)", e);
        }
        try {
            bot.awaitReady();
        } catch (IllegalStateException e) {
            bot.close();
            throw new SettingException(
                    "Discord closed the connection: " + e.getMessage()
                            + " If it names intents, enable the Message Content intent in the Developer Portal"
                            + " or unset SOBES_DISCORD_MESSAGE_CONTENT.",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            bot.close();
            throw new SettingException("Interrupted while connecting to Discord.", e);
        }
        return bot;
    }
}
