package dev.sobes.bench.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bot under load, as a separate process: started with its settings in the environment, ready
 * when it says it is on Telegram, watched for its resident memory, asked for its heap with
 * {@code jcmd}, and stopped with SIGTERM (forcibly if it does not stop in time).
 */
final class BotProcess implements AutoCloseable {
    private static final String READY = "Sobes is on Telegram";
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");

    private final Process process;
    private final long startedAt;
    private final CountDownLatch ready = new CountDownLatch(1);
    private final AtomicLong readyAt = new AtomicLong();
    private final AtomicLong peakRss = new AtomicLong();
    private final Deque<String> lastLines = new ArrayDeque<>();
    private final List<String> firstLines = new ArrayList<>();
    private final Thread sampler;

    private BotProcess(Process process, long startedAt) {
        this.process = process;
        this.startedAt = startedAt;
        Thread err = new Thread(() -> pump(process.getErrorStream()), "bot-stderr");
        Thread out = new Thread(() -> pump(process.getInputStream()), "bot-stdout");
        err.setDaemon(true);
        out.setDaemon(true);
        err.start();
        out.start();
        sampler = new Thread(this::sampleRss, "bot-rss");
        sampler.setDaemon(true);
        sampler.start();
    }

    static BotProcess start(List<String> command, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        for (String name : List.of("SOBES_DISCORD_TOKEN", "SOBES_DATABASE_URL", "SOBES_LANG", "SOBES_SEED")) {
            builder.environment().remove(name);
        }
        builder.environment().putAll(env);
        long at = System.nanoTime();
        return new BotProcess(builder.start(), at);
    }

    /** Waits until the bot says it is serving; false if it exited or took longer than {@code timeout}. */
    boolean awaitReady(Duration timeout) throws InterruptedException {
        return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** From starting the process to the bot saying it is on Telegram (content loaded, database migrated, polling). */
    Duration startUp() {
        return Duration.ofNanos(readyAt.get() - startedAt);
    }

    long pid() {
        return process.pid();
    }

    /** Resident memory now, in bytes; -1 when the process is gone. */
    long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** CPU time the bot has used so far (user and system, all threads), in nanoseconds; -1 when unknown. */
    long cpuNanos() {
        return cpuNanos(process.pid());
    }

    /**
     * CPU time the JIT compiler's threads have used so far, in nanoseconds: a cost of warming up,
     * which a short run on a shared machine does not finish paying.
     */
    long compilerCpuNanos() {
        long total = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc/" + process.pid() + "/task"))) {
            for (Path task : tasks.toList()) {
                String stat = Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
                    total += ticks(stat);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return total * 10_000_000L;
    }

    private static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ", -1);
        // After the command: state is field 3; utime and stime are fields 14 and 15.
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** CPU time of a process from /proc/PID/stat, in nanoseconds (the kernel counts in 1/100 s). */
    static long cpuNanos(long pid) {
        try {
            return ticks(Files.readString(Path.of("/proc/" + pid + "/stat"))) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    long peakRss() {
        return peakRss.get();
    }

    void resetPeakRss() {
        peakRss.set(rss());
    }

    /** Heap in use now, in bytes, as {@code jcmd GC.heap_info} reports it; after a full collection if asked. */
    OptionalLong heapUsed(boolean afterCollection) {
        try {
            if (afterCollection) {
                jcmd("GC.run");
            }
            Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
            return m.find() ? OptionalLong.of(Long.parseLong(m.group(1)) * 1024) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** The first lines of the live heap's class histogram (after a full collection). */
    List<String> histogram(int lines) {
        try {
            return jcmd("GC.class_histogram").lines().limit(lines + 3L).toList();
        } catch (IOException e) {
            return List.of("(no histogram: " + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private String jcmd(String what) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), what)
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return output;
    }

    /** The bot's first lines of output, each with the milliseconds since the process started. */
    synchronized List<String> firstLines() {
        return new ArrayList<>(firstLines);
    }

    /** The bot's last lines of output, for a report on a run that went wrong. */
    synchronized List<String> lastLines() {
        return new ArrayList<>(lastLines);
    }

    private void pump(InputStream stream) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.contains(READY) && readyAt.compareAndSet(0, System.nanoTime())) {
                    ready.countDown();
                }
                synchronized (this) {
                    if (firstLines.size() < 60) {
                        firstLines.add(String.format("%6d ms  %s", (System.nanoTime() - startedAt) / 1_000_000, line));
                    }
                    lastLines.addLast(line);
                    if (lastLines.size() > 40) {
                        lastLines.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // The process is gone.
        }
    }

    private void sampleRss() {
        while (process.isAlive()) {
            long now = rss();
            peakRss.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops the bot as an operator would (SIGTERM) and returns its exit code; -1 if it had to be killed. */
    int stop(Duration grace) throws InterruptedException {
        process.destroy();
        if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        return -1;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
        sampler.interrupt();
    }
}
