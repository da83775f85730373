package dev.sobes.core.chat;

import org.jspecify.annotations.Nullable;

/**
 * Free text written by a person: usually an answer.
 *
 * <p>In a group conversation, adapters pass on only text addressed to the bot (a reply to one of
 * its messages, a mention), and such text is visible to everyone in the conversation. Text written
 * in a private form that a {@link Button#asksForText()} button opened (a Discord modal) is seen by
 * nobody else: the adapter sends it in the conversation of the button, with {@code form} set to the
 * button's action exactly as the platform returned it (the engine verifies it like a button press).
 *
 * @param form the action of the button whose form this text was written in, or null for text
 *     written in the conversation itself
 */
public record TextMessage(
        Conversation conversation,
        Person person,
        String text,
        @Nullable String sourceId,
        @Nullable String form) implements UserInput {

    public TextMessage(Conversation conversation, Person person, String text, @Nullable String sourceId) {
        this(conversation, person, text, sourceId, null);
    }

    public TextMessage(Conversation conversation, Person person, String text) {
        this(conversation, person, text, null, null);
    }

    /** Whether people other than the writer could read this text where it was written. */
    public boolean seenByOthers() {
        return conversation.group() && form == null;
    }
}
