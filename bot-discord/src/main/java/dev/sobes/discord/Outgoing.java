package dev.sobes.discord;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One Discord message, laid out within Discord's limits: Markdown text, embeds, and rows of
 * buttons.
 */
record Outgoing(String content, List<Embed> embeds, List<List<OutButton>> rows) {
    Outgoing {
        embeds = List.copyOf(embeds);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** An embed: an optional title over Markdown text. */
    record Embed(@Nullable String title, String description) {
        int length() {
            return (title == null ? 0 : title.length()) + description.length();
        }
    }

    /** A button: the custom id that comes back when pressed, its label, and whether it stands out. */
    record OutButton(String id, String label, boolean primary) {}

    List<OutButton> buttons() {
        return rows.stream().flatMap(List::stream).toList();
    }
}
