package dev.sobes.telegram;

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
 * Rendering the feedback card of a 1,000-character answer for Telegram: {@code html} is the rich
 * text to HTML cut at the message limit; {@code calls} is the whole reply to Bot API calls (HTML,
 * inline keyboard, the record that lets a later reply edit it). The adapter's renderers are
 * package-private, so this benchmark lives in their package (it is built only into the benchmark
 * jar, beside the adapter's own classes).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Thread)
public class FeedbackCardHtmlBenchmark {
    Reply card;
    ReplyRenderer renderer;

    @Setup(Level.Trial)
    public void prepare() {
        card = Fixtures.feedbackCard(Fixtures.bank());
        renderer = new ReplyRenderer(new MessageIds(100_000), new AdapterTexts(), "sobes_bot");
    }

    @Benchmark
    public List<HtmlRenderer.Chunk> html() {
        return HtmlRenderer.render(card.text());
    }

    @Benchmark
    public List<Outgoing> calls() {
        return renderer.render(card, Fixtures.person(0));
    }
}
