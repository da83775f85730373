package dev.sobes.app;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.Tick;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.store.Store;
import dev.sobes.core.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers ticks to the sessions that wait for time to pass (a timed question, a reminder): it
 * asks the store at a steady pace which conversations are due, hands each a tick, and passes the
 * replies to the adapter that shows them. The times live in the store, so a restart, or another
 * process sharing it, loses none; a tick delivered twice changes nothing the second time.
 */
public final class Wakeups implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Wakeups.class);

    private final Store store;
    private final Engine engine;
    private final Clock clock;
    private final Consumer<List<Reply>> deliver;
    private final Predicate<Conversation> serves;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sobes-wakeups");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param serves the conversations this process delivers to (of the platforms it serves, and on
     *     Discord those of its shards); the others are left for the processes that serve them, so no
     *     timer's message is made and then dropped
     */
    public Wakeups(
            Store store, Engine engine, Clock clock, Predicate<Conversation> serves, Consumer<List<Reply>> deliver) {
        this.serves = serves;
        this.store = store;
        this.engine = engine;
        this.clock = clock;
        this.deliver = deliver;
    }

    /** Starts asking every {@code every}. */
    public Wakeups start(Duration every) {
        // runOnce handles its own failures, so the future has nothing to report; close() stops it.
        ScheduledFuture<?> unused =
                timer.scheduleWithFixedDelay(this::runOnce, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Ticks every conversation that is due now; returns how many were ticked. */
    int runOnce() {
        Instant now = clock.instant();
        int ticked = 0;
        try {
            for (Conversation conversation : store.wakeups(now)) {
                if (!serves.test(conversation)) {
                    continue;
                }
                // Handed over under the conversation's lock, so a tick's replies keep their order
                // with the replies to people's inputs.
                engine.handle(new Tick(conversation, now), replies -> {
                    if (!replies.isEmpty()) {
                        deliver.accept(replies);
                    }
                });
                ticked++;
            }
        } catch (StoreException e) {
            LOG.warn("Timers are waiting for the database: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("A timer tick failed", e);
        }
        return ticked;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
