package dev.sobes.telegram;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The Telegram messages one reply became, filled in as its pieces are sent: a later reply that
 * replaces it edits these messages. Each piece remembers what it showed, so a replacement leaves
 * unchanged pieces alone (Telegram refuses an edit that changes nothing).
 */
final class Delivered {
    private final String chatId;
    private final List<String> contents;
    private final AtomicReferenceArray<Integer> ids;
    private final AtomicReferenceArray<Delivered> sameAs;

    /** @param contents what each piece shows: its HTML and its buttons */
    Delivered(String chatId, List<String> contents) {
        this.chatId = chatId;
        this.contents = List.copyOf(contents);
        this.ids = new AtomicReferenceArray<>(contents.size());
        this.sameAs = new AtomicReferenceArray<>(contents.size());
    }

    String chatId() {
        return chatId;
    }

    int pieces() {
        return contents.size();
    }

    String content(int index) {
        return contents.get(index);
    }

    /** The message id of piece {@code index}, or null if it was not (or not yet) sent. */
    @Nullable
    Integer id(int index) {
        Integer id = ids.get(index);
        if (id != null) {
            return id;
        }
        Delivered earlier = sameAs.get(index);
        return earlier == null ? null : earlier.id(index);
    }

    void sent(int index, int messageId) {
        ids.set(index, messageId);
    }

    /** Piece {@code index} is the same message as piece {@code index} of {@code earlier}, unchanged. */
    void keeps(int index, Delivered earlier) {
        sameAs.set(index, earlier);
    }
}
