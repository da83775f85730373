package dev.sobes.bench.memory;

import dev.sobes.bench.Fixtures;
import dev.sobes.core.chat.ButtonPress;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.storage.Database;
import dev.sobes.storage.SqlStore;
import dev.sobes.storage.StoreOptions;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Heap per live session: how much memory the store's cache of sessions takes as it fills. One
 * session is made the way a person makes it (a practice with a few questions answered, resting on
 * the feedback of the last), copied into the database under many conversations, and read back
 * through {@link SqlStore#load}, which keeps each in its cache, as a running bot does for everyone
 * who writes. The heap is measured after full collections, before and after.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.sobes.bench.memory.SessionMemoryProbe [--answered 3] 10000 100000
 * </pre>
 */
public final class SessionMemoryProbe {
    private SessionMemoryProbe() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int answered = 3;
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--answered")) {
                answered = Integer.parseInt(args[++i]);
            } else {
                counts.add(Integer.parseInt(args[i]));
            }
        }
        if (counts.isEmpty()) {
            counts = List.of(10_000, 100_000);
        }
        counts = counts.stream().sorted().toList();
        int most = counts.get(counts.size() - 1);
        Path folder = Files.createTempDirectory("sobes-memory");
        try {
            probe(folder.resolve("sobes.db"), answered, counts, most, out);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void probe(Path file, int answered, List<Integer> counts, int most, PrintStream out)
            throws Exception {
        QuestionBank bank = Fixtures.bank();
        String template;
        StoreOptions options = new StoreOptions(most + 1_000, Duration.ofHours(1), Duration.ofDays(7));
        try (SqlStore store = SqlStore.open(new Database.Sqlite(file), Clock.systemUTC(), options)) {
            template = templateState(file, bank, store, answered);
            copy(file, template, most);
            // Warm the code paths; the store is then closed, and what it cached goes with it.
            for (int i = 0; i < 1_000; i++) {
                store.load(key(i));
            }
        }
        try (SqlStore store = SqlStore.open(new Database.Sqlite(file), Clock.systemUTC(), options)) {
            long base = usedAfterGc();
            out.printf(
                    "session: a practice with %d answered, resting on the feedback; %d characters of JSON in the"
                            + " database%n",
                    answered, template.length());
            out.printf("heap before: %.1f MB (after a full GC)%n", base / 1048576.0);
            int loaded = 0;
            for (int count : counts) {
                for (; loaded < count; loaded++) {
                    if (store.load(key(loaded)).isEmpty()) {
                        throw new IllegalStateException("session " + loaded + " was not stored");
                    }
                }
                long used = usedAfterGc();
                out.printf(
                        "%,d cached sessions: heap %.1f MB, %.0f bytes per session%n",
                        count, used / 1048576.0, (used - base) / (double) count);
            }
        }
        out.printf(
                "JVM: %s %s, max heap %.0f MB%n",
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    /** The stored state of one person's practice after {@code answered} answers. */
    private static String templateState(Path file, QuestionBank bank, SqlStore store, int answered)
            throws SQLException {
        Engine engine = Fixtures.engine(bank, store, Clock.systemUTC());
        var conversation = Fixtures.conversation(0);
        var person = Fixtures.person(0);
        List<Reply> replies =
                engine.handle(new Command(conversation, person, "practice", List.of("go", "all", "mixed"), "p"));
        for (int i = 0; i < answered; i++) {
            String answer = Fixtures.russianAnswer(Fixtures.question(bank), Fixtures.ANSWER_LENGTH);
            replies = engine.handle(new TextMessage(conversation, person, answer, "a" + i));
            if (i + 1 < answered) {
                String next = replies.stream()
                        .flatMap(r -> r.buttons().stream())
                        .flatMap(List::stream)
                        .filter(b -> b.label().equals("Дальше") || b.label().equals("Next"))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("no Next button"))
                        .action();
                replies = engine.handle(new ButtonPress(conversation, person, next, "n" + i));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                PreparedStatement s = c.prepareStatement("SELECT state FROM sessions WHERE conversation_key = ?")) {
            s.setString(1, conversation.key());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("the session was not stored");
                }
                return r.getString(1);
            }
        }
    }

    /** Writes {@code count} sessions with the template's state, in one transaction. */
    private static void copy(Path file, String state, int count) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT OR REPLACE INTO sessions (conversation_key, owner_key, version, state, updated_at)"
                            + " VALUES (?, NULL, 1, ?, 0)")) {
                for (int i = 0; i < count; i++) {
                    s.setString(1, key(i));
                    s.setString(2, state);
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
        }
    }

    private static String key(int n) {
        return Fixtures.conversation(n).key();
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
