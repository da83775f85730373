package dev.sobes.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link Outbox}: one thread hands out calls as the limits allow, a pool of senders
 * makes them, and each outcome decides what comes next (the next call, a retry, a fallback).
 */
final class OutboxRunner implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OutboxRunner.class);

    private final Outbox outbox;
    private final Delivery delivery;
    private final OutboxLimits limits;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ExecutorService senders;
    private final Thread dispatcher;
    private volatile boolean running = true;

    /**
     * The groups recently asked to have someone start a private chat with the bot: in a group
     * interview one person may miss several private messages in a row, and one note is enough.
     */
    private final Cache<String, Boolean> notedInGroups = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    /** Told about a private chat a message could not be delivered to; set once the bot runs. */
    private volatile Undeliverable unreachable = (chatId, permanent) -> {};

    /** Where a private chat that a message could not be delivered to is reported. */
    @FunctionalInterface
    interface Undeliverable {
        /**
         * Reports a private chat a message could not be delivered to.
         *
         * @param chatId the private chat
         * @param permanent true when Telegram refuses the chat itself (the person blocked the bot,
         *     or the chat does not exist); false when the message was given up after failed attempts
         */
        void report(String chatId, boolean permanent);
    }

    OutboxRunner(OutboxLimits limits, Delivery delivery, int senderThreads, LongSupplier clock) {
        this.outbox = new Outbox(limits, clock);
        this.delivery = delivery;
        this.limits = limits;
        this.senders = Executors.newFixedThreadPool(senderThreads, Threads.daemon("telegram-send"));
        this.dispatcher = Threads.daemon("telegram-outbox").newThread(this::dispatch);
        dispatcher.start();
    }

    /**
     * Where to report a private chat a message could not be delivered to: refused (the person
     * blocked the bot) or given up after every attempt failed.
     */
    void onUnreachable(Undeliverable report) {
        unreachable = report;
    }

    /** Whether a new input from {@code chatId} may be answered (see {@link Outbox#admits}). */
    boolean admits(String chatId) {
        lock.lock();
        try {
            return outbox.admits(chatId);
        } finally {
            lock.unlock();
        }
    }

    /** Queues a note asking the chat to slow down, once per time its lane fills up. */
    void warnOnce(String chatId, Outgoing note) {
        lock.lock();
        try {
            if (outbox.shouldWarn(chatId)) {
                outbox.add(note);
                changed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Queues calls, in this order, behind their chats' earlier calls. */
    void enqueue(List<Outgoing> calls) {
        if (calls.isEmpty()) {
            return;
        }
        lock.lock();
        try {
            calls.forEach(outbox::add);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    int pending() {
        lock.lock();
        try {
            return outbox.pending();
        } finally {
            lock.unlock();
        }
    }

    /** Waits until every queued call was made or given up; false if {@code timeout} ran out first. */
    boolean drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (outbox.pending() > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        running = false;
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        try {
            dispatcher.join(TimeUnit.SECONDS.toMillis(5));
            senders.shutdown();
            if (!senders.awaitTermination(limits.maxRetry().toMillis() + 5_000, TimeUnit.MILLISECONDS)) {
                senders.shutdownNow();
            }
        } catch (InterruptedException e) {
            senders.shutdownNow();
            Thread.currentThread().interrupt();
        }
        int left = pending();
        if (left > 0) {
            log.warn("Stopped with {} Telegram calls not made", left);
        }
    }

    private void dispatch() {
        lock.lock();
        try {
            while (running) {
                Outbox.Dispatch next = outbox.next();
                if (next != null) {
                    senders.execute(() -> make(next));
                    continue;
                }
                long wait = Math.min(outbox.nanosUntilNext(), TimeUnit.SECONDS.toNanos(1));
                changed.awaitNanos(Math.max(wait, 1));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("The Telegram outbox stopped: {}", e.toString());
        } finally {
            lock.unlock();
        }
    }

    private void make(Outbox.Dispatch dispatch) {
        Delivery.Outcome outcome;
        try {
            outcome = delivery.deliver(dispatch.call());
        } catch (RuntimeException e) {
            outcome = new Delivery.Failed(e.toString());
        }
        lock.lock();
        try {
            apply(dispatch, outcome);
        } finally {
            changed.signalAll();
            lock.unlock();
        }
    }

    private void apply(Outbox.Dispatch dispatch, Delivery.Outcome outcome) {
        Outgoing call = dispatch.call();
        if (outcome instanceof Delivery.Done done) {
            record(call, done.messageId());
            outbox.completed(dispatch);
        } else if (outcome instanceof Delivery.RateLimited limited) {
            log.info(
                    "Telegram asked to wait {} s before the next message to {}",
                    limited.retryAfter().toSeconds(),
                    call.chatId());
            outbox.retry(dispatch, call, limited.retryAfter().toNanos(), false);
        } else if (outcome instanceof Delivery.Failed failed) {
            if (dispatch.attempt() >= limits.maxAttempts()) {
                log.error(
                        "Gave up a message to {} after {} attempts: {}",
                        call.chatId(),
                        dispatch.attempt(),
                        failed.reason());
                outbox.completed(dispatch);
                if (call instanceof Outgoing.DeleteInput delete) {
                    delete.otherwise().forEach(outbox::add);
                }
                if (isMessageToPerson(call)) {
                    // Telegram's servers or the network: the engine stops reminders only after several in a row.
                    unreachable.report(call.chatId(), false);
                }
            } else {
                log.info("A call to Telegram failed (attempt {}), retrying: {}", dispatch.attempt(), failed.reason());
                outbox.retry(dispatch, call, backoff(dispatch.attempt()), true);
            }
        } else if (outcome instanceof Delivery.Refused refused) {
            refused(dispatch, call, refused);
        } else {
            throw new IllegalStateException("unknown outcome " + outcome);
        }
    }

    private void refused(Outbox.Dispatch dispatch, Outgoing call, Delivery.Refused refused) {
        if (call instanceof Outgoing.Edit edit
                && (refused.says("message to edit not found") || refused.says("message can't be edited"))) {
            // The message is gone or too old to edit: the person gets the new version as a new message.
            outbox.retry(dispatch, edit.asSend(), 0, false);
        } else if (call instanceof Outgoing.Edit edit && refused.says("message is not modified")) {
            record(call, edit.original().id(edit.index()));
            outbox.completed(dispatch);
        } else if (call instanceof Outgoing.Delete
                && (refused.says("message to delete not found") || refused.says("message can't be deleted"))) {
            outbox.completed(dispatch);
        } else if (call instanceof Outgoing.DeleteInput delete) {
            outbox.completed(dispatch);
            if (!refused.says("message to delete not found")) {
                // Not allowed (the bot's rights changed since they were learnt): the person is warned instead.
                log.info("Could not delete a message in {}: {}", call.chatId(), refused.description());
                delete.otherwise().forEach(outbox::add);
            }
        } else if (refused.says("can't parse entities") && sentAsHtml(call)) {
            log.error(
                    "Telegram could not parse a message's HTML ({}); sending it as plain text", refused.description());
            outbox.retry(dispatch, withPlainText(call), 0, false);
        } else if (fallback(call) != null && (refused.code() == 403 || refused.says("chat not found"))) {
            // The person never started the bot (403), or the bot never met them at all.
            Outgoing.PrivateFallback fallback = Objects.requireNonNull(fallback(call));
            outbox.completed(dispatch);
            String noted = fallback.groupChatId() + "|" + fallback.groupThreadId() + "|" + call.chatId();
            if (notedInGroups.asMap().putIfAbsent(noted, Boolean.TRUE) == null) {
                outbox.add(new Outgoing.Send(
                        fallback.groupChatId(), fallback.groupThreadId(), fallback.notice(), null, null, 0, null));
            }
        } else {
            log.warn("Telegram refused a message to {}: [{}] {}", call.chatId(), refused.code(), refused.description());
            outbox.completed(dispatch);
            if (isMessageToPerson(call) && (refused.code() == 403 || refused.says("chat not found"))) {
                // Blocked, deactivated, or never met: the engine stops what it sends unasked (reminders).
                unreachable.report(call.chatId(), true);
            }
        }
    }

    /** A new message (text or file) to a private chat: group chat ids are negative. */
    private static boolean isMessageToPerson(Outgoing call) {
        return (call instanceof Outgoing.Send || call instanceof Outgoing.SendFile)
                && !call.chatId().startsWith("-");
    }

    private static void record(Outgoing call, @Nullable Integer messageId) {
        if (messageId == null) {
            return;
        }
        if (call instanceof Outgoing.Send send && send.record() != null) {
            send.record().sent(send.index(), messageId);
        } else if (call instanceof Outgoing.Edit edit) {
            edit.record().sent(edit.index(), messageId);
        }
    }

    private static Outgoing.@Nullable PrivateFallback fallback(Outgoing call) {
        if (call instanceof Outgoing.Send send) {
            return send.fallback();
        }
        return call instanceof Outgoing.SendFile file ? file.fallback() : null;
    }

    private static boolean sentAsHtml(Outgoing call) {
        if (call instanceof Outgoing.Send send) {
            return send.text().asHtml();
        }
        if (call instanceof Outgoing.SendFile file) {
            return file.caption() != null && file.caption().asHtml();
        }
        return call instanceof Outgoing.Edit edit && edit.text().asHtml();
    }

    private static Outgoing withPlainText(Outgoing call) {
        if (call instanceof Outgoing.Send send) {
            return send.withText(send.text().asPlain());
        }
        if (call instanceof Outgoing.SendFile file && file.caption() != null) {
            return file.withCaption(file.caption().asPlain());
        }
        if (call instanceof Outgoing.Edit edit) {
            return edit.withText(edit.text().asPlain());
        }
        return call;
    }

    private long backoff(int attempt) {
        long first = limits.firstRetry().toNanos();
        long max = limits.maxRetry().toNanos();
        long delay = first;
        for (int i = 1; i < attempt && delay < max; i++) {
            delay *= 2;
        }
        return Math.min(delay, max);
    }
}
