package dev.sobes.telegram;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Handles updates of many chats at once and of each chat one at a time, in arrival order: a chat
 * always lands on the same single-threaded stripe.
 */
final class ChatWorkers {
    private final ExecutorService[] stripes;

    ChatWorkers(int count) {
        stripes = new ExecutorService[count];
        for (int i = 0; i < count; i++) {
            stripes[i] = Executors.newSingleThreadExecutor(Threads.daemon("telegram-chat-" + i));
        }
    }

    CompletableFuture<Void> submit(String chatId, Runnable task) {
        int hash = chatId.hashCode();
        return CompletableFuture.runAsync(task, stripes[Math.floorMod(hash ^ (hash >>> 16), stripes.length)]);
    }

    /** Finishes what was submitted, then stops; false if that took longer than {@code timeout}. */
    boolean close(Duration timeout) {
        for (ExecutorService stripe : stripes) {
            stripe.shutdown();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean done = true;
        try {
            for (ExecutorService stripe : stripes) {
                long left = Math.max(0, deadline - System.nanoTime());
                done &= stripe.awaitTermination(left, TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done = false;
        }
        return done;
    }
}
