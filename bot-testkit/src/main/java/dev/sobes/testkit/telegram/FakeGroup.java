package dev.sobes.testkit.telegram;

import dev.sobes.testkit.telegram.TelegramState.ChatState;
import java.util.List;
import java.util.Map;

/** A supergroup in the fake, optionally a forum with topics. Users take part through {@link FakeUser#in}. */
public final class FakeGroup {
    private final FakeTelegram telegram;
    private final long id;

    FakeGroup(FakeTelegram telegram, long id) {
        this.telegram = telegram;
        this.id = id;
    }

    public long id() {
        return id;
    }

    /** A forum topic with this name, created on first use; returns its message_thread_id. */
    public int topic(String name) {
        return telegram.locked(() -> {
            ChatState chat = telegram.state().chat(id);
            if (!chat.forum) {
                throw new IllegalStateException("group " + id + " is not a forum");
            }
            for (Map.Entry<Integer, String> topic : chat.topics.entrySet()) {
                if (topic.getValue().equals(name)) {
                    return topic.getKey();
                }
            }
            // A topic's id is the id of the service message that created it.
            int thread = chat.nextMessageId++;
            chat.topics.put(thread, name);
            return thread;
        });
    }

    /** The bot's messages in the group, every topic included. */
    public List<SentMessage> messages() {
        return telegram.messages(id);
    }
}
