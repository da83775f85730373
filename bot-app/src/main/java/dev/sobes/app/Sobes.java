package dev.sobes.app;

import dev.sobes.app.console.ConsoleAdapter;
import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.storage.Database;
import dev.sobes.storage.SqlStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The launcher. With no platform configured it opens practice in the terminal. */
public final class Sobes {
    /** Exit code for a problem with the settings or the content the person can fix. */
    static final int EXIT_CONFIG = 2;

    private Sobes() {}

    public static void main(String[] args) throws IOException {
        // Libraries log through SLF4J; in a terminal only their warnings belong on screen.
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(List.of(args), System.getenv(), out, err));
    }

    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) throws IOException {
        String command = args.isEmpty() ? (DiscordLaunch.requested(env) ? "discord" : "console") : args.get(0);
        try {
            return dispatch(command, args.isEmpty() ? List.of() : args.subList(1, args.size()), env, out, err);
        } catch (SettingException e) {
            err.println(e.getMessage());
            return EXIT_CONFIG;
        }
    }

    private static int dispatch(
            String command, List<String> rest, Map<String, String> env, PrintStream out, PrintStream err)
            throws IOException {
        switch (command) {
            case "console", "run" -> {
                return console(env, out, err);
            }
            case "validate" -> {
                return ContentCommands.validate(rest, env, out, err);
            }
            case "import" -> {
                return ContentCommands.importNotes(rest, env, out, err);
            }
            case "discord" -> {
                return DiscordLaunch.run(env, out, err);
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
                Usage: sobes [console | discord | validate [DIR] | import NOTES.md --pack ID]
                  console              practise interview questions in this terminal (the default)
                  discord              run the Discord bot (the default when SOBES_DISCORD_TOKEN is set)
                  validate [DIR]       check the question packs in DIR (default: the content folder);
                                       exit code 0 when all are valid, 1 when any has errors
                  import NOTES.md --pack ID [--level junior|middle|senior]
                                       turn Markdown notes into a question pack in the content folder;
                                       headings are questions, the text under them the answer,
                                       bullet items the key points

                Settings (environment variables):
                  SOBES_CONTENT_DIR   the folder of question packs (default: ./content)
                  SOBES_LANG          the interface language, ru or en (default: from LANG)
                  SOBES_SEED          a number that fixes the order of questions (default: random)
                  SOBES_DB_PATH       the SQLite file that keeps progress (default: data/sobes.db)
                  SOBES_DATABASE_URL  a PostgreSQL JDBC URL, to keep progress there instead
                  SOBES_DATABASE_USER, SOBES_DATABASE_PASSWORD   who to connect to PostgreSQL as""";
    }

    private static int console(Map<String, String> env, PrintStream out, PrintStream err) throws IOException {
        Path contentDir = Path.of(env.getOrDefault("SOBES_CONTENT_DIR", "content"));
        if (!Files.isDirectory(contentDir)) {
            err.println("The content folder " + contentDir.toAbsolutePath()
                    + " does not exist. Set SOBES_CONTENT_DIR to the folder that holds the question packs.");
            return EXIT_CONFIG;
        }
        Content.Loaded content = Content.load(contentDir);
        for (String problem : content.problems()) {
            err.println(problem);
        }
        QuestionBank bank = content.bank();
        if (bank.questionCount() == 0) {
            err.println("No questions could be loaded from " + contentDir.toAbsolutePath() + ".");
            return EXIT_CONFIG;
        }
        long seed = seed(env);
        Database database = Storage.database(env);
        try (SqlStore store = Storage.open(database, Clock.systemUTC())) {
            // The secret lives in the database, so buttons shown before a restart still work after it.
            Engine engine =
                    new Engine(() -> bank, store, Clock.systemUTC(), seed, new ActionCodec(store.actionSecret()));
            // The conversation is keyed by the user name, so the next run resumes the same session.
            String user = env.getOrDefault("USER", System.getProperty("user.name", "me"));
            String language = env.getOrDefault("SOBES_LANG", env.getOrDefault("LANG", ""));
            boolean ansi = attachedToTerminal() && env.get("NO_COLOR") == null && !"dumb".equals(env.get("TERM"));
            ConsoleAdapter console = new ConsoleAdapter(
                    engine, user.isBlank() ? "me" : user, language, ansi, Storage.filesFolder(database));
            try (Wakeups wakeups = new Wakeups(store, engine, Clock.systemUTC(), console::deliver)) {
                wakeups.start(Duration.ofSeconds(1));
                console.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
            }
        }
        return 0;
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
}
