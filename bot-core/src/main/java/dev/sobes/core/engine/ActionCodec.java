package dev.sobes.core.engine;

import dev.sobes.core.chat.Conversation;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and verifies the action ids behind buttons. An id is the action's payload and a short
 * MAC over the payload and the conversation, so an id that was never issued, was altered, or was
 * issued in another conversation is refused. Ids fit Telegram's 64-byte callback data.
 */
public final class ActionCodec {
    /** Longest payload accepted; with the separator and MAC the id stays within 64 bytes. */
    public static final int MAX_PAYLOAD = 48;

    private static final int MAC_BYTES = 9; // 72 bits, 12 base64url characters
    private static final Pattern PAYLOAD = Pattern.compile("[a-z0-9:_-]{1," + MAX_PAYLOAD + "}");
    private static final char SEPARATOR = '.';

    /**
     * Keyed once and never used itself: each signature works on a copy, since looking the algorithm
     * up for every button cost more than the signing (docs/performance.md).
     */
    private final Mac keyed;

    public ActionCodec(byte[] secret) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the action secret needs at least 16 bytes");
        }
        try {
            this.keyed = Mac.getInstance("HmacSHA256");
            keyed.init(new SecretKeySpec(Arrays.copyOf(secret, secret.length), "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Signs {@code payload} for buttons shown in {@code conversation}. */
    public String issue(Conversation conversation, String payload) {
        if (!PAYLOAD.matcher(payload).matches()) {
            throw new IllegalArgumentException("action payload must match " + PAYLOAD + ": " + payload);
        }
        return payload + SEPARATOR + mac(conversation, payload);
    }

    /** The payload of {@code action} if this codec issued it for {@code conversation}. */
    public Optional<String> verify(Conversation conversation, String action) {
        int at = action.lastIndexOf(SEPARATOR);
        if (at <= 0 || action.length() > MAX_PAYLOAD + 1 + 12) {
            return Optional.empty();
        }
        String payload = action.substring(0, at);
        if (!PAYLOAD.matcher(payload).matches()) {
            return Optional.empty();
        }
        byte[] expected = mac(conversation, payload).getBytes(StandardCharsets.US_ASCII);
        byte[] given = action.substring(at + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? Optional.of(payload) : Optional.empty();
    }

    private String mac(Conversation conversation, String payload) {
        try {
            Mac mac = (Mac) keyed.clone();
            mac.update(conversation.key().getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            byte[] digest = mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, MAC_BYTES));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's HmacSHA256 can be copied", e);
        }
    }
}
