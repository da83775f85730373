package dev.sobes.core.model;

/** How an answer is checked. */
public enum QuestionKind {
    /** Answered in the person's own words; checked against key points. */
    OPEN,
    /** "What does this code print": the answer is compared with the exact output. */
    OUTPUT
}
