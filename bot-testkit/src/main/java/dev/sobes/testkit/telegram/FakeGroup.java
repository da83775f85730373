package dev.sobes.testkit.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /** Makes {@code user} the group's creator (an administrator with every right). */
    public FakeGroup owner(FakeUser user) {
        telegram.lockedRun(() -> telegram.state().chat(id).admins.put(user.id(), "creator"));
        return this;
    }

    /** Makes {@code user} an administrator of the group. */
    public FakeGroup admin(FakeUser user) {
        telegram.lockedRun(() -> telegram.state().chat(id).admins.put(user.id(), "administrator"));
        return this;
    }

    /**
     * Makes the bot an administrator, with or without the right to delete others' messages. When
     * this changes what the bot is, the bot gets a {@code my_chat_member} update, as on Telegram.
     */
    public FakeGroup promoteBot(boolean mayDeleteMessages) {
        setBot(true, mayDeleteMessages);
        return this;
    }

    /** Makes the bot an ordinary member again (the bot gets a {@code my_chat_member} update). */
    public FakeGroup demoteBot() {
        setBot(false, false);
        return this;
    }

    private void setBot(boolean admin, boolean mayDelete) {
        telegram.lockedRun(() -> {
            TelegramState state = telegram.state();
            ChatState chat = state.chat(id);
            if (chat.botAdmin == admin && chat.botMayDelete == mayDelete) {
                return;
            }
            ObjectNode old = state.botMemberJson(chat);
            chat.botAdmin = admin;
            chat.botMayDelete = admin && mayDelete;
            ObjectNode change = TelegramState.JSON.createObjectNode();
            change.set("chat", state.chatJson(chat));
            change.set("from", state.adminJson(chat));
            change.put("date", (int) (System.currentTimeMillis() / 1000));
            change.set("old_chat_member", old);
            change.set("new_chat_member", state.botMemberJson(chat));
            ObjectNode update = TelegramState.JSON.createObjectNode();
            update.set("my_chat_member", change);
            state.addUpdate(update);
        });
    }

    /** The bot's messages in the group, every topic included. */
    public List<SentMessage> messages() {
        return telegram.messages(id);
    }
}
