package dev.sobes.discord;

import dev.sobes.core.chat.Conversation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The messages sent under each of the engine's reply keys, per conversation, so that a replacing
 * reply edits them; and the latest question card of each conversation. Bounded: the oldest
 * entries are forgotten, and a replacing reply whose message is forgotten is sent anew.
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

    private static String id(Conversation conversation, String key) {
        return conversation.key() + '\u0000' + key;
    }

    synchronized List<MessageRef> get(Conversation conversation, String key) {
        List<MessageRef> refs = messages.get(id(conversation, key));
        return refs == null ? List.of() : refs;
    }

    synchronized void put(Conversation conversation, String key, List<MessageRef> refs) {
        messages.put(id(conversation, key), List.copyOf(refs));
        questionSent(conversation, key);
    }

    /** Notes that the message with this key, if it is a question card, is now the latest question. */
    synchronized void questionSent(Conversation conversation, String key) {
        if (Layout.isQuestionKey(key)) {
            latestQuestion.put(conversation.key(), key);
        }
    }

    /** The key of the last question card sent in the conversation, if still remembered. */
    synchronized Optional<String> latestQuestion(Conversation conversation) {
        return Optional.ofNullable(latestQuestion.get(conversation.key()));
    }
}
