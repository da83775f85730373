package dev.sobes.discord;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Worker threads, one lane per conversation: the inputs of one conversation are handled and
 * their replies sent one at a time, in arrival order, off the gateway's thread.
 */
final class Lanes {
    private final ExecutorService[] lanes;
    private final AtomicInteger pending = new AtomicInteger();

    Lanes(int count) {
        lanes = new ExecutorService[count];
        for (int i = 0; i < count; i++) {
            String name = "sobes-discord-lane-" + i;
            lanes[i] = Executors.newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, name);
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    void submit(String conversationKey, Runnable task) {
        pending.incrementAndGet();
        try {
            lanes[Math.floorMod(conversationKey.hashCode(), lanes.length)].execute(() -> {
                try {
                    task.run();
                } finally {
                    pending.decrementAndGet();
                }
            });
        } catch (RuntimeException e) {
            pending.decrementAndGet();
            throw e;
        }
    }

    /** Work submitted and not yet finished: inputs waiting or being handled, and replies waiting to be sent. */
    int pending() {
        return pending.get();
    }

    /** Lets queued work finish, up to {@code patience}; true when all of it did. */
    boolean shutdown(Duration patience) throws InterruptedException {
        for (ExecutorService lane : lanes) {
            lane.shutdown();
        }
        long deadline = System.nanoTime() + patience.toNanos();
        boolean done = true;
        for (ExecutorService lane : lanes) {
            long left = Math.max(0, deadline - System.nanoTime());
            done &= lane.awaitTermination(left, TimeUnit.NANOSECONDS);
        }
        if (!done) {
            for (ExecutorService lane : lanes) {
                lane.shutdownNow();
            }
        }
        return done;
    }
}
