package dev.sobes.bench.load;

import dev.sobes.testkit.telegram.Arrivals;
import dev.sobes.testkit.telegram.FakeTelegram;
import dev.sobes.testkit.telegram.FakeUser;
import dev.sobes.testkit.telegram.RateLimits;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Runs the packaged bot as a separate process against the fake Telegram on 127.0.0.1, with many
 * simulated people practising at once, and prints a report: answer turns a second, reply latency
 * percentiles (from a person's answer to the bot's reply reaching the fake), 429s, lost and doubled
 * replies (and answers in the database), heap and resident memory, and the time to start. It stops
 * by itself: when everyone is done, or after {@code --max-s}.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.sobes.bench.load.LoadDriver --people 200 --questions 20 --limits on
 * </pre>
 */
public final class LoadDriver {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration TRAILING = Duration.ofSeconds(3);

    private LoadDriver() {}

    public static void main(String[] args) throws Exception {
        // The JDK's HTTP server, which the fake Telegram runs on, leaves Nagle's algorithm on: each
        // answer then waits for the bot's delayed ACK, 40 ms a call, which bounded the whole run at
        // (sender threads / 40 ms) calls a second. Telegram's servers do not hold answers back.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        LoadSettings settings;
        try {
            settings = LoadSettings.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(new LoadDriver().run(settings, out) ? 0 : 1);
    }

    private boolean run(LoadSettings settings, PrintStream out) throws Exception {
        if (!Files.isRegularFile(settings.jar())) {
            out.println("No packaged bot at " + settings.jar()
                    + ": build it with ./mvnw -B -Pbench -pl bench -am package -DskipTests");
            return false;
        }
        Answers answers = Answers.load(settings.content());
        Path folder = Files.createTempDirectory("sobes-load");
        Path database = folder.resolve("sobes.db");
        Report report = new Report(settings);
        report.loadBefore = loadAverage();
        try (FakeTelegram telegram = FakeTelegram.builder()
                        .limits(settings.limits() ? RateLimits.telegram() : RateLimits.none())
                        .start();
                BotProcess bot = BotProcess.start(command(settings), environment(settings, telegram, database))) {
            if (!bot.awaitReady(READY_TIMEOUT)) {
                out.println("The bot did not become ready within " + READY_TIMEOUT.toSeconds() + " s:");
                bot.lastLines().forEach(line -> out.println("  | " + line));
                return false;
            }
            report.startUp = bot.startUp();
            report.startLines = bot.firstLines();
            report.startUpCpu = bot.cpuNanos();
            report.botPid = bot.pid();
            Thread.sleep(3_000);
            report.idleRss = bot.rss();
            drive(settings, telegram, bot, answers, report);
            report.heapEnd = bot.heapUsed(false);
            report.heapAfterGc = bot.heapUsed(true);
            if (settings.histogram()) {
                report.histogram = bot.histogram(20);
            }
            Thread.sleep(2_000);
            report.rssAfter = bot.rss();
            report.exitCode = bot.stop(Duration.ofSeconds(20));
            report.violations = telegram.violations().size() - telegram.rateLimited();
            report.violationSample = telegram.violations().stream()
                    .filter(v -> v.code() != 429)
                    .limit(3)
                    .map(Object::toString)
                    .toList();
            report.botLines = bot.lastLines();
        }
        report.storedAnswers = storedAnswers(database);
        report.loadAfter = loadAverage();
        report.unknownQuestions = answers.unknown();
        deleteAll(folder);
        report.print(out);
        return report.clean();
    }

    private static List<String> command(LoadSettings settings) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(settings.botJvm());
        if (settings.bot().equals("launcher")) {
            command.add("-jar");
            command.add(settings.jar().toString());
            command.add("serve");
        } else {
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(UnthrottledBot.class.getName());
        }
        return command;
    }

    private static Map<String, String> environment(LoadSettings settings, FakeTelegram telegram, Path database) {
        Map<String, String> env = new HashMap<>();
        env.put("SOBES_TELEGRAM_TOKEN", telegram.token());
        env.put("SOBES_TELEGRAM_API_URL", telegram.baseUrl());
        env.put("SOBES_DB_PATH", database.toString());
        env.put("SOBES_CONTENT_DIR", settings.content().toString());
        env.put("SOBES_SEED", "1");
        env.put("LANG", "en_US.UTF-8");
        return env;
    }

    private void drive(LoadSettings settings, FakeTelegram telegram, BotProcess bot, Answers answers, Report report)
            throws InterruptedException {
        Metrics metrics = new Metrics();
        CountDownLatch finished = new CountDownLatch(settings.people());
        ScheduledExecutorService actions = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "load-people");
            t.setDaemon(true);
            return t;
        });
        Map<Long, Practiser> byChat = new HashMap<>();
        List<Practiser> people = new ArrayList<>();
        for (int i = 0; i < settings.people(); i++) {
            FakeUser user = telegram.user(1_000_000L + i, "Person " + i).language("en");
            Practiser person = new Practiser(
                    user.dm(), settings.questions(), settings.think().toNanos(), answers, metrics, actions, finished);
            people.add(person);
            byChat.put(person.chatId(), person);
        }
        AtomicInteger strays = new AtomicInteger();
        Arrivals arrivals = Arrivals.watch(telegram, a -> {
            metrics.message(a.seenAtNanos());
            Practiser person = byChat.get(a.message().chatId());
            if (person == null) {
                strays.incrementAndGet();
            } else {
                person.received(a.message(), a.seenAtNanos());
            }
        });
        try {
            bot.resetPeakRss();
            long start = System.nanoTime();
            report.start = start;
            ScheduledFuture<?> unused = actions.schedule(
                    () -> {
                        report.rateLimitedAtWarmup = telegram.rateLimited();
                        report.botCpuAtWarmup = bot.cpuNanos();
                        report.jitCpuAtWarmup = bot.compilerCpuNanos();
                        report.driverCpuAtWarmup =
                                BotProcess.cpuNanos(ProcessHandle.current().pid());
                    },
                    settings.warmup().toNanos(),
                    TimeUnit.NANOSECONDS);
            for (Practiser person : people) {
                actions.execute(person::start);
            }
            report.finishedInTime = finished.await(settings.maxRun().toMillis(), TimeUnit.MILLISECONDS);
            report.end = System.nanoTime();
            report.botCpuAtEnd = bot.cpuNanos();
            report.jitCpuAtEnd = bot.compilerCpuNanos();
            report.driverCpuAtEnd = BotProcess.cpuNanos(ProcessHandle.current().pid());
            Thread.sleep(TRAILING.toMillis());
        } finally {
            arrivals.close();
            actions.shutdownNow();
            actions.awaitTermination(5, TimeUnit.SECONDS);
        }
        report.peakRss = bot.peakRss();
        report.rateLimited = telegram.rateLimited();
        report.metrics = metrics;
        report.people = people;
        report.strays = strays.get();
    }

    /** Answers stored for each person, from the bot's SQLite file after it stopped. */
    private static Map<String, Integer> storedAnswers(Path database) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT person_key, COUNT(*) FROM answers GROUP BY person_key")) {
            while (r.next()) {
                counts.put(r.getString(1), r.getInt(2));
            }
        }
        return counts;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Everything measured in one run, and how it is printed. */
    static final class Report {
        final LoadSettings settings;
        String loadBefore = "";
        String loadAfter = "";
        Duration startUp = Duration.ZERO;
        long startUpCpu;
        volatile long botCpuAtWarmup = -1;
        volatile long driverCpuAtWarmup = -1;
        volatile long jitCpuAtWarmup = -1;
        long botCpuAtEnd;
        long jitCpuAtEnd;
        long driverCpuAtEnd;
        long botPid;
        long idleRss;
        long peakRss;
        long rssAfter;
        OptionalLong heapEnd = OptionalLong.empty();
        OptionalLong heapAfterGc = OptionalLong.empty();
        int exitCode;
        long start;
        long end;
        boolean finishedInTime;
        int rateLimited;
        int rateLimitedAtWarmup = -1;
        int violations;
        List<String> violationSample = List.of();
        List<String> botLines = List.of();
        List<String> startLines = List.of();
        List<String> histogram = List.of();
        Metrics metrics = new Metrics();
        List<Practiser> people = List.of();
        int strays;
        int unknownQuestions;
        Map<String, Integer> storedAnswers = Map.of();

        Report(LoadSettings settings) {
            this.settings = settings;
        }

        int lostReplies() {
            return people.stream().mapToInt(Practiser::lostReplies).sum();
        }

        int doubledReplies() {
            return people.stream().mapToInt(Practiser::doubledReplies).sum();
        }

        int answersSent() {
            return people.stream().mapToInt(Practiser::answersSent).sum();
        }

        /** Answers sent that are missing from the database, and answers stored more than once. */
        int[] storedDifference() {
            int stored =
                    storedAnswers.values().stream().mapToInt(Integer::intValue).sum();
            int missing = 0;
            int extra = 0;
            for (int i = 0; i < people.size(); i++) {
                int sent = people.get(i).answersSent();
                int kept = storedAnswers.getOrDefault("telegram:" + (1_000_000L + i), 0);
                missing += Math.max(0, sent - kept);
                extra += Math.max(0, kept - sent);
            }
            return new int[] {stored, missing, extra};
        }

        int rateLimitedAfterWarmup() {
            return rateLimitedAtWarmup < 0 ? rateLimited : rateLimited - rateLimitedAtWarmup;
        }

        boolean clean() {
            int[] stored = storedDifference();
            return finishedInTime
                    && lostReplies() == 0
                    && doubledReplies() == 0
                    && stored[1] == 0
                    && stored[2] == 0
                    && rateLimitedAfterWarmup() == 0
                    && violations == 0;
        }

        void print(PrintStream out) {
            List<Metrics.Turn> answers = metrics.answers();
            long warmupEnd = start + settings.warmup().toNanos();
            List<Long> completions =
                    answers.stream().map(Metrics.Turn::repliedAt).sorted().toList();
            long windowStart = warmupEnd;
            long windowEnd =
                    completions.isEmpty() ? end : completions.get(Math.max(0, (int) (completions.size() * 0.9) - 1));
            boolean warmupSkipped = windowEnd <= windowStart;
            if (warmupSkipped) {
                windowStart = start;
                windowEnd = end;
            }
            long ws = windowStart;
            long we = windowEnd;
            double seconds = Math.max(1e-9, (we - ws) / 1e9);
            long turnsInWindow =
                    completions.stream().filter(t -> t >= ws && t <= we).count();
            long messagesInWindow =
                    metrics.messages().stream().filter(t -> t >= ws && t <= we).count();
            List<Long> latencies = answers.stream()
                    .filter(t -> warmupSkipped || t.sentAt() >= warmupEnd)
                    .map(Metrics.Turn::latencyNanos)
                    .sorted()
                    .toList();
            List<Long> nextLatencies = metrics.questions().stream()
                    .filter(t -> warmupSkipped || t.sentAt() >= warmupEnd)
                    .map(Metrics.Turn::latencyNanos)
                    .sorted()
                    .toList();
            int[] stored = storedDifference();

            out.println("== Sobes load run ==");
            out.printf(
                    "settings: people=%d questions=%d think=%d ms limits=%s bot=%s warmup=%d s max=%d s%s%n",
                    settings.people(),
                    settings.questions(),
                    settings.think().toMillis(),
                    settings.limits() ? "on" : "off",
                    settings.bot(),
                    settings.warmup().toSeconds(),
                    settings.maxRun().toSeconds(),
                    settings.botJvm().isEmpty() ? "" : " bot-jvm=" + String.join(" ", settings.botJvm()));
            out.printf(
                    "machine: %d cores, %s; load average before %s, after %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                    loadBefore,
                    loadAfter);
            out.printf(
                    "start-up to ready: %d ms, %d ms of CPU (bot pid %d)%n",
                    startUp.toMillis(), startUpCpu / 1_000_000, botPid);
            out.printf(
                    "run: %.1f s, %s; answers sent %d of %d%n",
                    (end - start) / 1e9,
                    finishedInTime ? "everyone finished" : "STOPPED AT THE TIME LIMIT",
                    answersSent(),
                    settings.people() * settings.questions());
            out.printf(
                    "window: %.1f s (%s)%n",
                    seconds, warmupSkipped ? "whole run: too short for a warm-up" : "after warm-up, to 90% of answers");
            out.printf("answer turns/s: %.1f%n", turnsInWindow / seconds);
            out.printf(
                    "bot messages/s: %.1f%s%n",
                    messagesInWindow / seconds,
                    settings.limits()
                            ? String.format(" (%.0f%% of Telegram's 30/s)", messagesInWindow / seconds / 30 * 100)
                            : "");
            if (botCpuAtWarmup > 0 && !warmupSkipped) {
                long turnsAfterWarmup = completions.stream()
                        .filter(t -> t >= warmupEnd && t <= end)
                        .count();
                double botCpu = (botCpuAtEnd - botCpuAtWarmup) / 1e9;
                double jitCpu = (jitCpuAtEnd - jitCpuAtWarmup) / 1e9;
                double driverCpu = (driverCpuAtEnd - driverCpuAtWarmup) / 1e9;
                double wall = (end - warmupEnd) / 1e9;
                out.printf(
                        "CPU after warm-up: bot %.1f s (%.2f cores), driver and fake %.1f s (%.2f cores) over %.1f s;"
                                + " bot CPU per answer turn (answer and Next) %.2f ms = %.0f answer turns/s per core;"
                                + " of the bot's CPU, %.1f s went to the JIT compiler; without it %.2f ms = %.0f/s per core%n",
                        botCpu,
                        botCpu / wall,
                        driverCpu,
                        driverCpu / wall,
                        wall,
                        botCpu * 1000 / Math.max(1, turnsAfterWarmup),
                        turnsAfterWarmup / Math.max(1e-9, botCpu),
                        jitCpu,
                        (botCpu - jitCpu) * 1000 / Math.max(1, turnsAfterWarmup),
                        turnsAfterWarmup / Math.max(1e-9, botCpu - jitCpu));
            }
            out.printf(
                    "answer -> feedback latency ms: p50 %s  p95 %s  p99 %s  max %s  (n=%d)%n",
                    ms(latencies, 0.50),
                    ms(latencies, 0.95),
                    ms(latencies, 0.99),
                    ms(latencies, 1.0),
                    latencies.size());
            out.printf(
                    "next -> question latency ms: p50 %s  p95 %s  p99 %s  max %s  (n=%d)%n",
                    ms(nextLatencies, 0.50),
                    ms(nextLatencies, 0.95),
                    ms(nextLatencies, 0.99),
                    ms(nextLatencies, 1.0),
                    nextLatencies.size());
            out.printf(
                    "429s: %d in all, %d after warm-up; other refusals by the fake: %d %s%n",
                    rateLimited,
                    rateLimitedAfterWarmup(),
                    violations,
                    violationSample.isEmpty() ? "" : violationSample);
            out.printf(
                    "replies lost: %d, doubled: %d; other messages: %d%s; stray messages: %d%n",
                    lostReplies(),
                    doubledReplies(),
                    people.stream().mapToInt(Practiser::otherMessages).sum(),
                    people.stream()
                            .map(Practiser::lastOther)
                            .filter(s -> !s.isEmpty())
                            .findFirst()
                            .map(s -> " (e.g. \"" + s.substring(0, Math.min(60, s.length())) + "\")")
                            .orElse(""),
                    strays);
            out.printf(
                    "answers in the database: %d; missing %d, stored twice %d; unrecognised questions %d%n",
                    stored[0], stored[1], stored[2], unknownQuestions);
            out.printf(
                    "bot memory: RSS idle %s, peak under load %s, after the run %s; heap at the end %s, after a full GC %s%n",
                    mb(idleRss),
                    mb(peakRss),
                    mb(rssAfter),
                    heapEnd.isPresent() ? mb(heapEnd.getAsLong()) : "?",
                    heapAfterGc.isPresent() ? mb(heapAfterGc.getAsLong()) : "?");
            out.printf("bot exit code on SIGTERM: %d%n", exitCode);
            if (!histogram.isEmpty()) {
                out.println("bot's heap after the run, largest classes:");
                histogram.forEach(line -> out.println("  | " + line));
            }
            if (settings.showStart()) {
                out.println("bot's output up to ready (ms since the process started):");
                startLines.forEach(line -> out.println("  | " + line));
            }
            out.println("result: " + (clean() ? "CLEAN" : "PROBLEMS (see above)"));
            if (!clean()) {
                out.println("bot's last lines:");
                botLines.forEach(line -> out.println("  | " + line));
            }
        }

        private static String ms(List<Long> sorted, double quantile) {
            if (sorted.isEmpty()) {
                return "-";
            }
            int index = (int) Math.ceil(quantile * sorted.size()) - 1;
            return String.format("%.1f", sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6);
        }

        private static String mb(long bytes) {
            return bytes < 0 ? "?" : String.format("%.0f MB", bytes / 1048576.0);
        }
    }
}
