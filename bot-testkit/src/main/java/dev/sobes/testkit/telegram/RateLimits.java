package dev.sobes.testkit.telegram;

import java.time.Duration;

/**
 * The sending limits the fake enforces with 429: one message per {@code chatInterval} in a chat,
 * {@code groupMessages} per {@code groupWindow} in a group, {@code globalMessages} per
 * {@code globalWindow} overall. Every accepted sendMessage, sendPhoto, editMessageText and
 * deleteMessage counts.
 */
public record RateLimits(
        Duration chatInterval, int groupMessages, Duration groupWindow, int globalMessages, Duration globalWindow) {

    public RateLimits {
        if (groupMessages < 1 || globalMessages < 1) {
            throw new IllegalArgumentException("limits must allow at least one message");
        }
    }

    /** Telegram's published limits: 1/s a chat, 20/min a group, 30/s overall. */
    public static RateLimits telegram() {
        return new RateLimits(Duration.ofSeconds(1), 20, Duration.ofMinutes(1), 30, Duration.ofSeconds(1));
    }

    /** The same counts over windows {@code factor} times as long: for tests that cannot wait a minute. */
    public RateLimits scaledBy(double factor) {
        return new RateLimits(
                scale(chatInterval, factor),
                groupMessages,
                scale(groupWindow, factor),
                globalMessages,
                scale(globalWindow, factor));
    }

    /** No limits at all: for tests about something else. */
    public static RateLimits none() {
        return new RateLimits(Duration.ZERO, Integer.MAX_VALUE, Duration.ZERO, Integer.MAX_VALUE, Duration.ZERO);
    }

    private static Duration scale(Duration d, double factor) {
        return Duration.ofNanos(Math.round(d.toNanos() * factor));
    }
}
