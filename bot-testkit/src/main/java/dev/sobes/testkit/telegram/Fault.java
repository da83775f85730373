package dev.sobes.testkit.telegram;

import java.time.Duration;

/**
 * A failure the fake injects into one call instead of handling it. None of them accepts the call:
 * a bot that retries after any of them must not end up with a duplicate.
 */
public sealed interface Fault permits Fault.TooManyRequests, Fault.ServerError, Fault.Timeout, Fault.ConnectionReset {

    /** HTTP 429 with {@code retry_after}, as Telegram's flood control answers. */
    record TooManyRequests(int retryAfterSeconds) implements Fault {}

    /** HTTP 500 with Telegram's error body. */
    record ServerError() implements Fault {}

    /** No answer: the call is held for {@code hold}, then the connection is closed. */
    record Timeout(Duration hold) implements Fault {}

    /** The connection is closed without an answer. */
    record ConnectionReset() implements Fault {}

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
