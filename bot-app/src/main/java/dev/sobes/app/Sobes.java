package dev.sobes.app;

import dev.sobes.app.console.ConsoleAdapter;
import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.store.InMemoryProgressStore;
import dev.sobes.core.store.InMemorySessionStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The launcher. With no platform configured it opens practice in the terminal. */
public final class Sobes {
    /** Exit code for a problem with the settings or the content the person can fix. */
    static final int EXIT_CONFIG = 2;

    private Sobes() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(List.of(args), System.getenv(), out, err));
    }

    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) throws IOException {
        String command = args.isEmpty() ? (TelegramLauncher.configured(env) ? "serve" : "console") : args.get(0);
        try {
            return dispatch(command, env, out, err);
        } catch (SettingException e) {
            err.println(e.getMessage());
            return EXIT_CONFIG;
        }
    }

    private static int dispatch(String command, Map<String, String> env, PrintStream out, PrintStream err)
            throws IOException {
        switch (command) {
            case "console", "run" -> {
                return console(env, out, err);
            }
            case "serve" -> {
                return serve(env, err);
            }
            case "--help", "-h", "help" -> {
                out.println(usage());
                return 0;
            }
            default -> {
                err.println("Unknown command \"" + command + "\".");
                err.println(usage());
                return EXIT_CONFIG;
            }
        }
    }

    private static String usage() {
        return """
                Usage: sobes [console | serve]
                  console   practise interview questions in this terminal (the default without a bot token);
                            with SOBES_TELEGRAM_TOKEN set, the Telegram bot runs alongside
                  serve     run the chat bots until stopped (the default with SOBES_TELEGRAM_TOKEN set)

                Settings (environment variables):
                  SOBES_CONTENT_DIR   the folder of question packs (default: ./content)
                  SOBES_LANG          the interface language, ru or en (default: from LANG)
                  SOBES_SEED          a number that fixes the order of questions (default: random)
                  SOBES_TELEGRAM_TOKEN, SOBES_TELEGRAM_MODE (polling | webhook), SOBES_TELEGRAM_API_URL,
                  SOBES_TELEGRAM_WEBHOOK_URL, _PORT, _SECRET, _BIND: the Telegram bot (see README.md)""";
    }

    private static int console(Map<String, String> env, PrintStream out, PrintStream err) throws IOException {
        Engine engine = engine(env, err);
        if (engine == null) {
            return EXIT_CONFIG;
        }
        String user = env.getOrDefault("USER", System.getProperty("user.name", "me"));
        String language = env.getOrDefault("SOBES_LANG", env.getOrDefault("LANG", ""));
        boolean ansi = attachedToTerminal() && env.get("NO_COLOR") == null && !"dumb".equals(env.get("TERM"));
        Runnable stopTelegram = TelegramLauncher.startIfConfigured(env, engine, err);
        try {
            new ConsoleAdapter(engine, user.isBlank() ? "me" : user, language, ansi)
                    .run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
        } finally {
            stopTelegram.run();
        }
        return 0;
    }

    private static int serve(Map<String, String> env, PrintStream err) throws IOException {
        if (!TelegramLauncher.configured(env)) {
            err.println("No chat platform is configured: set " + TelegramLauncher.TOKEN
                    + " to the token @BotFather gave your bot (see README.md, Telegram).");
            return EXIT_CONFIG;
        }
        Engine engine = engine(env, err);
        if (engine == null) {
            return EXIT_CONFIG;
        }
        TelegramLauncher.serveUntilStopped(env, engine, err);
        return 0;
    }

    /** The engine over the content folder's packs, or null (with the problem printed) when there are none. */
    private static @Nullable Engine engine(Map<String, String> env, PrintStream err) throws IOException {
        Path contentDir = Path.of(env.getOrDefault("SOBES_CONTENT_DIR", "content"));
        if (!Files.isDirectory(contentDir)) {
            err.println("The content folder " + contentDir.toAbsolutePath()
                    + " does not exist. Set SOBES_CONTENT_DIR to the folder that holds the question packs.");
            return null;
        }
        Content.Loaded content = Content.load(contentDir);
        for (String problem : content.problems()) {
            err.println(problem);
        }
        QuestionBank bank = content.bank();
        if (bank.questionCount() == 0) {
            err.println("No questions could be loaded from " + contentDir.toAbsolutePath() + ".");
            return null;
        }
        return new Engine(
                () -> bank,
                new InMemorySessionStore(),
                new InMemoryProgressStore(),
                Clock.systemUTC(),
                seed(env),
                new ActionCodec(secret()));
    }

    // Sobes targets Java 17, where a null console is exactly how a run without a terminal shows.
    @SuppressWarnings("SystemConsoleNull")
    private static boolean attachedToTerminal() {
        return System.console() != null;
    }

    private static long seed(Map<String, String> env) {
        String fixed = env.get("SOBES_SEED");
        if (fixed != null) {
            try {
                return Long.parseLong(fixed.trim());
            } catch (NumberFormatException e) {
                throw new SettingException("SOBES_SEED must be a whole number, not \"" + fixed + "\".", e);
            }
        }
        return new SecureRandom().nextLong();
    }

    private static byte[] secret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}
