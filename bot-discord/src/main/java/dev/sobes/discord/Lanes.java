package dev.sobes.discord;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Worker threads, one lane per conversation: the inputs of one conversation are handled and
 * their replies sent one at a time, in arrival order, off the gateway's thread.
 */
final class Lanes {
    private final ExecutorService[] lanes;

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
        lanes[Math.floorMod(conversationKey.hashCode(), lanes.length)].execute(task);
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
