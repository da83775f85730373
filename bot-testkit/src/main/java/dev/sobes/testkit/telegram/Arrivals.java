package dev.sobes.testkit.telegram;

import dev.sobes.testkit.telegram.TelegramState.ChatState;
import dev.sobes.testkit.telegram.TelegramState.StoredMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Every new message the bot sends, handed to a listener as the fake takes it, stamped with the
 * time it was seen: for load drivers, which follow many chats at once and cannot afford a waiting
 * thread per chat. One thread watches; it wakes on every change the fake sees and looks only at
 * messages it has not seen before, so its cost does not grow with the length of the chats. Edits
 * are not reported.
 *
 * <pre>{@code
 * try (Arrivals arrivals = Arrivals.watch(telegram, a -> replies.add(a))) {
 *     anna.sends("/start");
 * }
 * }</pre>
 */
public final class Arrivals implements AutoCloseable {
    /**
     * A message the bot sent.
     *
     * @param seenAtNanos {@link System#nanoTime()} when the watcher saw it, within moments of the
     *     fake's answer to the call that sent it
     */
    public record Arrival(SentMessage message, long seenAtNanos) {}

    private final TelegramState state;
    private final Consumer<Arrival> listener;
    private final Thread watcher;
    private final Map<Long, Integer> seenUpTo = new HashMap<>();
    private volatile boolean closed;

    private Arrivals(FakeTelegram telegram, Consumer<Arrival> listener) {
        this.state = telegram.state();
        this.listener = listener;
        this.watcher = new Thread(this::watch, "fake-telegram-arrivals");
        watcher.setDaemon(true);
    }

    /** Starts reporting the bot's messages sent from now on to {@code listener}, on one thread. */
    public static Arrivals watch(FakeTelegram telegram, Consumer<Arrival> listener) {
        Arrivals arrivals = new Arrivals(telegram, listener);
        arrivals.state.lock.lock();
        try {
            for (ChatState chat : arrivals.state.chats.values()) {
                arrivals.seenUpTo.put(chat.id, chat.nextMessageId - 1);
            }
        } finally {
            arrivals.state.lock.unlock();
        }
        arrivals.watcher.start();
        return arrivals;
    }

    private void watch() {
        List<Arrival> found = new ArrayList<>();
        while (!closed) {
            state.lock.lock();
            try {
                while (!closed && !state.closed && !collect(found)) {
                    state.changed.await(200, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                return;
            } finally {
                state.lock.unlock();
            }
            if (state.closed) {
                return;
            }
            for (Arrival arrival : found) {
                listener.accept(arrival);
            }
            found.clear();
        }
    }

    /** Adds the bot's messages not seen before to {@code found}; the lock is held. */
    private boolean collect(List<Arrival> found) {
        long now = System.nanoTime();
        for (ChatState chat : state.chats.values()) {
            int newest = chat.nextMessageId - 1;
            int seen = seenUpTo.getOrDefault(chat.id, 0);
            for (int id = seen + 1; id <= newest; id++) {
                StoredMessage message = chat.messages.get(id);
                if (message != null && message.fromBot) {
                    found.add(new Arrival(message.snapshot(), now));
                }
            }
            if (newest != seen) {
                seenUpTo.put(chat.id, newest);
            }
        }
        return !found.isEmpty();
    }

    @Override
    public void close() {
        closed = true;
        watcher.interrupt();
        try {
            watcher.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
