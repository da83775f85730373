package dev.sobes.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The launcher, {@code sobes}: with no command it runs (the chat platforms whose tokens are set,
 * or practice in the terminal when none is); other commands check and import content and look
 * after the database. Exit codes: {@value #EXIT_OK} done, {@value #EXIT_CONTENT} the content has
 * errors, {@value #EXIT_CONFIG} a setting or an argument is wrong, {@value #EXIT_FAILURE}
 * something else failed (the message says what).
 */
@Command(
        name = "sobes",
        mixinStandardHelpOptions = true,
        versionProvider = Sobes.Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Sobes, a mock-interview bot for Telegram, Discord and the terminal.",
            "Without a command it runs: the chat platforms whose tokens are set, or practice in this terminal"
                    + " when none is."
        },
        footer = {
            "",
            "Settings are environment variables, or NAME=value lines in the file of --config (or SOBES_CONFIG_FILE);"
                    + " docs/configuration.md describes every one.",
            "",
            "Exit codes: 0 done, 1 the content has errors, 2 a setting or an argument is wrong, 3 something else"
                    + " failed."
        },
        subcommands = {
            Sobes.Run.class,
            Sobes.Serve.class,
            Sobes.Console.class,
            Sobes.Validate.class,
            Sobes.Import.class,
            Sobes.Export.class,
            Sobes.Forget.class,
            Sobes.Migrate.class,
            Sobes.Health.class,
            Sobes.VersionCommand.class,
            CommandLine.HelpCommand.class
        })
public final class Sobes implements Callable<Integer> {
    static final int EXIT_OK = 0;
    static final int EXIT_CONTENT = ContentCommands.EXIT_CONTENT;
    /** Exit code for a problem with the settings or the arguments that the person can fix. */
    static final int EXIT_CONFIG = 2;

    static final int EXIT_FAILURE = 3;

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "a file of NAME=value settings under the environment's (default: SOBES_CONFIG_FILE)")
    @Nullable
    Path config;

    private @Nullable Settings settings;

    Sobes(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(List.of(args), System.getenv(), out, err));
    }

    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        Sobes root = new Sobes(env, out, err);
        CommandLine line = new CommandLine(root, new Factory(root));
        line.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        line.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        line.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof SettingException) {
                err.println(e.getMessage());
                return EXIT_CONFIG;
            }
            err.println("Sobes failed: " + e.getMessage());
            return EXIT_FAILURE;
        });
        line.setParameterExceptionHandler((e, parsed) -> {
            err.println(e.getMessage());
            e.getCommandLine().usage(err);
            return EXIT_CONFIG;
        });
        return line.execute(args.toArray(String[]::new));
    }

    @Override
    public Integer call() throws IOException {
        return Launch.run(settings(), out, err);
    }

    /** The settings, read once: the environment over the settings file. */
    Settings settings() {
        Settings read = settings;
        if (read == null) {
            read = Settings.load(env, config);
            read.warnings().forEach(err::println);
            settings = read;
        }
        return read;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /** Gives every command the launcher it belongs to. */
    private static final class Factory implements CommandLine.IFactory {
        private final Sobes root;

        Factory(Sobes root) {
            this.root = root;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (Sub.class.isAssignableFrom(type)) {
                K command = type.getDeclaredConstructor().newInstance();
                ((Sub) command).root = root;
                return command;
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    /** A command of the launcher. */
    abstract static class Sub implements Callable<Integer> {
        @SuppressWarnings("NullAway.Init") // set by the factory before picocli calls the command
        Sobes root;
    }

    @Command(
            name = "run",
            mixinStandardHelpOptions = true,
            description = {
                "Serve every chat platform whose token is set (SOBES_TELEGRAM_TOKEN, SOBES_DISCORD_TOKEN) until"
                        + " stopped; with none set, practice in this terminal. This is what sobes does without a"
                        + " command."
            })
    static final class Run extends Sub {
        @Override
        public Integer call() throws IOException {
            return Launch.run(root.settings(), root.out(), root.err());
        }
    }

    @Command(
            name = "serve",
            mixinStandardHelpOptions = true,
            description = {
                "Serve the configured chat platforms until stopped (SIGTERM or Ctrl-C finishes the replies in"
                        + " hand, then stops). Fails with exit code 2 when no platform token is set. The"
                        + " operations endpoint (/health, /metrics) listens on SOBES_HTTP_PORT, 8081 by default."
            })
    static final class Serve extends Sub {
        @Override
        public Integer call() throws IOException {
            return Launch.serve(root.settings(), root.err());
        }
    }

    @Command(
            name = "console",
            mixinStandardHelpOptions = true,
            description = {
                "Practise in this terminal: a number chooses, /help lists commands, /upload PATH imports your own"
                        + " pack, anything else is your answer. Configured chat platforms run alongside while the"
                        + " terminal session lasts. The operations endpoint is off unless SOBES_HTTP_PORT is set."
            })
    static final class Console extends Sub {
        @Override
        public Integer call() throws IOException {
            return Launch.console(root.settings(), root.out(), root.err());
        }
    }

    @Command(
            name = "validate",
            mixinStandardHelpOptions = true,
            description = {
                "Check the question packs in DIR (default: SOBES_CONTENT_DIR, or ./content) and print how many"
                        + " packs, topics and questions there are. Every error is printed as file:line:column."
                        + " Exit code 0 when all packs are valid, 1 when any has errors, 2 when DIR does not exist."
            })
    static final class Validate extends Sub {
        @Parameters(arity = "0..1", paramLabel = "DIR", description = "the content folder")
        @Nullable
        String dir;

        @Override
        public Integer call() throws IOException {
            List<String> args = dir == null ? List.of() : List.of(dir);
            return ContentCommands.validate(args, root.settings().asMap(), root.out(), root.err());
        }
    }

    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = {
                "Turn Markdown notes into a question pack in the content folder: headings are questions, the text"
                        + " under a heading is the reference answer, bullet items are key points. Sections without"
                        + " an answer are listed and skipped. Exit code 1 when nothing could be imported."
            })
    static final class Import extends Sub {
        @Parameters(arity = "0..1", paramLabel = "NOTES.md", description = "the Markdown file")
        @Nullable
        String notes;

        @Option(names = "--pack", paramLabel = "ID", description = "the new pack's id (lowercase, digits, '-')")
        @Nullable
        String pack;

        @Option(
                names = "--level",
                paramLabel = "LEVEL",
                description = "junior, middle or senior: the level every question gets (default: middle)")
        @Nullable
        String level;

        @Override
        public Integer call() throws IOException {
            List<String> args = new ArrayList<>();
            if (notes != null) {
                args.add(notes);
            }
            if (pack != null) {
                args.addAll(List.of("--pack", pack));
            }
            if (level != null) {
                args.addAll(List.of("--level", level));
            }
            return ContentCommands.importNotes(args, root.settings().asMap(), root.out(), root.err());
        }
    }

    @Command(
            name = "export",
            mixinStandardHelpOptions = true,
            description = {
                "Write everything kept about a person (settings, answers, grades, the sessions of their direct"
                        + " conversations) as JSON to standard output, as /export does in chat. Example:"
                        + " sobes export telegram:123456789 > person.json"
            })
    static final class Export extends Sub {
        @Parameters(paramLabel = "PERSON", description = "platform:user-id, such as telegram:123456789")
        String person = "";

        @Override
        public Integer call() throws IOException {
            return DataCommands.export(root.settings(), person, root.out(), root.err());
        }
    }

    @Command(
            name = "forget",
            mixinStandardHelpOptions = true,
            description = {
                "Delete everything kept about a person, as /forget does in chat. Nothing is deleted without"
                        + " --yes. Example: sobes forget telegram:123456789 --yes"
            })
    static final class Forget extends Sub {
        @Parameters(paramLabel = "PERSON", description = "platform:user-id, such as discord:80351110224678912")
        String person = "";

        @Option(names = "--yes", description = "confirm the deletion")
        boolean yes;

        @Override
        public Integer call() throws IOException {
            return DataCommands.forget(root.settings(), person, yes, root.out(), root.err());
        }
    }

    @Command(
            name = "migrate",
            mixinStandardHelpOptions = true,
            description = {
                "Create or upgrade the database's tables (SOBES_DB_PATH or SOBES_DATABASE_URL) and exit. Running"
                        + " Sobes does this too; run it alone before starting several processes on a new version."
            })
    static final class Migrate extends Sub {
        @Override
        public Integer call() {
            return DataCommands.migrate(root.settings(), root.out());
        }
    }

    @Command(
            name = "health",
            mixinStandardHelpOptions = true,
            description = {
                "Ask the running Sobes on this machine (its SOBES_HTTP_PORT, 8081 by default) whether it is healthy:"
                        + " exit code 0 when /health says up, 3 otherwise. The container image's health check runs it."
            })
    static final class Health extends Sub {
        @Override
        public Integer call() {
            return HealthProbe.probe(root.settings(), root.out(), root.err());
        }
    }

    @Command(name = "version", mixinStandardHelpOptions = true, description = "Print the version of Sobes.")
    static final class VersionCommand extends Sub {
        @Override
        public Integer call() {
            root.out().println("sobes " + Version.number());
            return EXIT_OK;
        }
    }

    /** The version, from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        static String number() {
            String version = Sobes.class.getPackage().getImplementationVersion();
            return version == null ? "(development build)" : version;
        }

        @Override
        public String[] getVersion() {
            return new String[] {"sobes " + number()};
        }
    }
}
