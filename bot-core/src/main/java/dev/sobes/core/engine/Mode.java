package dev.sobes.core.engine;

/** Where a conversation's session stands. */
public enum Mode {
    /** Nothing in progress. */
    IDLE,
    CHOOSING_PACK,
    CHOOSING_TOPIC,
    CHOOSING_LEVEL,
    /** A question is open and waits for an answer. */
    ASKING,
    /** The feedback card is shown; the person grades it or moves on. */
    REVIEWING
}
