package dev.sobes.testkit.telegram;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bot's message as it stands now (after any edits): what a person in the chat sees.
 *
 * @param text the visible text, markup applied
 * @param html the text exactly as the bot sent it
 * @param edits how many times it was edited
 * @param change a sequence number that grows with every change the fake sees, so tests can ask
 *     for what changed after their last action
 * @param photo whether it is a photo ({@code text} is then its caption)
 * @param document whether it is a document ({@code text} is then its caption)
 * @param file the photo's image or the document's file, as sent; null for a text message
 */
public record SentMessage(
        long chatId,
        int messageId,
        @Nullable Integer threadId,
        String text,
        String html,
        @Nullable String parseMode,
        List<List<InlineButton>> buttons,
        int edits,
        long change,
        boolean photo,
        boolean document,
        @Nullable SentFile file) {

    public SentMessage {
        buttons = buttons.stream().map(List::copyOf).toList();
    }

    /** Every button, in reading order. */
    public List<InlineButton> allButtons() {
        return buttons.stream().flatMap(List::stream).toList();
    }

    public boolean hasButton(String label) {
        return allButtons().stream().anyMatch(b -> b.text().equals(label));
    }
}
