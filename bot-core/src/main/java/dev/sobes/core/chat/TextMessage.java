package dev.sobes.core.chat;

import org.jspecify.annotations.Nullable;

/** Free text written by a person: usually an answer. */
public record TextMessage(
        Conversation conversation,
        Person person,
        String text,
        @Nullable String sourceId) implements UserInput {
    public TextMessage(Conversation conversation, Person person, String text) {
        this(conversation, person, text, null);
    }
}
