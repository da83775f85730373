package dev.sobes.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.sobes.core.chat.Reply;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Which Telegram messages each named reply became, so a later reply that replaces it becomes an
 * edit. Bounded: Telegram lets a bot edit its messages for 48 hours, and a message forgotten
 * earlier is simply sent anew.
 */
final class MessageIds {
    private final Cache<String, Delivered> sent;

    MessageIds(long maximumSize) {
        this.sent = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(Duration.ofDays(2))
                .build();
    }

    @Nullable
    Delivered get(Reply reply) {
        String key = key(reply);
        return key == null ? null : sent.getIfPresent(key);
    }

    void put(Reply reply, Delivered delivered) {
        String key = key(reply);
        if (key != null) {
            sent.put(key, delivered);
        }
    }

    private static @Nullable String key(Reply reply) {
        if (reply.key() == null) {
            return null;
        }
        String person = reply.privateTo() == null ? "" : reply.privateTo().key();
        return reply.conversation().key() + "|" + person + "|" + reply.key();
    }
}
