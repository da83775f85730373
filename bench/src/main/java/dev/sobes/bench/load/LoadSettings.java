package dev.sobes.bench.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one load run does.
 *
 * @param people simulated people, each in a direct chat with the bot
 * @param questions questions each person answers
 * @param think how long a person waits before answering a question and before tapping Next
 * @param limits whether the fake Telegram enforces Telegram's limits (429 beyond them)
 * @param bot {@code launcher}: the packaged launcher as shipped ({@code java -jar sobes.jar
 *     serve}); {@code unthrottled}: the same bot with its outbound limiter off (see {@link
 *     UnthrottledBot}), to find what the bot itself can do
 * @param warmup answers before this much time has passed are left out of the rates and latencies
 * @param maxRun the run stops after this long, finished or not
 * @param jar the packaged launcher
 * @param content the question packs the bot loads
 * @param botJvm extra options for the bot's JVM
 * @param showStart whether to print the bot's output up to ready, timed
 * @param histogram whether to print the largest classes on the bot's heap after the run
 */
record LoadSettings(
        int people,
        int questions,
        Duration think,
        boolean limits,
        String bot,
        Duration warmup,
        Duration maxRun,
        Path jar,
        Path content,
        List<String> botJvm,
        boolean showStart,
        boolean histogram) {

    static final String USAGE = """
            Usage: java -cp bench/target/benchmarks.jar dev.sobes.bench.load.LoadDriver [options]
              --people N         simulated people (default 200)
              --questions M      questions each answers (default 20)
              --think-ms T       pause before each answer and each Next (default 0)
              --limits on|off    the fake Telegram's rate limits (default on)
              --bot launcher|unthrottled
                                 the packaged launcher as shipped, or the same bot with its own
                                 outbound limiter off (default: launcher with limits on,
                                 unthrottled with limits off)
              --warmup-s S       seconds left out of rates and latencies (default 10)
              --max-s S          stop after this many seconds, finished or not (default 300)
              --jar PATH         the packaged bot (default bot-app/target/sobes.jar)
              --content DIR      question packs (default content)
              --bot-jvm ARGS     extra JVM options for the bot, space-separated (default none)
              --show-start       print the bot's output up to ready, with times
              --histogram        print the largest classes on the bot's heap after the run""";

    LoadSettings {
        if (people < 1 || questions < 1) {
            throw new IllegalArgumentException("at least one person and one question");
        }
        if (!bot.equals("launcher") && !bot.equals("unthrottled")) {
            throw new IllegalArgumentException("--bot is launcher or unthrottled, not " + bot);
        }
        botJvm = List.copyOf(botJvm);
    }

    static LoadSettings parse(List<String> args) {
        int people = 200;
        int questions = 20;
        long thinkMs = 0;
        boolean limits = true;
        String bot = null;
        long warmup = 10;
        long max = 300;
        Path jar = Path.of("bot-app/target/sobes.jar");
        Path content = Path.of("content");
        List<String> jvm = new ArrayList<>();
        boolean showStart = false;
        boolean histogram = false;
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (name.equals("--show-start")) {
                showStart = true;
                continue;
            }
            if (name.equals("--histogram")) {
                histogram = true;
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(name + " needs a value\n" + USAGE);
            }
            String value = args.get(++i);
            switch (name) {
                case "--people" -> people = Integer.parseInt(value);
                case "--questions" -> questions = Integer.parseInt(value);
                case "--think-ms" -> thinkMs = Long.parseLong(value);
                case "--limits" -> limits = onOff(value);
                case "--bot" -> bot = value.toLowerCase(Locale.ROOT);
                case "--warmup-s" -> warmup = Long.parseLong(value);
                case "--max-s" -> max = Long.parseLong(value);
                case "--jar" -> jar = Path.of(value);
                case "--content" -> content = Path.of(value);
                case "--bot-jvm" -> jvm.addAll(List.of(value.trim().split("\\s+")));
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
            }
        }
        if (bot == null) {
            bot = limits ? "launcher" : "unthrottled";
        }
        jvm.removeIf(String::isBlank);
        return new LoadSettings(
                people,
                questions,
                Duration.ofMillis(thinkMs),
                limits,
                bot,
                Duration.ofSeconds(warmup),
                Duration.ofSeconds(max),
                jar.toAbsolutePath(),
                content.toAbsolutePath(),
                jvm,
                showStart,
                histogram);
    }

    private static boolean onOff(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no" -> false;
            default -> throw new IllegalArgumentException("--limits is on or off, not " + value);
        };
    }
}
