package dev.sobes.testkit.telegram;

import dev.sobes.testkit.telegram.TelegramState.UserState;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A scripted person. What they do in their private chat with the bot is available directly
 * ({@link #sends}, {@link #taps}); in a group through {@link #in}.
 */
public final class FakeUser {
    private final FakeTelegram telegram;
    private final long id;
    private final Map<String, ChatView> views = new HashMap<>();

    FakeUser(FakeTelegram telegram, long id) {
        this.telegram = telegram;
        this.id = id;
    }

    public long id() {
        return id;
    }

    /** The language the person's Telegram app reports (language_code). */
    public FakeUser language(@Nullable String code) {
        telegram.lockedRun(() -> state().languageCode = code);
        return this;
    }

    public FakeUser lastName(@Nullable String value) {
        telegram.lockedRun(() -> state().lastName = value);
        return this;
    }

    public FakeUser username(@Nullable String value) {
        telegram.lockedRun(() -> state().username = value);
        return this;
    }

    /** The private chat with the bot. */
    public synchronized ChatView dm() {
        return views.computeIfAbsent("dm", k -> {
            telegram.lockedRun(() -> telegram.state().privateChat(state()));
            return new ChatView(telegram, id, id, null);
        });
    }

    /** This person in a group (in its general topic, for a forum). */
    public synchronized ChatView in(FakeGroup group) {
        return views.computeIfAbsent(group.id() + "", k -> new ChatView(telegram, id, group.id(), null));
    }

    /** This person in one topic of a forum. */
    public synchronized ChatView inTopic(FakeGroup group, int threadId) {
        return views.computeIfAbsent(
                group.id() + ":" + threadId, k -> new ChatView(telegram, id, group.id(), threadId));
    }

    /**
     * Blocks the bot, as from the private chat's menu: Telegram sends the bot a {@code
     * my_chat_member} update (the bot's status becomes kicked) and refuses every message to this
     * person with 403 "Forbidden: bot was blocked by the user" until {@link #unblocksBot}. A person
     * who blocked the bot cannot write to it.
     */
    public FakeUser blocksBot() {
        dm();
        telegram.lockedRun(() -> telegram.state().block(state(), true));
        return this;
    }

    /** Unblocks the bot: it may write to this person again (it gets a {@code my_chat_member} update). */
    public FakeUser unblocksBot() {
        dm();
        telegram.lockedRun(() -> telegram.state().block(state(), false));
        return this;
    }

    /** Sends {@code text} to the bot in the private chat. */
    public UserMessage sends(String text) {
        return dm().sends(text);
    }

    /** Taps the button labelled {@code label} on the bot's latest private message that has one. */
    public void taps(String label) {
        dm().taps(label);
    }

    /** Taps the {@code n}-th button (from 1, in reading order) of the bot's latest private message with buttons. */
    public void taps(int n) {
        dm().taps(n);
    }

    /** The bot's messages in the private chat, as they stand now. */
    public List<SentMessage> messages() {
        return dm().messages();
    }

    private UserState state() {
        return telegram.state().user(id);
    }
}
