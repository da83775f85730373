package dev.sobes.testkit.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A message as people see it in the fake: its text, embeds and buttons. A message the bot edits
 * keeps its id; each version is a new {@code FakeMessage}.
 *
 * @param id the message id
 * @param channelId the channel (or thread) it is in
 * @param authorId who wrote it
 * @param content the message text as sent (Markdown)
 * @param embeds the embeds under the text
 * @param rows the rows of buttons
 * @param ephemeralFor when set, only this user sees the message
 * @param version 0 when created, one more for every edit
 * @param files the files attached to the message
 */
public record FakeMessage(
        long id,
        long channelId,
        long authorId,
        String content,
        List<Embed> embeds,
        List<List<Button>> rows,
        @Nullable Long ephemeralFor,
        int version,
        List<FakeFile> files) {

    public FakeMessage {
        embeds = List.copyOf(embeds);
        rows = rows.stream().map(List::copyOf).toList();
        files = List.copyOf(files);
    }

    /** A message without files. */
    public FakeMessage(
            long id,
            long channelId,
            long authorId,
            String content,
            List<Embed> embeds,
            List<List<Button>> rows,
            @Nullable Long ephemeralFor,
            int version) {
        this(id, channelId, authorId, content, embeds, rows, ephemeralFor, version, List.of());
    }

    /** The attached file named {@code name}, if there is one. */
    public Optional<FakeFile> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** An embed: a title, a description and fields. */
    public record Embed(@Nullable String title, @Nullable String description, List<Field> fields) {
        public Embed {
            fields = List.copyOf(fields);
        }
    }

    /** An embed field. */
    public record Field(String name, String value) {}

    /** A button: its label and the custom id that comes back when it is pressed. */
    public record Button(String label, @Nullable String customId, int style, boolean disabled) {}

    /** Everything a person reads in this message: the text, then each embed's title, text and fields. */
    public String text() {
        List<String> parts = new ArrayList<>();
        if (!content.isEmpty()) {
            parts.add(content);
        }
        for (Embed embed : embeds) {
            if (embed.title() != null) {
                parts.add(embed.title());
            }
            if (embed.description() != null) {
                parts.add(embed.description());
            }
            for (Field field : embed.fields()) {
                parts.add(field.name());
                parts.add(field.value());
            }
        }
        return String.join("\n", parts);
    }

    public List<Button> buttons() {
        return rows.stream().flatMap(List::stream).toList();
    }

    public Optional<Button> button(String label) {
        return buttons().stream().filter(b -> b.label().equals(label)).findFirst();
    }

    public boolean hasButton(String label) {
        return button(label).isPresent();
    }

    public List<String> buttonLabels() {
        return buttons().stream().map(Button::label).toList();
    }

    public boolean isEphemeral() {
        return ephemeralFor != null;
    }
}
