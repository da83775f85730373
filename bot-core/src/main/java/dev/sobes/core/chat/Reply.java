package dev.sobes.core.chat;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message from the engine.
 *
 * @param conversation where it belongs
 * @param privateTo when set, only this person may see it (an ephemeral message or a direct message)
 * @param text the content; adapters render and escape it
 * @param buttons rows of buttons under the message
 * @param key a name for this message within the conversation, so that a later reply can replace it
 * @param replace when true and a message with the same {@code key} was sent, edit that message
 *     instead of sending a new one
 * @param chart an image to show with the text where the platform shows images
 * @param attachment a file sent with the message, or null
 */
public record Reply(
        Conversation conversation,
        @Nullable PersonId privateTo,
        RichText text,
        List<List<Button>> buttons,
        @Nullable String key,
        boolean replace,
        @Nullable Chart chart,
        @Nullable Attachment attachment) {

    public Reply {
        buttons =
                buttons.stream().map(List::copyOf).filter(row -> !row.isEmpty()).toList();
        if (replace && key == null) {
            throw new IllegalArgumentException("a replacing reply needs the key of the message it replaces");
        }
    }

    /** A reply without a chart or an attachment. */
    public Reply(
            Conversation conversation,
            @Nullable PersonId privateTo,
            RichText text,
            List<List<Button>> buttons,
            @Nullable String key,
            boolean replace) {
        this(conversation, privateTo, text, buttons, key, replace, null, null);
    }

    public static Reply to(Conversation conversation, RichText text) {
        return new Reply(conversation, null, text, List.of(), null, false, null, null);
    }

    public Reply withButtons(List<List<Button>> rows) {
        return new Reply(conversation, privateTo, text, rows, key, replace, chart, attachment);
    }

    public Reply withKey(String newKey) {
        return new Reply(conversation, privateTo, text, buttons, newKey, replace, chart, attachment);
    }

    public Reply replacing(String oldKey) {
        return new Reply(conversation, privateTo, text, buttons, oldKey, true, chart, attachment);
    }

    public Reply privateTo(PersonId person) {
        return new Reply(conversation, person, text, buttons, key, replace, chart, attachment);
    }

    public Reply withChart(Chart image) {
        return new Reply(conversation, privateTo, text, buttons, key, replace, image, attachment);
    }

    public Reply withAttachment(Attachment file) {
        return new Reply(conversation, privateTo, text, buttons, key, replace, chart, file);
    }

    /** Every button of every row, in reading order. */
    public List<Button> allButtons() {
        return buttons.stream().flatMap(List::stream).toList();
    }
}
