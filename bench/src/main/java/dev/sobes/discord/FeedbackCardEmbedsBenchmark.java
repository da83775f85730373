package dev.sobes.discord;

import dev.sobes.bench.Fixtures;
import dev.sobes.core.chat.Reply;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rendering the feedback card of a 1,000-character answer for Discord: Markdown split into embeds
 * within Discord's limits, with the card's buttons laid out in rows. The adapter's layout is
 * package-private, so this benchmark lives in its package (built only into the benchmark jar).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class FeedbackCardEmbedsBenchmark {
    Reply card;

    @Setup(Level.Trial)
    public void prepare() {
        card = Fixtures.feedbackCard(Fixtures.bank());
        if (!Layout.isFeedbackCard(card)) {
            throw new IllegalStateException("not a feedback card: " + card.key());
        }
    }

    @Benchmark
    public List<Outgoing> embeds() {
        List<Outgoing> messages = Layout.render(card, null, null, "…");
        if (messages.get(0).embeds().isEmpty()) {
            throw new IllegalStateException("a feedback card is shown as embeds");
        }
        return messages;
    }
}
