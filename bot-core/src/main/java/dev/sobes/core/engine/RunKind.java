package dev.sobes.core.engine;

/** What kind of run a session is in: it decides which question comes next and what an answer shows. */
public enum RunKind {
    /** Questions from a chosen pack, topic and level, with feedback after each answer. */
    PRACTICE,
    /** The person's due cards, most overdue first. */
    REVIEW,
    /** A fixed-length interview across topics that adapts its level; feedback comes in the report. */
    MOCK
}
