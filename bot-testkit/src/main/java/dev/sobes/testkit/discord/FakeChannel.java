package dev.sobes.testkit.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** A place messages are written: a direct-message channel, a server text channel, or a thread. */
public final class FakeChannel {
    /** What kind of channel this is; the numbers are Discord's channel types. */
    public enum Kind {
        TEXT(0),
        DM(1),
        THREAD(11);

        final int type;

        Kind(int type) {
            this.type = type;
        }
    }

    private final FakeDiscord discord;
    private final long id;
    private final Kind kind;
    private final String name;
    private final @Nullable FakeGuild guild;
    private final @Nullable FakeChannel parent;
    private final @Nullable FakeUser recipient;
    private final long ownerId;
    private final List<Version> versions = new ArrayList<>();
    private final List<FakeMessage> messages = new ArrayList<>();
    private long mark;

    /** One version of a message, numbered in the order the fake saw them. */
    record Version(long seq, FakeMessage message) {}

    FakeChannel(
            FakeDiscord discord,
            long id,
            Kind kind,
            String name,
            @Nullable FakeGuild guild,
            @Nullable FakeChannel parent,
            @Nullable FakeUser recipient,
            long ownerId) {
        this.discord = discord;
        this.id = id;
        this.kind = kind;
        this.name = name;
        this.guild = guild;
        this.parent = parent;
        this.recipient = recipient;
        this.ownerId = ownerId;
    }

    public long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public @Nullable FakeGuild guild() {
        return guild;
    }

    public @Nullable FakeChannel parent() {
        return parent;
    }

    /** The other side of a direct-message channel. */
    public @Nullable FakeUser recipient() {
        return recipient;
    }

    /** Who made the thread (for threads). */
    public long ownerId() {
        return ownerId;
    }

    /** The messages here, in the order they were written, each in its latest version. */
    public List<FakeMessage> messages() {
        synchronized (discord) {
            return List.copyOf(messages);
        }
    }

    /** The messages {@code user} sees here: everything but other people's ephemeral messages. */
    public List<FakeMessage> messagesSeenBy(FakeUser user) {
        return messages().stream()
                .filter(m -> m.ephemeralFor() == null || m.ephemeralFor() == user.id())
                .toList();
    }

    /** The bot's messages here, latest versions, ephemeral ones included. */
    public List<FakeMessage> botMessages() {
        return messages().stream().filter(m -> m.authorId() == discord.botId()).toList();
    }

    public FakeMessage lastBotMessage() {
        List<FakeMessage> bot = botMessages();
        if (bot.isEmpty()) {
            throw new AssertionError("the bot has written nothing in " + this);
        }
        return bot.get(bot.size() - 1);
    }

    /**
     * Waits until the bot writes or edits a message here, after the last thing a user did here,
     * that matches {@code test}; returns that version of it.
     */
    public FakeMessage awaitReply(Predicate<FakeMessage> test) {
        return discord.await("a reply in " + this, () -> {
            for (Version version : versions) {
                if (version.seq() > mark
                        && version.message().authorId() == discord.botId()
                        && test.test(version.message())) {
                    return version.message();
                }
            }
            return null;
        });
    }

    /** Waits for a reply whose text contains {@code fragment}. */
    public FakeMessage awaitReplyContaining(String fragment) {
        return awaitReply(m -> m.text().contains(fragment));
    }

    /** The latest version of a message here. */
    public FakeMessage current(FakeMessage message) {
        synchronized (discord) {
            return Objects.requireNonNull(find(message.id()), "no message " + message.id() + " in " + this);
        }
    }

    @Nullable
    FakeMessage find(long messageId) {
        for (FakeMessage message : messages) {
            if (message.id() == messageId) {
                return message;
            }
        }
        return null;
    }

    /** Called under the fake's lock: a new message or a new version of one. */
    void put(FakeMessage message, long seq) {
        versions.add(new Version(seq, message));
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).id() == message.id()) {
                messages.set(i, message);
                return;
            }
        }
        messages.add(message);
    }

    void remove(long messageId) {
        messages.removeIf(m -> m.id() == messageId);
    }

    /** Called under the fake's lock when a user acts here: later replies are answers to that. */
    void markUserAction(long seq) {
        mark = seq;
    }

    boolean isGuildChannel() {
        return guild != null;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + name + " (" + id + ")";
    }
}
