package dev.sobes.core.chat;

import org.jspecify.annotations.Nullable;

/**
 * A file a person sent to the bot (a Telegram document, a Discord attachment, {@code /upload PATH}
 * in the terminal): questions in Markdown or YAML to import as a pack of their own. Adapters pass
 * the file as it came, up to a size they choose to download; the engine's desk checks the size,
 * the kind and the content, and answers with what it imported or with the errors and their lines.
 *
 * <p>Uploads go to {@link dev.sobes.core.admin.Desk}, not to the interview engine.
 *
 * @param file the file as sent: its name (which tells Markdown from YAML) and its bytes
 */
public record Upload(
        Conversation conversation,
        Person person,
        Attachment file,
        @Nullable String sourceId) implements UserInput {

    public Upload(Conversation conversation, Person person, Attachment file) {
        this(conversation, person, file, null);
    }
}
