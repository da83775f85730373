package dev.sobes.bench;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.engine.Session;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.store.InMemoryStore;
import dev.sobes.core.store.Store;
import dev.sobes.storage.Database;
import dev.sobes.storage.SqlStore;
import dev.sobes.storage.StoreOptions;
import dev.sobes.storage.StoreSetupException;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One practice turn: a person's 1,000-character Russian answer is scored against the question's
 * key points, the session moves on to the feedback, the answer is recorded, and everything is
 * committed to the store before the replies come back, as {@link Engine#handle} does for every
 * message. {@code store=memory} commits to {@link InMemoryStore}; {@code store=sqlite} writes
 * through to a SQLite file as the launcher opens it.
 *
 * <p>Every invocation answers the same question in the next of {@code people} conversations, each
 * first put back to the moment the question was asked (in the invocation's set-up, which is not
 * timed: for SQLite it is a write of its own). Run with {@code -t N} for N threads over one store,
 * each with its own conversations.
 */
@BenchmarkMode({Mode.SampleTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PracticeTurnBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** The store and engine all threads share. */
    @State(Scope.Benchmark)
    public static class Shared {
        @Param({"memory", "sqlite"})
        public String store = "memory";

        QuestionBank bank;
        String answer;
        Store target;
        Engine engine;
        final AtomicInteger threads = new AtomicInteger();

        @Nullable
        Path folder;

        @Setup(Level.Trial)
        public void open() throws IOException, StoreSetupException {
            bank = Fixtures.bank();
            answer = Fixtures.russianAnswer(Fixtures.question(bank), Fixtures.ANSWER_LENGTH);
            if (store.equals("sqlite")) {
                folder = Files.createTempDirectory("sobes-bench");
                target = SqlStore.open(
                        new Database.Sqlite(folder.resolve("sobes.db")), Clock.systemUTC(), StoreOptions.DEFAULTS);
            } else {
                target = new InMemoryStore();
            }
            engine = Fixtures.engine(bank, target, Clock.systemUTC());
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            if (target instanceof SqlStore sql) {
                sql.close();
            }
            if (folder != null) {
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    /** One thread's conversations, each with the question just asked. */
    @State(Scope.Thread)
    public static class People {
        @Param("256")
        public int people = 256;

        Conversation[] conversations;
        Person[] persons;
        Session[] asked;
        int current;
        long inputs;
        long turns;
        long cpuNanos;

        @Setup(Level.Trial)
        public void ask(Shared shared) {
            int first = shared.threads.getAndIncrement() * people;
            conversations = new Conversation[people];
            persons = new Person[people];
            asked = new Session[people];
            for (int i = 0; i < people; i++) {
                conversations[i] = Fixtures.conversation(first + i);
                persons[i] = Fixtures.person(first + i);
                Fixtures.ask(shared.engine, first + i);
                asked[i] = shared.target.load(conversations[i].key()).orElseThrow();
            }
            // The turn must be the real one: the answer gets its feedback card.
            List<Reply> replies = answerOnce(shared);
            if (replies.stream().noneMatch(r -> r.key() != null && r.key().startsWith("f"))) {
                throw new IllegalStateException("the answer got no feedback card: " + replies);
            }
        }

        /** Puts the next conversation back to its question, untimed. */
        @Setup(Level.Invocation)
        public void rewind(Shared shared) {
            current = (current + 1) % asked.length;
            shared.target.save(asked[current]);
        }

        List<Reply> answerOnce(Shared shared) {
            long before = CPU.getCurrentThreadCpuTime();
            List<Reply> replies = shared.engine.handle(new TextMessage(
                    conversations[current], persons[current], shared.answer, "answer-" + current + "-" + ++inputs));
            cpuNanos += CPU.getCurrentThreadCpuTime() - before;
            turns++;
            return replies;
        }

        @Setup(Level.Iteration)
        public void startCounting() {
            turns = 0;
            cpuNanos = 0;
        }

        /**
         * The CPU the turns took on this thread, which other work on a shared machine does not
         * inflate as it does the wall-clock time (the collector's threads are not counted).
         */
        @TearDown(Level.Iteration)
        public void reportCpu() {
            if (turns > 0) {
                System.out.printf(
                        "  [cpu] %.1f us of this thread's CPU per turn over %d turns = %.0f turns per CPU-second%n",
                        cpuNanos / 1e3 / turns, turns, turns / (cpuNanos / 1e9));
            }
        }
    }

    @Benchmark
    public List<Reply> answer(Shared shared, People people) {
        return people.answerOnce(shared);
    }
}
