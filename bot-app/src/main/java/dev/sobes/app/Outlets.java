package dev.sobes.app;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where replies that answer no input (a timer's) go: each to the adapter of its conversation's
 * platform. A platform this process does not serve is left to the process that does.
 */
final class Outlets {
    private static final Logger LOG = LoggerFactory.getLogger(Outlets.class);

    private final Map<Platform, Consumer<List<Reply>>> outlets =
            Collections.synchronizedMap(new EnumMap<>(Platform.class));
    private final Map<Platform, Predicate<Conversation>> reaches =
            Collections.synchronizedMap(new EnumMap<>(Platform.class));

    /** Replies to {@code platform}'s conversations go to {@code outlet}; this process reaches them all. */
    Outlets to(Platform platform, Consumer<List<Reply>> outlet) {
        return to(platform, outlet, conversation -> true);
    }

    /**
     * Replies to {@code platform}'s conversations go to {@code outlet}; what they are due unasked is
     * this process's to send only where {@code reaches} says (Discord shards spread over processes).
     */
    Outlets to(Platform platform, Consumer<List<Reply>> outlet, Predicate<Conversation> reaches) {
        outlets.put(platform, outlet);
        this.reaches.put(platform, reaches);
        return this;
    }

    /** Whether this process has a way out to {@code platform}. */
    boolean serves(Platform platform) {
        return outlets.containsKey(platform);
    }

    /**
     * Whether this process is the one to send what {@code conversation} is due unasked (timers,
     * notices); another process sharing the database takes the rest.
     */
    boolean serves(Conversation conversation) {
        Predicate<Conversation> test = reaches.get(conversation.platform());
        return test != null && test.test(conversation);
    }

    void deliver(List<Reply> replies) {
        Map<Platform, List<Reply>> byPlatform = new EnumMap<>(Platform.class);
        for (Reply reply : replies) {
            byPlatform
                    .computeIfAbsent(reply.conversation().platform(), p -> new ArrayList<>())
                    .add(reply);
        }
        byPlatform.forEach((platform, some) -> {
            Consumer<List<Reply>> outlet = outlets.get(platform);
            if (outlet == null) {
                LOG.warn("{} replies for {} have no way out in this process", some.size(), platform.code());
            } else {
                outlet.accept(some);
            }
        });
    }
}
