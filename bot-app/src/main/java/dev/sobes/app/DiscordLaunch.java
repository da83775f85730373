package dev.sobes.app;

import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.store.InMemoryProgressStore;
import dev.sobes.core.store.InMemorySessionStore;
import dev.sobes.discord.DiscordBot;
import dev.sobes.discord.DiscordSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
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

    static int run(Map<String, String> env, PrintStream out, PrintStream err) throws IOException {
        DiscordSettings settings;
        try {
            settings = DiscordSettings.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            throw new SettingException(String.valueOf(e.getMessage()), e);
        }
        Path contentDir = Path.of(env.getOrDefault("SOBES_CONTENT_DIR", "content"));
        if (!Files.isDirectory(contentDir)) {
            err.println("The content folder " + contentDir.toAbsolutePath()
                    + " does not exist. Set SOBES_CONTENT_DIR to the folder that holds the question packs.");
            return Sobes.EXIT_CONFIG;
        }
        Content.Loaded content = Content.load(contentDir);
        content.problems().forEach(err::println);
        QuestionBank bank = content.bank();
        if (bank.questionCount() == 0) {
            err.println("No questions could be loaded from " + contentDir.toAbsolutePath() + ".");
            return Sobes.EXIT_CONFIG;
        }
        InMemoryProgressStore progress = new InMemoryProgressStore();
        Engine engine = new Engine(
                () -> bank,
                new InMemorySessionStore(),
                progress,
                Clock.systemUTC(),
                new SecureRandom().nextLong(),
                new ActionCodec(actionSecret(env, err)));
        DiscordBot bot;
        try {
            bot = DiscordBot.start(settings, engine::handle, () -> bank, progress::language);
        } catch (InvalidTokenException e) {
            err.println(
                    "Discord refused the bot token. Check SOBES_DISCORD_TOKEN (Developer Portal → your app → Bot).");
            return Sobes.EXIT_CONFIG;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            err.println("Could not connect to Discord: " + cause.getMessage());
            return EXIT_UNREACHABLE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            bot.close();
                            out.println("Discord bot stopped.");
                            out.flush();
                            stopped.countDown();
                        },
                        "sobes-discord-shutdown"));
        try {
            bot.awaitReady();
            out.println("Sobes is on Discord, running shards " + bot.shardIds() + ". Stop it with Ctrl-C.");
            stopped.await();
        } catch (IllegalStateException e) {
            err.println("Discord closed the connection: " + e.getMessage()
                    + " If it names intents, enable the Message Content intent in the Developer Portal"
                    + " or unset SOBES_DISCORD_MESSAGE_CONTENT.");
            bot.close();
            return Sobes.EXIT_CONFIG;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * The secret that signs button actions. Shared by every process of a deployment and kept
     * across restarts ({@code SOBES_ACTION_SECRET}), buttons on old messages keep working.
     */
    private static byte[] actionSecret(Map<String, String> env, PrintStream err) {
        String configured = env.get("SOBES_ACTION_SECRET");
        if (configured != null && !configured.isBlank()) {
            byte[] secret = configured.strip().getBytes(StandardCharsets.UTF_8);
            if (secret.length < 16) {
                throw new SettingException(
                        "SOBES_ACTION_SECRET must be at least 16 characters long.", new IllegalArgumentException());
            }
            return secret;
        }
        err.println("SOBES_ACTION_SECRET is not set: buttons on messages sent before a restart will stop working.");
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}
