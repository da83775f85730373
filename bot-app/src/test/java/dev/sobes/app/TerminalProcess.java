package dev.sobes.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** The packaged launcher running as a separate process, driven through its standard streams. */
final class TerminalProcess implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final Process process;
    private final Writer stdin;
    // Synchronised on purpose: a pump thread appends while the test thread reads.
    @SuppressWarnings("JdkObsolete")
    private final StringBuffer stdout = new StringBuffer();

    @SuppressWarnings("JdkObsolete")
    private final StringBuffer stderr = new StringBuffer();

    private final List<Thread> pumps = new ArrayList<>();
    private final @Nullable Path ownData;
    private int seen;

    private TerminalProcess(Process process, @Nullable Path ownData) {
        this.process = process;
        this.ownData = ownData;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        pumps.add(pump(process.getInputStream(), stdout));
        pumps.add(pump(process.getErrorStream(), stderr));
    }

    static Path jar() {
        return Path.of(System.getProperty("sobes.jar", "target/sobes.jar"));
    }

    static Path repo() {
        return Path.of(System.getProperty("sobes.repo", "..")).toAbsolutePath().normalize();
    }

    /**
     * Starts the launcher with these settings. Unless they name a database, it gets a new SQLite file
     * of its own, so that runs do not see each other's progress.
     */
    static TerminalProcess start(Map<String, String> env, String... args) throws IOException {
        return start(null, env, args);
    }

    /** Starts the launcher in {@code workingDir} (null: the test's own) with these settings. */
    static TerminalProcess start(@Nullable Path workingDir, Map<String, String> env, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("SOBES_LANG");
        builder.environment().remove("SOBES_SEED");
        builder.environment().remove("SOBES_CONTENT_DIR");
        builder.environment().remove("SOBES_DB_PATH");
        builder.environment().remove("SOBES_DATABASE_URL");
        builder.environment().put("LANG", "en_US.UTF-8");
        Path ownData = null;
        if (workingDir != null) {
            builder.directory(workingDir.toFile());
        } else if (!env.containsKey("SOBES_DB_PATH") && !env.containsKey("SOBES_DATABASE_URL")) {
            ownData = Files.createTempDirectory("sobes-it-");
            builder.environment()
                    .put("SOBES_DB_PATH", ownData.resolve("sobes.db").toString());
        }
        builder.environment().putAll(env);
        return new TerminalProcess(builder.start(), ownData);
    }

    private static Thread pump(InputStream stream, StringBuffer into) {
        Thread thread = new Thread(() -> {
            try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                char[] buffer = new char[4096];
                int n;
                while ((n = reader.read(buffer)) >= 0) {
                    into.append(buffer, 0, n);
                }
            } catch (IOException e) {
                into.append("\n[stream closed: ").append(e.getMessage()).append(']');
            }
        });
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Waits for the prompt and returns what the screen showed since the last input. */
    String screen() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            int prompt = stdout.indexOf("\n> ", seen);
            if (prompt >= 0 && stdout.length() == prompt + 3) {
                String shown = stdout.substring(seen, prompt);
                seen = prompt + 3;
                return shown;
            }
            if (!process.isAlive() && stdout.indexOf("\n> ", seen) < 0) {
                throw new AssertionError("the process ended; stdout:\n" + stdout + "\nstderr:\n" + stderr);
            }
            sleep();
        }
        throw new AssertionError("no prompt within " + WAIT + "; stdout:\n" + stdout + "\nstderr:\n" + stderr);
    }

    /** Types a line and returns the screen that follows it. */
    String type(String line) {
        send(line);
        return screen();
    }

    void send(String text) {
        try {
            stdin.write(text);
            stdin.write('\n');
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes standard input and waits for the process to end; returns its exit code. */
    int finish() {
        try {
            stdin.close();
            if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("the process did not end; stdout:\n" + stdout);
            }
            for (Thread pump : pumps) {
                pump.join(WAIT.toMillis());
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Kills the process at once, as a crash or power cut would: SIGKILL, no shutdown of any kind. */
    void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("the process did not die");
            }
            for (Thread pump : pumps) {
                pump.join(WAIT.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Asks the process to stop, as Ctrl-C or a service manager does (SIGTERM), and returns its exit code. */
    int terminate() {
        try {
            // Process.destroy() would also close the output streams, losing what the process says as it stops.
            new ProcessBuilder("kill", "-TERM", String.valueOf(process.pid()))
                    .start()
                    .waitFor();
            if (!process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("the process did not stop; stderr:\n" + stderr);
            }
            for (Thread pump : pumps) {
                pump.join(WAIT.toMillis());
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    String stdout() {
        return stdout.toString();
    }

    String stderr() {
        return stderr.toString();
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() throws IOException {
        kill();
        if (ownData != null) {
            try (Stream<Path> files = Files.walk(ownData)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
