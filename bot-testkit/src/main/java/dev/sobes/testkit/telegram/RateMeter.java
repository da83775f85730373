package dev.sobes.testkit.telegram;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Counts accepted messages against {@link RateLimits}; not thread-safe (the fake's lock guards it). */
final class RateMeter {
    private final RateLimits limits;
    private final Map<Long, Long> lastInChat = new HashMap<>();
    private final Map<Long, Deque<Long>> inGroup = new HashMap<>();
    private final Deque<Long> overall = new ArrayDeque<>();

    RateMeter(RateLimits limits) {
        this.limits = limits;
    }

    /**
     * Records a message to {@code chatId} at {@code now} (nanoseconds) if the limits allow it.
     *
     * @return 0 when allowed, otherwise the seconds to wait, as Telegram's {@code retry_after}
     */
    int tryAcquire(long chatId, boolean group, long now) {
        long wait = 0;
        Long last = lastInChat.get(chatId);
        if (last != null) {
            wait = Math.max(wait, last + limits.chatInterval().toNanos() - now);
        }
        Deque<Long> groupTimes = group ? inGroup.computeIfAbsent(chatId, k -> new ArrayDeque<>()) : null;
        if (groupTimes != null) {
            wait = Math.max(wait, windowWait(groupTimes, limits.groupMessages(), limits.groupWindow(), now));
        }
        wait = Math.max(wait, windowWait(overall, limits.globalMessages(), limits.globalWindow(), now));
        if (wait > 0) {
            return (int) Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
        }
        lastInChat.put(chatId, now);
        if (groupTimes != null) {
            groupTimes.addLast(now);
        }
        overall.addLast(now);
        return 0;
    }

    private static long windowWait(Deque<Long> times, int max, Duration window, long now) {
        long span = window.toNanos();
        while (!times.isEmpty() && times.getFirst() <= now - span) {
            times.removeFirst();
        }
        if (times.size() < max) {
            return 0;
        }
        return times.getFirst() + span - now;
    }
}
