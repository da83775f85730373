package dev.sobes.testkit.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sobes.testkit.telegram.TelegramState.ChatState;
import dev.sobes.testkit.telegram.TelegramState.StoredMessage;
import dev.sobes.testkit.telegram.TelegramState.UserState;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One person in one chat (and topic): what they do there, and what they see of the bot. Waiting
 * methods look at what the bot sent or edited after this person's latest action here, and give
 * up after 30 seconds (a failure, not a measurement).
 */
public final class ChatView {
    private final FakeTelegram telegram;
    private final long userId;
    private final long chatId;
    private final @Nullable Integer threadId;
    private volatile long mark;

    ChatView(FakeTelegram telegram, long userId, long chatId, @Nullable Integer threadId) {
        this.telegram = telegram;
        this.userId = userId;
        this.chatId = chatId;
        this.threadId = threadId;
    }

    public long chatId() {
        return chatId;
    }

    public @Nullable Integer threadId() {
        return threadId;
    }

    /** Sends a text message; commands, mentions and links get their entities, as Telegram adds them. */
    public UserMessage sends(String text) {
        return post(text, null);
    }

    /** Sends a text message as a reply to one of the bot's messages. */
    public UserMessage repliesTo(SentMessage message, String text) {
        return post(text, message.messageId());
    }

    /** Sends a text message as a reply to a person's message here (which the bot may never have seen). */
    public UserMessage repliesTo(UserMessage message, String text) {
        if (message.chatId() != chatId) {
            throw new IllegalArgumentException("message " + message.messageId() + " is in another chat");
        }
        return post(text, message.messageId());
    }

    /**
     * Sends {@code before}, the name of {@code person}, then {@code after}, the name marked as a
     * mention of that person by id (a {@code text_mention}), as Telegram marks a mention of someone
     * picked from the member list who has no username.
     */
    public UserMessage sendsMentioning(String before, FakeUser person, String after) {
        String name = telegram.locked(() -> telegram.state().user(person.id()).firstName);
        ObjectNode mention = TelegramState.JSON.createObjectNode();
        mention.put("type", "text_mention");
        mention.put("offset", before.length());
        mention.put("length", name.length());
        mention.set(
                "user",
                telegram.locked(() -> telegram.state().userJson(telegram.state().user(person.id()))));
        return post(before + name + after, null, List.of(mention));
    }

    /**
     * Sends a file as a document, with a caption (which may be empty; commands and mentions in it
     * get their entities). Its {@code file_size} is the length of {@code content}.
     */
    public UserMessage sendsDocument(String fileName, String mimeType, byte[] content, String caption) {
        return postFile(fileName, mimeType, content.length, content, caption, null);
    }

    /** Sends a file as a document in reply to one of the bot's messages. */
    public UserMessage repliesWithDocument(SentMessage message, String fileName, String mimeType, byte[] content) {
        return postFile(fileName, mimeType, content.length, content, "", message.messageId());
    }

    /**
     * Sends a document of {@code size} bytes (zeros): a file too big to bother filling in, which a
     * bot should not fetch at all.
     */
    public UserMessage sendsDocumentOfSize(String fileName, String mimeType, long size, String caption) {
        return postFile(fileName, mimeType, size, null, caption, null);
    }

    private UserMessage postFile(
            String fileName,
            String mimeType,
            long size,
            byte @Nullable [] content,
            String caption,
            @Nullable Integer replyTo) {
        return telegram.locked(() -> {
            TelegramState state = telegram.state();
            ChatState chat = state.chat(chatId);
            StoredMessage replied = replyTo == null ? null : chat.messages.get(replyTo);
            TelegramState.StoredFile file = state.addFile(fileName, mimeType, size, content);
            int before = state.lastUpdateId();
            StoredMessage sent = state.userMessage(user(state), chat, threadId, caption, replied, List.of(), file);
            mark = state.seq();
            return new UserMessage(chatId, sent.id, state.lastUpdateId() == before ? -1 : state.lastUpdateId());
        });
    }

    private UserMessage post(String text, @Nullable Integer replyTo) {
        return post(text, replyTo, List.of());
    }

    private UserMessage post(String text, @Nullable Integer replyTo, List<ObjectNode> entities) {
        return telegram.locked(() -> {
            TelegramState state = telegram.state();
            ChatState chat = state.chat(chatId);
            StoredMessage replied = replyTo == null ? null : chat.messages.get(replyTo);
            if (replyTo != null && replied == null) {
                throw new IllegalArgumentException("no message " + replyTo + " in chat " + chatId);
            }
            int before = state.lastUpdateId();
            StoredMessage sent = state.userMessage(user(state), chat, threadId, text, replied, entities);
            mark = state.seq();
            return new UserMessage(chatId, sent.id, state.lastUpdateId() == before ? -1 : state.lastUpdateId());
        });
    }

    /** Edits a message this person sent earlier (Telegram sends the bot an edited_message). */
    public void edits(UserMessage message, String newText) {
        telegram.lockedRun(() -> {
            TelegramState state = telegram.state();
            StoredMessage stored = state.chat(chatId).messages.get(message.messageId());
            if (stored == null || stored.fromBot) {
                throw new IllegalArgumentException("no message of this person with id " + message.messageId());
            }
            stored.text = newText;
            stored.html = newText;
            stored.edits++;
            stored.change = state.nextSeq();
            ObjectNode update = TelegramState.JSON.createObjectNode();
            update.set("edited_message", state.messageJson(stored));
            state.addUpdate(update);
            mark = state.seq();
        });
    }

    /** Taps the button labelled {@code label} under {@code message}; returns the callback query's id. */
    public String taps(SentMessage message, String label) {
        InlineButton button = message.allButtons().stream()
                .filter(b -> b.text().equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no button \"" + label + "\" under message "
                        + message.messageId() + ": " + message.allButtons()));
        return pressesCallback(
                message, Objects.requireNonNull(button.callbackData(), "a link button sends no callback"));
    }

    /** Taps the button labelled {@code label} on the latest of the bot's messages here that has one. */
    public void taps(String label) {
        List<SentMessage> all = messages();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).hasButton(label)) {
                taps(all.get(i), label);
                return;
            }
        }
        throw new IllegalArgumentException("no message here has a button \"" + label + "\"");
    }

    /** Taps the {@code n}-th button (from 1, in reading order) of the bot's latest message here with buttons. */
    public void taps(int n) {
        List<SentMessage> all = messages();
        for (int i = all.size() - 1; i >= 0; i--) {
            List<InlineButton> buttons = all.get(i).allButtons();
            if (!buttons.isEmpty()) {
                if (n < 1 || n > buttons.size()) {
                    throw new IllegalArgumentException("the latest message has " + buttons.size() + " buttons");
                }
                pressesCallback(
                        all.get(i), Objects.requireNonNull(buttons.get(n - 1).callbackData()));
                return;
            }
        }
        throw new IllegalArgumentException("no message here has buttons");
    }

    /**
     * Sends the bot a callback query from {@code message} with any {@code data}: a real button's,
     * an old one's, or a forged one. Returns the callback query's id.
     */
    public String pressesCallback(SentMessage message, String data) {
        String id = telegram.nextCallbackId();
        telegram.lockedRun(() -> {
            TelegramState state = telegram.state();
            StoredMessage stored = state.chat(message.chatId()).messages.get(message.messageId());
            if (stored == null) {
                throw new IllegalArgumentException("no message " + message.messageId());
            }
            ObjectNode query = TelegramState.JSON.createObjectNode();
            query.put("id", id);
            query.set("from", state.userJson(user(state)));
            query.set("message", state.messageJson(stored));
            query.put("chat_instance", "ci" + message.chatId());
            query.put("data", data);
            ObjectNode update = TelegramState.JSON.createObjectNode();
            update.set("callback_query", query);
            state.callbacks.put(id, false);
            state.addUpdate(update);
            mark = state.seq();
        });
        return id;
    }

    /** The bot's messages here (this topic only, in a forum), as they stand now, oldest first. */
    public List<SentMessage> messages() {
        return telegram.messagesSince(chatId, threadId, 0);
    }

    /** The bot's latest message here. */
    public SentMessage last() {
        List<SentMessage> all = messages();
        if (all.isEmpty()) {
            throw new IllegalStateException("the bot has sent nothing here");
        }
        return all.get(all.size() - 1);
    }

    /** What the bot sent or edited here since this person's latest action, in order. */
    public List<SentMessage> news() {
        return telegram.messagesSince(chatId, threadId, mark);
    }

    /** Waits for a message sent or edited here since this person's latest action that matches. */
    public SentMessage awaitReply(Predicate<SentMessage> matching) {
        SentMessage[] found = new SentMessage[1];
        telegram.await(
                () -> {
                    for (SentMessage m : news()) {
                        if (matching.test(m)) {
                            found[0] = m;
                            return true;
                        }
                    }
                    return false;
                },
                "a reply in chat " + chatId + " to user " + userId + "; seen: " + textsOf(news()));
        return found[0];
    }

    /** Waits for a message sent or edited here since this person's latest action that contains {@code text}. */
    public SentMessage awaitReply(String text) {
        return awaitReply(m -> m.text().contains(text));
    }

    /** Waits until at least {@code count} messages were sent or edited here since this person's latest action. */
    public List<SentMessage> awaitReplies(int count) {
        telegram.await(() -> news().size() >= count, count + " replies in chat " + chatId);
        return news();
    }

    private UserState user(TelegramState state) {
        return state.user(userId);
    }

    private static List<String> textsOf(List<SentMessage> messages) {
        return messages.stream().map(SentMessage::text).toList();
    }
}
