package dev.sobes.discord;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.PersonId;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The messages sent under each of the engine's reply keys, per conversation (and, for a message
 * only one person sees, per person: its key names it for them alone), so that a replacing reply
 * edits them; and the latest question card of each conversation. Bounded: the oldest entries are
 * forgotten, and a replacing reply whose message is forgotten is sent anew.
 *
 * <p>Replies to one conversation can be sent from two lanes (a game's answer written in direct
 * messages is answered on the direct conversation's lane), and a person may press a button the
 * moment its message appears, before the lane that sent it has heard back from Discord. So a
 * message is marked {@linkplain #sending sending} first, and {@link #await} waits a little for it.
 */
final class SentMessages {
    private final Map<String, List<MessageRef>> messages;
    private final Map<String, String> latestQuestion;
    private final Map<String, CountDownLatch> sending = new HashMap<>();

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

    void put(Conversation conversation, @Nullable PersonId privateTo, String key, List<MessageRef> refs) {
        String id = id(conversation, privateTo, key);
        CountDownLatch sent;
        synchronized (this) {
            messages.put(id, List.copyOf(refs));
            if (privateTo == null) {
                questionSent(conversation, key);
            }
            sent = sending.remove(id);
        }
        if (sent != null) {
            sent.countDown();
        }
    }

    /** Notes that the message with this key, if it is a question card, is now the latest question. */
    synchronized void questionSent(Conversation conversation, String key) {
        if (Layout.isQuestionKey(key)) {
            latestQuestion.put(conversation.key(), key);
        }
    }

    /** Notes that messages under the key are being sent: until {@link #put} or {@link #abandon}, edits wait. */
    synchronized void sending(Conversation conversation, @Nullable PersonId privateTo, String key) {
        sending.putIfAbsent(id(conversation, privateTo, key), new CountDownLatch(1));
    }

    /** The messages under the key were not sent after all. */
    void abandon(Conversation conversation, @Nullable PersonId privateTo, String key) {
        CountDownLatch sent;
        synchronized (this) {
            sent = sending.remove(id(conversation, privateTo, key));
        }
        if (sent != null) {
            sent.countDown();
        }
    }

    /** The messages under the key, waiting up to {@code patience} for them when they are being sent. */
    List<MessageRef> await(Conversation conversation, @Nullable PersonId privateTo, String key, Duration patience) {
        CountDownLatch sent;
        synchronized (this) {
            sent = sending.get(id(conversation, privateTo, key));
        }
        if (sent != null) {
            try {
                if (!sent.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                    return get(conversation, privateTo, key);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return get(conversation, privateTo, key);
    }

    /** The key of the last question card sent in the conversation, if still remembered. */
    synchronized Optional<String> latestQuestion(Conversation conversation) {
        return Optional.ofNullable(latestQuestion.get(conversation.key()));
    }
}
