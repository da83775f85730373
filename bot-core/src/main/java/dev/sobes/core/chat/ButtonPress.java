package dev.sobes.core.chat;

import org.jspecify.annotations.Nullable;

/**
 * A press of a button the engine offered. {@code action} is the button's action id exactly as the
 * platform returned it: it may be stale or forged, and the engine verifies it.
 */
public record ButtonPress(
        Conversation conversation,
        Person person,
        String action,
        @Nullable String sourceId) implements UserInput {
    public ButtonPress(Conversation conversation, Person person, String action) {
        this(conversation, person, action, null);
    }
}
