package dev.sobes.discord;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.PersonId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The messages sent under each of the engine's reply keys, per conversation (and, for a message
 * only one person sees, per person: its key names it for them alone), so that a replacing reply
 * edits them; and the latest question card of each conversation. Bounded: the oldest entries are
 * forgotten, and a replacing reply whose message is forgotten is sent anew.
 */
final class SentMessages {
    private final Map<String, List<MessageRef>> messages;
    private final Map<String, String> latestQuestion;

    SentMessages(int capacity) {
        this.messages = bounded(capacity);
        this.latestQuestion = bounded(capacity);
    }

    private static <V> Map<String, V> bounded(int capacity) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    private static String id(Conversation conversation, @Nullable PersonId privateTo, String key) {
        return conversation.key() + '\u0000' + (privateTo == null ? "" : privateTo.userId()) + '\u0000' + key;
    }

    synchronized List<MessageRef> get(Conversation conversation, @Nullable PersonId privateTo, String key) {
        List<MessageRef> refs = messages.get(id(conversation, privateTo, key));
        return refs == null ? List.of() : refs;
    }

    synchronized void put(Conversation conversation, @Nullable PersonId privateTo, String key, List<MessageRef> refs) {
        messages.put(id(conversation, privateTo, key), List.copyOf(refs));
        if (privateTo == null && Layout.isQuestionKey(key)) {
            latestQuestion.put(conversation.key(), key);
        }
    }

    /** The key of the last question card sent in the conversation, if still remembered. */
    synchronized Optional<String> latestQuestion(Conversation conversation) {
        return Optional.ofNullable(latestQuestion.get(conversation.key()));
    }
}
