package dev.sobes.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The Telegram messages one reply became, filled in as its pieces are sent: a later reply that
 * replaces it edits these messages. Each piece remembers what it showed, so a replacement leaves
 * unchanged pieces alone (Telegram refuses an edit that changes nothing). It remembers a digest of
 * it, not the text: the bot keeps up to 100,000 of these, and whole cards took 4 KB each.
 */
final class Delivered {
    private final String chatId;
    /** Per piece: the first 16 bytes of the SHA-256 of its content. */
    private final byte[][] digests;

    private final AtomicReferenceArray<Integer> ids;
    private final AtomicReferenceArray<Delivered> sameAs;

    /** @param contents what each piece shows: its HTML and its buttons */
    Delivered(String chatId, List<String> contents) {
        this.chatId = chatId;
        this.digests = contents.stream().map(Delivered::digest).toArray(byte[][]::new);
        this.ids = new AtomicReferenceArray<>(contents.size());
        this.sameAs = new AtomicReferenceArray<>(contents.size());
    }

    String chatId() {
        return chatId;
    }

    int pieces() {
        return digests.length;
    }

    /** Whether piece {@code index} shows the same as piece {@code index} of {@code other}. */
    boolean showsSame(int index, Delivered other) {
        return Arrays.equals(digests[index], other.digests[index]);
    }

    private static byte[] digest(String content) {
        try {
            byte[] full = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(full, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
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
