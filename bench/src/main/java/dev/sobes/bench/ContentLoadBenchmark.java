package dev.sobes.bench;

import dev.sobes.content.ContentLoader;
import dev.sobes.content.LoadResult;
import java.io.IOException;
import java.nio.file.Path;
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
 * Loading and validating every pack in {@code content/} (YAML parsing, the model, the checks
 * that name file:line), as the launcher and {@code sobes validate} do. {@code warm} is the cost in
 * a running JVM (a reload); the start-up cost of a fresh JVM is in the load driver's report.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ContentLoadBenchmark {
    Path content;

    @Setup(Level.Trial)
    public void find() {
        content = Fixtures.contentDir();
    }

    @Benchmark
    public LoadResult warm() throws IOException {
        LoadResult loaded = new ContentLoader().load(content);
        if (!loaded.errors().isEmpty()) {
            throw new IllegalStateException("content errors: " + loaded.errors());
        }
        return loaded;
    }
}
