package dev.sobes.core.admin;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import java.util.Locale;
import java.util.Optional;

/**
 * Whose own pack it is: one person's, or one place's (a Telegram group, a Discord channel with its
 * threads) when a person who manages that place uploaded it there.
 *
 * @param place true for a place's pack, false for a person's
 * @param id the person's user id, or the place's chat id, on {@code platform}
 */
public record PackOwner(Platform platform, boolean place, String id) {
    public PackOwner {
        if (id.isBlank() || id.contains("/")) {
            throw new IllegalArgumentException("a pack owner needs a plain id: " + id);
        }
    }

    public static PackOwner person(PersonId person) {
        return new PackOwner(person.platform(), false, person.userId());
    }

    public static PackOwner place(Conversation conversation) {
        return new PackOwner(conversation.platform(), true, conversation.chatId());
    }

    /** A stable string for this owner, such as {@code person:telegram:123}; {@link #parse} reads it back. */
    public String key() {
        return (place ? "place:" : "person:") + platform.code() + ":" + id;
    }

    public static Optional<PackOwner> parse(String key) {
        String[] parts = key.split(":", 3);
        if (parts.length != 3 || !(parts[0].equals("person") || parts[0].equals("place")) || parts[2].isBlank()) {
            return Optional.empty();
        }
        try {
            Platform platform = Platform.valueOf(parts[1].toUpperCase(Locale.ROOT));
            return Optional.of(new PackOwner(platform, parts[0].equals("place"), parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
