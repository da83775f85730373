package dev.sobes.core.chat;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message from the engine.
 *
 * @param conversation where it belongs
 * @param privateTo when set, only this person may see it (an ephemeral message or a direct message).
 *     {@code conversation} stays the conversation the message belongs to (for a group interview, the
 *     group), and its buttons are issued for that conversation: a press that comes back from the
 *     person's direct chat with the bot is routed there by the engine. A private message's {@code
 *     key} names it for that person only.
 * @param text the content; adapters render and escape it
 * @param buttons rows of buttons under the message
 * @param key a name for this message within the conversation, so that a later reply can replace it
 * @param replace when true and a message with the same {@code key} was sent, edit that message
 *     instead of sending a new one
 * @param chart an image to show with the text where the platform shows images
 * @param attachment a file sent with the message, or null
 * @param removeInput when true, the person's message that brought the input this reply answers
 *     should not stay where others can read it (an answer to a group interview written as a reply in
 *     the group): the adapter deletes that message where the bot has the right to, and then does not
 *     send this reply at all; only where it cannot delete it does it send this reply, whose text
 *     warns the person that others can read what they wrote
 */
public record Reply(
        Conversation conversation,
        @Nullable PersonId privateTo,
        RichText text,
        List<List<Button>> buttons,
        @Nullable String key,
        boolean replace,
        @Nullable Chart chart,
        @Nullable Attachment attachment,
        boolean removeInput) {

    public Reply {
        buttons =
                buttons.stream().map(List::copyOf).filter(row -> !row.isEmpty()).toList();
        if (replace && key == null) {
            throw new IllegalArgumentException("a replacing reply needs the key of the message it replaces");
        }
    }

    /** A plain reply: no chart, no attachment. */
    public Reply(
            Conversation conversation,
            @Nullable PersonId privateTo,
            RichText text,
            List<List<Button>> buttons,
            @Nullable String key,
            boolean replace) {
        this(conversation, privateTo, text, buttons, key, replace, null, null, false);
    }

    public static Reply to(Conversation conversation, RichText text) {
        return new Reply(conversation, null, text, List.of(), null, false, null, null, false);
    }

    public Reply withButtons(List<List<Button>> rows) {
        return new Reply(conversation, privateTo, text, rows, key, replace, chart, attachment, removeInput);
    }

    public Reply withKey(String newKey) {
        return new Reply(conversation, privateTo, text, buttons, newKey, replace, chart, attachment, removeInput);
    }

    public Reply replacing(String oldKey) {
        return new Reply(conversation, privateTo, text, buttons, oldKey, true, chart, attachment, removeInput);
    }

    public Reply privateTo(PersonId person) {
        return new Reply(conversation, person, text, buttons, key, replace, chart, attachment, removeInput);
    }

    public Reply withChart(Chart image) {
        return new Reply(conversation, privateTo, text, buttons, key, replace, image, attachment, removeInput);
    }

    public Reply withAttachment(Attachment file) {
        return new Reply(conversation, privateTo, text, buttons, key, replace, chart, file, removeInput);
    }

    /**
     * The same reply as a warning that stands in for removing the input's message: see {@code
     * removeInput}.
     */
    public Reply removingInput() {
        return new Reply(conversation, privateTo, text, buttons, key, replace, chart, attachment, true);
    }

    /** Every button of every row, in reading order. */
    public List<Button> allButtons() {
        return buttons.stream().flatMap(List::stream).toList();
    }
}
