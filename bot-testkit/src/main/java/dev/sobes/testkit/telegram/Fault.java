package dev.sobes.testkit.telegram;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A failure the fake injects into one call instead of handling it. None of them accepts the call:
 * a bot that retries after any of them must not end up with a duplicate. ({@link Held} only
 * delays a call, which is then handled.)
 */
public sealed interface Fault
        permits Fault.TooManyRequests, Fault.ServerError, Fault.Timeout, Fault.ConnectionReset, Fault.Held {

    /** HTTP 429 with {@code retry_after}, as Telegram's flood control answers. */
    record TooManyRequests(int retryAfterSeconds) implements Fault {}

    /** HTTP 500 with Telegram's error body. */
    record ServerError() implements Fault {}

    /** No answer: the call is held for {@code hold}, then the connection is closed. */
    record Timeout(Duration hold) implements Fault {}

    /** The connection is closed without an answer. */
    record ConnectionReset() implements Fault {}

    /**
     * Not a failure: the call waits until {@code release} is counted down (at most the fake's 30 s
     * wait), then is handled as usual. For tests of what goes on while a call is slow.
     */
    record Held(CountDownLatch release) implements Fault {}

    static Fault held(CountDownLatch release) {
        return new Held(release);
    }

    static Fault tooManyRequests(int retryAfterSeconds) {
        return new TooManyRequests(retryAfterSeconds);
    }

    static Fault serverError() {
        return new ServerError();
    }

    static Fault timeout(Duration hold) {
        return new Timeout(hold);
    }

    static Fault connectionReset() {
        return new ConnectionReset();
    }
}
