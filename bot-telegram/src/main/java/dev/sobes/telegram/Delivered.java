package dev.sobes.telegram;

import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The Telegram messages one reply became, filled in as its pieces are sent: a later reply that
 * replaces it edits these messages.
 */
final class Delivered {
    private final String chatId;
    private final AtomicReferenceArray<Integer> ids;

    Delivered(String chatId, int pieces) {
        this.chatId = chatId;
        this.ids = new AtomicReferenceArray<>(pieces);
    }

    String chatId() {
        return chatId;
    }

    int pieces() {
        return ids.length();
    }

    /** The message id of piece {@code index}, or null if it was not (or not yet) sent. */
    @Nullable
    Integer id(int index) {
        return ids.get(index);
    }

    void sent(int index, int messageId) {
        ids.set(index, messageId);
    }
}
