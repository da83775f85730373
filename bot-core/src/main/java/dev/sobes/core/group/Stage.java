package dev.sobes.core.group;

/** Where a group interview stands. */
public enum Stage {
    /** Members join and leave; the host starts. */
    LOBBY,
    /** A question is open and participants answer privately. */
    ASKING,
    /** The last question's answers are revealed; the host goes on, late joiners may join. */
    REVEALED
}
