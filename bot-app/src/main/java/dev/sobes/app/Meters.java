package dev.sobes.app;

import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.Tick;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The process's metrics, in Prometheus form: inputs in, replies out, how long an input takes, how
 * many are being handled or waiting for their conversation, how many conversations were active
 * lately, and for each platform its queue of replies and the 429s it answered.
 */
final class Meters {
    /** A conversation with an input this recently counts as active. */
    static final Duration ACTIVE = Duration.ofMinutes(15);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();
    private final Clock clock;

    Meters(Clock clock) {
        this.clock = clock;
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("sobes.inputs.in.flight", inFlight, AtomicInteger::get)
                .description("Inputs being handled or waiting for their conversation's turn")
                .register(registry);
        Gauge.builder("sobes.sessions.active", this, Meters::activeSessions)
                .description("Conversations with an input in the last 15 minutes")
                .register(registry);
    }

    /** {@code handler} with every input and reply counted and timed. */
    Function<Input, List<Reply>> around(Function<Input, List<Reply>> handler) {
        return input -> {
            String platform = input.conversation().platform().code();
            String kind = kind(input);
            Counter.builder("sobes.updates.received")
                    .description("Inputs received, by platform and kind")
                    .tag("platform", platform)
                    .tag("kind", kind)
                    .register(registry)
                    .increment();
            if (!(input instanceof Tick)) {
                lastSeen.put(input.conversation().key(), clock.instant());
            }
            inFlight.incrementAndGet();
            Timer.Sample sample = Timer.start(registry);
            String outcome = "ok";
            try {
                List<Reply> replies = handler.apply(input);
                countReplies(replies);
                return replies;
            } catch (RuntimeException e) {
                outcome = "error";
                throw e;
            } finally {
                inFlight.decrementAndGet();
                sample.stop(Timer.builder("sobes.update.latency")
                        .description("Time from an input's arrival to its replies being ready")
                        .tag("platform", platform)
                        .tag("outcome", outcome)
                        .publishPercentileHistogram()
                        .register(registry));
            }
        };
    }

    /** Counts replies sent without an input (timers, notices). */
    void countReplies(List<Reply> replies) {
        for (Reply reply : replies) {
            Counter.builder("sobes.replies.sent")
                    .description("Replies handed to the platforms")
                    .tag("platform", reply.conversation().platform().code())
                    .register(registry)
                    .increment();
        }
    }

    /**
     * The figures a platform's adapter keeps: replies waiting in its outbound queue now, and how
     * many times the platform answered 429 (too many requests) since the start. The meters read
     * them from {@code bot}, which must stay referenced elsewhere (the registry holds it weakly).
     */
    <T> void platform(String platform, T bot, ToDoubleFunction<T> queued, ToDoubleFunction<T> rateLimited) {
        Gauge.builder("sobes.replies.queued", bot, queued)
                .description("Replies waiting to be sent, by platform")
                .tag("platform", platform)
                .register(registry);
        FunctionCounter.builder("sobes.rate.limited", bot, rateLimited)
                .description("Answers of 429 (too many requests) from the platform")
                .tag("platform", platform)
                .register(registry);
    }

    String scrape() {
        return registry.scrape();
    }

    private double activeSessions() {
        Instant since = clock.instant().minus(ACTIVE);
        lastSeen.values().removeIf(at -> at.isBefore(since));
        return lastSeen.size();
    }

    private static String kind(Input input) {
        return input.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}
