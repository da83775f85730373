package dev.sobes.core.srs;

/** Where a card is in its life: never seen, in short learning steps, in day-long reviews, or relearning after a lapse. */
public enum CardState {
    /** Never reviewed; due at once. */
    NEW,
    /** Being learnt in short steps (minutes) before its first day-long interval. */
    LEARNING,
    /** Scheduled in whole days by the memory model. */
    REVIEW,
    /** Forgotten in review and back in short steps. */
    RELEARNING
}
