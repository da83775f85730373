package dev.sobes.core.chat;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A place where the engine talks: a private chat, a group or channel, or a thread in one. Sessions
 * are kept per conversation.
 */
public record Conversation(
        Platform platform, String chatId, @Nullable String threadId, boolean group) {
    public Conversation {
        Objects.requireNonNull(platform, "platform");
        if (chatId.isBlank()) {
            throw new IllegalArgumentException("chatId is blank");
        }
    }

    public static Conversation direct(Platform platform, String chatId) {
        return new Conversation(platform, chatId, null, false);
    }

    /** A stable, unique string for this conversation, used as a storage and signing key. */
    public String key() {
        return platform.code() + ":" + chatId + (threadId == null ? "" : ":" + threadId);
    }
}
