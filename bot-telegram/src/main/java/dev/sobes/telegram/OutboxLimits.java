package dev.sobes.telegram;

import java.time.Duration;

/**
 * How fast and how much the outbound queue sends.
 *
 * @param chatInterval at most one message per this interval in one chat
 * @param groupMessages at most this many messages per {@code groupWindow} in one group
 * @param globalMessages at most this many messages per {@code globalWindow} overall
 * @param chatBacklog messages waiting for one chat before the chat's new messages are refused
 *     with a request to slow down
 * @param totalBacklog messages waiting overall before every new message is refused
 * @param firstRetry the wait before retrying a failed call (a server error or a timeout); it
 *     doubles with every further failure, up to {@code maxRetry}
 * @param maxAttempts attempts at one call before it is given up (and logged)
 */
public record OutboxLimits(
        Duration chatInterval,
        int groupMessages,
        Duration groupWindow,
        int globalMessages,
        Duration globalWindow,
        int chatBacklog,
        int totalBacklog,
        Duration firstRetry,
        Duration maxRetry,
        int maxAttempts) {

    public OutboxLimits {
        if (groupMessages < 1
                || globalMessages < 1
                || chatBacklog < 1
                || totalBacklog < chatBacklog
                || maxAttempts < 1) {
            throw new IllegalArgumentException("outbox limits must allow some messages: " + this);
        }
    }

    /**
     * Telegram's limits: one message a second in a chat, 20 a minute in a group, 30 a second
     * overall. A call holds its share of a limit from when it is sent until one window after
     * its answer, so the limits hold at Telegram's end however long calls take.
     */
    public static OutboxLimits telegram() {
        return new OutboxLimits(
                Duration.ofSeconds(1),
                20,
                Duration.ofMinutes(1),
                30,
                Duration.ofSeconds(1),
                20,
                20_000,
                Duration.ofSeconds(1),
                Duration.ofMinutes(1),
                12);
    }

    /** The same counts with every duration multiplied by {@code factor}: for tests. */
    public OutboxLimits scaledBy(double factor) {
        return new OutboxLimits(
                scale(chatInterval, factor),
                groupMessages,
                scale(groupWindow, factor),
                globalMessages,
                scale(globalWindow, factor),
                chatBacklog,
                totalBacklog,
                scale(firstRetry, factor),
                scale(maxRetry, factor),
                maxAttempts);
    }

    public OutboxLimits withBacklog(int perChat, int total) {
        return new OutboxLimits(
                chatInterval,
                groupMessages,
                groupWindow,
                globalMessages,
                globalWindow,
                perChat,
                total,
                firstRetry,
                maxRetry,
                maxAttempts);
    }

    private static Duration scale(Duration d, double factor) {
        return Duration.ofNanos(Math.round(d.toNanos() * factor));
    }
}
