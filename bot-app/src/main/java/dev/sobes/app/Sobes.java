package dev.sobes.app;

import dev.sobes.app.console.ConsoleAdapter;
import dev.sobes.core.chat.Platform;
import dev.sobes.discord.DiscordBot;
import dev.sobes.telegram.TelegramBot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The launcher. With no bot token configured it opens practice in the terminal; with a Telegram
 * or Discord token it serves those platforms until it is stopped.
 */
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
        String command = args.isEmpty() ? (anyBot(env) ? "serve" : "console") : args.get(0);
        try {
            return dispatch(command, args.isEmpty() ? List.of() : args.subList(1, args.size()), env, out, err);
        } catch (SettingException e) {
            err.println(e.getMessage());
            return EXIT_CONFIG;
        }
    }

    private static boolean anyBot(Map<String, String> env) {
        return TelegramLauncher.configured(env) || DiscordLaunch.requested(env);
    }

    private static int dispatch(
            String command, List<String> rest, Map<String, String> env, PrintStream out, PrintStream err)
            throws IOException {
        switch (command) {
            case "console", "run" -> {
                return console(env, out, err);
            }
            case "serve" -> {
                return serve(env, err);
            }
            case "validate" -> {
                return ContentCommands.validate(rest, env, out, err);
            }
            case "import" -> {
                return ContentCommands.importNotes(rest, env, out, err);
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
                Usage: sobes [console | serve | validate [DIR] | import NOTES.md --pack ID]
                  console              practise interview questions in this terminal (the default without
                                       a bot token); configured bots run alongside
                  serve                run the configured chat bots until stopped (the default with a token)
                  validate [DIR]       check the question packs in DIR (default: the content folder);
                                       exit code 0 when all are valid, 1 when any has errors
                  import NOTES.md --pack ID [--level junior|middle|senior]
                                       turn Markdown notes into a question pack in the content folder;
                                       headings are questions, the text under them the answer,
                                       bullet items the key points

                Settings (environment variables; README.md has them all):
                  SOBES_CONTENT_DIR   the folder of question packs (default: ./content)
                  SOBES_LANG          the interface language, ru or en (default: from LANG)
                  SOBES_SEED          a number that fixes the order of questions (default: random)
                  SOBES_DB_PATH       the SQLite file that keeps progress (default: data/sobes.db)
                  SOBES_DATABASE_URL  a PostgreSQL JDBC URL, to keep progress there instead
                  SOBES_DATABASE_USER, SOBES_DATABASE_PASSWORD   who to connect to PostgreSQL as
                  SOBES_TELEGRAM_TOKEN, SOBES_TELEGRAM_MODE (polling | webhook), SOBES_TELEGRAM_API_URL,
                  SOBES_TELEGRAM_WEBHOOK_URL, _PORT, _SECRET, _BIND: the Telegram bot
                  SOBES_DISCORD_TOKEN, SOBES_DISCORD_COMMANDS (guild | global), SOBES_DISCORD_GUILD_ID,
                  SOBES_DISCORD_SHARDS_TOTAL, _SHARD_MIN, _SHARD_MAX, SOBES_DISCORD_MESSAGE_CONTENT: Discord""";
    }

    private static int console(Map<String, String> env, PrintStream out, PrintStream err) throws IOException {
        try (Services services = Services.open(env, err)) {
            if (services == null) {
                return EXIT_CONFIG;
            }
            // The conversation is keyed by the user name, so the next run resumes the same session.
            String user = env.getOrDefault("USER", System.getProperty("user.name", "me"));
            String language = env.getOrDefault("SOBES_LANG", env.getOrDefault("LANG", ""));
            boolean ansi = attachedToTerminal() && env.get("NO_COLOR") == null && !"dumb".equals(env.get("TERM"));
            ConsoleAdapter console = new ConsoleAdapter(
                    services.engine,
                    user.isBlank() ? "me" : user,
                    language,
                    ansi,
                    Storage.filesFolder(services.database));
            Outlets outlets = new Outlets().to(Platform.CONSOLE, console::deliver);
            try (Bots bots = Bots.start(env, services, outlets, err);
                    Wakeups wakeups = new Wakeups(services.store, services.engine, services.clock, outlets::deliver)) {
                wakeups.start(Duration.ofSeconds(1));
                bots.announce(err, "while you practise here");
                console.run(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)), out);
            }
        }
        return 0;
    }

    private static int serve(Map<String, String> env, PrintStream err) throws IOException {
        if (!anyBot(env)) {
            err.println("No chat platform is configured: set " + TelegramLauncher.TOKEN
                    + " (the token @BotFather gave your bot) or SOBES_DISCORD_TOKEN (see README.md).");
            return EXIT_CONFIG;
        }
        try (Services services = Services.open(env, err)) {
            if (services == null) {
                return EXIT_CONFIG;
            }
            Outlets outlets = new Outlets();
            Bots bots = Bots.start(env, services, outlets, err);
            Wakeups wakeups = new Wakeups(services.store, services.engine, services.clock, outlets::deliver);
            wakeups.start(Duration.ofSeconds(1));
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                wakeups.close();
                                bots.close();
                                err.println("Sobes stopped.");
                                err.flush();
                                stopped.countDown();
                            },
                            "sobes-shutdown"));
            bots.announce(err, "Stop it with Ctrl-C");
            try {
                stopped.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return 0;
    }

    // Sobes targets Java 17, where a null console is exactly how a run without a terminal shows.
    @SuppressWarnings("SystemConsoleNull")
    private static boolean attachedToTerminal() {
        return System.console() != null;
    }

    /** The chat bots this process runs, each started only when its token is set. */
    static final class Bots implements AutoCloseable {
        private final List<AutoCloseable> running = new ArrayList<>();
        private final List<String> names = new ArrayList<>();

        static Bots start(Map<String, String> env, Services services, Outlets outlets, PrintStream err) {
            Bots bots = new Bots();
            try {
                if (TelegramLauncher.configured(env)) {
                    TelegramBot telegram = TelegramLauncher.start(env, services.engine);
                    bots.running.add(telegram);
                    bots.names.add("on Telegram as @" + telegram.username());
                    outlets.to(Platform.TELEGRAM, telegram::deliver);
                }
                if (DiscordLaunch.requested(env)) {
                    DiscordBot discord = DiscordLaunch.start(env, services, err);
                    bots.running.add(discord);
                    bots.names.add("on Discord, shards " + discord.shardIds());
                    outlets.to(Platform.DISCORD, discord::deliver);
                }
            } catch (RuntimeException e) {
                bots.close();
                throw e;
            }
            return bots;
        }

        void announce(PrintStream to, String note) {
            if (!names.isEmpty()) {
                to.println("Sobes is " + String.join(" and ", names) + ". " + note + ".");
            }
        }

        @Override
        public void close() {
            for (AutoCloseable bot : running) {
                try {
                    bot.close();
                } catch (Exception e) {
                    System.err.println("A bot did not stop cleanly: " + e.getMessage());
                }
            }
            running.clear();
        }
    }
}
