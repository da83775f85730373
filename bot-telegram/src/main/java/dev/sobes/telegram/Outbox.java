package dev.sobes.telegram;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The outbound queue's decisions, without threads or I/O: which call goes next, and when.
 *
 * <ul>
 *   <li>Each chat has a lane: its calls leave in the order they came, one at a time, so a chat's
 *       messages are never reordered, not even by a retry.
 *   <li>Lanes take turns (round robin), so one busy group cannot starve private chats.
 *   <li>A call holds a share of each limit (the chat's, its group's, the global one) from when it
 *       is handed out until one window after it completed. However long calls take on the wire,
 *       Telegram then never sees more than the limit within any window.
 *   <li>A 429 closes the lane for its retry_after; a failure closes it for a back-off that doubles
 *       with each attempt.
 *   <li>An edit of a message waiting behind another edit of it replaces that one: only the newest
 *       text is sent.
 *   <li>Memory is bounded: a lane holding {@code chatBacklog} calls, or a queue holding
 *       {@code totalBacklog}, admits no new input (the caller asks the person to slow down).
 * </ul>
 *
 * <p>Time comes from the {@code clock} (nanoseconds). Not thread-safe: one lock outside guards it.
 */
final class Outbox {
    private static final long FREE = Long.MIN_VALUE;
    private static final long HELD = Long.MAX_VALUE;

    private final OutboxLimits limits;
    private final LongSupplier clock;
    private final Map<String, Lane> lanes = new HashMap<>();
    private final ArrayDeque<Lane> turns = new ArrayDeque<>();
    private final long[] globalSlots;
    private int pending;
    private int inFlight;

    Outbox(OutboxLimits limits, LongSupplier clock) {
        this.limits = limits;
        this.clock = clock;
        this.globalSlots = slots(limits.globalMessages());
    }

    /** A call handed out to be made; give it back with {@link #completed} or {@link #retry}. */
    static final class Dispatch {
        private final Lane lane;
        private final Outgoing call;
        private final int globalSlot;
        private final int groupSlot;
        private final int attempt;

        private Dispatch(Lane lane, Outgoing call, int globalSlot, int groupSlot, int attempt) {
            this.lane = lane;
            this.call = call;
            this.globalSlot = globalSlot;
            this.groupSlot = groupSlot;
            this.attempt = attempt;
        }

        Outgoing call() {
            return call;
        }

        /** 1 for the first try of this call. */
        int attempt() {
            return attempt;
        }
    }

    private static final class Lane {
        final ArrayDeque<Outgoing> calls = new ArrayDeque<>();
        final long @Nullable [] groupSlots;
        boolean busy;
        boolean queued;
        boolean warned;
        long closedUntil = FREE;
        long chatFreeAt = FREE;
        int failures;

        /** Telegram's group and channel ids are negative; only groups have a per-group limit. */
        Lane(String chatId, int groupMessages) {
            this.groupSlots = chatId.startsWith("-") ? slots(groupMessages) : null;
        }
    }

    private static long[] slots(int count) {
        long[] slots = new long[count];
        Arrays.fill(slots, FREE);
        return slots;
    }

    /** Whether the queue takes more messages for {@code chatId}. */
    boolean admits(String chatId) {
        Lane lane = lanes.get(chatId);
        return pending < limits.totalBacklog() && (lane == null || lane.calls.size() < limits.chatBacklog());
    }

    /**
     * Whether to tell the chat to slow down now: true once for each time its lane fills up, so a
     * flood gets one request, not one per message.
     */
    boolean shouldWarn(String chatId) {
        Lane lane = lanes.get(chatId);
        if (lane == null || lane.warned) {
            return false;
        }
        lane.warned = true;
        return true;
    }

    /** Queues a call behind the chat's earlier ones. Always accepted: admission is checked per input. */
    void add(Outgoing call) {
        if (lanes.size() > 1024 && lanes.size() > 4 * (turns.size() + inFlight)) {
            forgetIdleLanes();
        }
        Lane lane = lanes.computeIfAbsent(call.chatId(), id -> new Lane(id, limits.groupMessages()));
        if (call instanceof Outgoing.Edit edit) {
            supersede(lane, edit);
        }
        lane.calls.addLast(call);
        pending++;
        if (!lane.busy && !lane.queued) {
            lane.queued = true;
            turns.addLast(lane);
        }
    }

    /**
     * Drops an edit that still waits in {@code lane} and that {@code newer} edits again: only the
     * newest text of a message is worth a call (a count of answers edited on every answer). The
     * dropped edit's message counts as the one it would have edited.
     */
    private void supersede(Lane lane, Outgoing.Edit newer) {
        Iterator<Outgoing> queued = lane.calls.iterator();
        boolean head = true;
        while (queued.hasNext()) {
            Outgoing call = queued.next();
            boolean making = head && lane.busy;
            head = false;
            if (!making
                    && call instanceof Outgoing.Edit older
                    && older.record() == newer.original()
                    && older.index() == newer.index()) {
                queued.remove();
                pending--;
                older.record().keeps(older.index(), older.original());
                return;
            }
        }
    }

    /** The next call to make now, taking its shares of the limits; null when none may go yet. */
    @Nullable
    Dispatch next() {
        long now = clock.getAsLong();
        int global = freeSlot(globalSlots, now);
        if (global < 0) {
            return null;
        }
        for (int n = turns.size(); n > 0; n--) {
            Lane lane = turns.pollFirst();
            if (lane == null) {
                break;
            }
            int group = lane.groupSlots == null ? -1 : freeSlot(lane.groupSlots, now);
            if (lane.closedUntil <= now && lane.chatFreeAt <= now && (lane.groupSlots == null || group >= 0)) {
                Outgoing call = lane.calls.peekFirst();
                if (call == null) {
                    lane.queued = false;
                    continue;
                }
                lane.queued = false;
                lane.busy = true;
                lane.chatFreeAt = HELD;
                globalSlots[global] = HELD;
                if (lane.groupSlots != null) {
                    lane.groupSlots[group] = HELD;
                }
                inFlight++;
                return new Dispatch(lane, call, global, group, lane.failures + 1);
            }
            turns.addLast(lane);
        }
        return null;
    }

    /**
     * Nanoseconds until {@link #next()} may hand out a call, or {@link Long#MAX_VALUE} when it
     * waits for a call to complete or to be queued.
     */
    long nanosUntilNext() {
        if (turns.isEmpty()) {
            return Long.MAX_VALUE;
        }
        long now = clock.getAsLong();
        long soonest = Long.MAX_VALUE;
        for (Lane lane : turns) {
            long at = Math.max(lane.closedUntil, lane.chatFreeAt);
            if (lane.groupSlots != null) {
                at = Math.max(at, earliest(lane.groupSlots));
            }
            soonest = Math.min(soonest, at);
        }
        soonest = Math.max(soonest, earliest(globalSlots));
        if (soonest == Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return soonest <= now ? 0 : soonest - now;
    }

    /** The call is done with, made or given up: the lane moves on to its next call. */
    void completed(Dispatch dispatch) {
        Lane lane = release(dispatch);
        lane.calls.pollFirst();
        pending--;
        lane.failures = 0;
        if (lane.calls.isEmpty()) {
            lane.warned = false;
        }
        requeue(lane);
    }

    /** The call is to be made again (as {@code call}, which may differ) no sooner than {@code delayNanos} from now. */
    void retry(Dispatch dispatch, Outgoing call, long delayNanos, boolean failure) {
        Lane lane = release(dispatch);
        lane.calls.pollFirst();
        lane.calls.addFirst(call);
        if (failure) {
            lane.failures++;
        }
        lane.closedUntil = clock.getAsLong() + Math.max(0, delayNanos);
        requeue(lane);
    }

    /** Calls waiting or being made. */
    int pending() {
        return pending;
    }

    int inFlight() {
        return inFlight;
    }

    /** Calls waiting or being made for one chat. */
    int pending(String chatId) {
        Lane lane = lanes.get(chatId);
        return lane == null ? 0 : lane.calls.size();
    }

    int lanes() {
        return lanes.size();
    }

    private Lane release(Dispatch dispatch) {
        long now = clock.getAsLong();
        Lane lane = dispatch.lane;
        lane.busy = false;
        lane.chatFreeAt = now + limits.chatInterval().toNanos();
        globalSlots[dispatch.globalSlot] = now + limits.globalWindow().toNanos();
        if (lane.groupSlots != null && dispatch.groupSlot >= 0) {
            lane.groupSlots[dispatch.groupSlot] = now + limits.groupWindow().toNanos();
        }
        inFlight--;
        return lane;
    }

    private void requeue(Lane lane) {
        if (!lane.calls.isEmpty() && !lane.queued) {
            lane.queued = true;
            turns.addLast(lane);
        }
    }

    /** Drops lanes with nothing queued whose shares of the limits have all come back. */
    private void forgetIdleLanes() {
        long now = clock.getAsLong();
        Iterator<Lane> it = lanes.values().iterator();
        while (it.hasNext()) {
            Lane lane = it.next();
            boolean idle = !lane.busy
                    && lane.calls.isEmpty()
                    && lane.chatFreeAt <= now
                    && lane.closedUntil <= now
                    && (lane.groupSlots == null || latest(lane.groupSlots) <= now);
            if (idle) {
                it.remove();
            }
        }
    }

    private static int freeSlot(long[] slots, long now) {
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] <= now) {
                return i;
            }
        }
        return -1;
    }

    private static long earliest(long[] slots) {
        long min = Long.MAX_VALUE;
        for (long slot : slots) {
            min = Math.min(min, slot);
        }
        return min;
    }

    private static long latest(long[] slots) {
        long max = FREE;
        for (long slot : slots) {
            max = Math.max(max, slot);
        }
        return max;
    }
}
