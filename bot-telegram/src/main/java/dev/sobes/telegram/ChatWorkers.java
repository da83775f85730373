package dev.sobes.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles updates of many chats at once and of each chat one at a time, in arrival order: a chat
 * always lands on the same single-threaded stripe.
 *
 * <p>A task may leave work running elsewhere (a file being downloaded) and return it as a future.
 * Until that completes, the chat's later tasks wait, parked off the stripe, so the stripe's other
 * chats go on being served and the chat's own order holds.
 */
final class ChatWorkers {
    private static final Logger log = LoggerFactory.getLogger(ChatWorkers.class);

    /** One update's work: what it leaves running, or null when it is done. */
    @FunctionalInterface
    interface Task {
        @Nullable
        CompletableFuture<?> run();
    }

    private final ExecutorService[] stripes;

    /** Per chat, the work its later tasks wait for; only the chat's stripe adds to it. */
    private final ConcurrentHashMap<String, CompletableFuture<?>> waits = new ConcurrentHashMap<>();

    ChatWorkers(int count) {
        stripes = new ExecutorService[count];
        for (int i = 0; i < count; i++) {
            stripes[i] = Executors.newSingleThreadExecutor(Threads.daemon("telegram-chat-" + i));
        }
    }

    /**
     * Runs {@code task} after the chat's earlier tasks and what they left running. The future
     * completes when the task ran, or when it was parked behind work still running.
     */
    CompletableFuture<Void> submit(String chatId, Task task) {
        CompletableFuture<Void> taken = new CompletableFuture<>();
        stripe(chatId).execute(() -> runOrPark(chatId, task, taken));
        return taken;
    }

    /** The chat's stripe: where work that continues a chat's task runs. */
    Executor stripe(String chatId) {
        int hash = chatId.hashCode();
        return stripes[Math.floorMod(hash ^ (hash >>> 16), stripes.length)];
    }

    /** On the chat's stripe. */
    private void runOrPark(String chatId, Task task, CompletableFuture<Void> taken) {
        CompletableFuture<?> pending = waits.get(chatId);
        if (pending == null || pending.isDone()) {
            CompletableFuture<?> left = runSafely(task);
            taken.complete(null);
            if (left != null && !left.isDone()) {
                await(chatId, left);
            }
            return;
        }
        CompletableFuture<Object> parked = pending.handle((v, e) -> (Object) "")
                .thenComposeAsync(
                        v -> {
                            CompletableFuture<?> left = runSafely(task);
                            return left == null ? CompletableFuture.completedFuture("") : left.handle((r, e) -> "");
                        },
                        stripe(chatId));
        await(chatId, parked);
        taken.complete(null);
    }

    private void await(String chatId, CompletableFuture<?> work) {
        waits.put(chatId, work);
        CompletableFuture<?> unused = work.whenComplete((v, e) -> waits.remove(chatId, work));
    }

    private static @Nullable CompletableFuture<?> runSafely(Task task) {
        try {
            return task.run();
        } catch (RuntimeException e) {
            log.error("A chat's task failed: {}", e.toString());
            return null;
        }
    }

    /** Finishes what was submitted and what it left running, then stops; false if that took longer than {@code timeout}. */
    boolean close(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean done = true;
        try {
            while (true) {
                List<CompletableFuture<?>> running = new ArrayList<>(waits.values());
                for (ExecutorService stripe : stripes) {
                    running.add(CompletableFuture.runAsync(() -> {}, stripe));
                }
                long left = Math.max(0, deadline - System.nanoTime());
                try {
                    CompletableFuture.allOf(running.toArray(CompletableFuture[]::new))
                            .handle((v, e) -> "")
                            .get(left, TimeUnit.NANOSECONDS);
                } catch (TimeoutException e) {
                    done = false;
                    break;
                } catch (ExecutionException e) {
                    // handled above: never thrown
                }
                if (waits.isEmpty()) {
                    break;
                }
            }
            for (ExecutorService stripe : stripes) {
                stripe.shutdown();
            }
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
