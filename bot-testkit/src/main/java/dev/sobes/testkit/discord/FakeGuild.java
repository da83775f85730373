package dev.sobes.testkit.discord;

import java.util.ArrayList;
import java.util.List;

/** A server in the fake, with text channels and the permissions the bot has in it. */
public final class FakeGuild {
    /** View channels, send messages, embed links, read history, use commands, threads. */
    public static final long BOT_PERMISSIONS = Permissions.VIEW_CHANNEL
            | Permissions.SEND_MESSAGES
            | Permissions.EMBED_LINKS
            | Permissions.READ_MESSAGE_HISTORY
            | Permissions.USE_APPLICATION_COMMANDS
            | Permissions.CREATE_PUBLIC_THREADS
            | Permissions.SEND_MESSAGES_IN_THREADS;

    private final FakeDiscord discord;
    private final long id;
    private final String name;
    private final List<FakeChannel> channels = new ArrayList<>();
    private volatile long botPermissions = BOT_PERMISSIONS;

    FakeGuild(FakeDiscord discord, long id, String name) {
        this.discord = discord;
        this.id = id;
        this.name = name;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** Adds a text channel; add channels before the bot connects, as Discord sends them on connect. */
    public FakeChannel addTextChannel(String channelName) {
        FakeChannel channel = discord.addGuildChannel(this, channelName);
        synchronized (discord) {
            channels.add(channel);
        }
        return channel;
    }

    /** Channels of this guild, threads included, in the order they were made. */
    public List<FakeChannel> channels() {
        synchronized (discord) {
            return List.copyOf(channels);
        }
    }

    void addThread(FakeChannel thread) {
        channels.add(thread);
    }

    /** The threads of this guild, oldest first. */
    public List<FakeChannel> threads() {
        return channels().stream()
                .filter(c -> c.kind() == FakeChannel.Kind.THREAD)
                .toList();
    }

    /** Waits for the bot to open a thread here and returns it. */
    public FakeChannel awaitThread() {
        return discord.await("a thread in " + name, () -> {
            List<FakeChannel> threads = threads();
            return threads.isEmpty() ? null : threads.get(threads.size() - 1);
        });
    }

    public long botPermissions() {
        return botPermissions;
    }

    /** Sets the bot's permissions in this guild (set before the bot connects). */
    public FakeGuild botPermissions(long permissions) {
        this.botPermissions = permissions;
        return this;
    }

    boolean botMay(long permission) {
        return (botPermissions & permission) == permission;
    }

    /** Permission bits, as Discord numbers them. */
    public static final class Permissions {
        public static final long VIEW_CHANNEL = 1L << 10;
        public static final long SEND_MESSAGES = 1L << 11;
        public static final long EMBED_LINKS = 1L << 14;
        public static final long READ_MESSAGE_HISTORY = 1L << 16;
        public static final long MENTION_EVERYONE = 1L << 17;
        public static final long USE_APPLICATION_COMMANDS = 1L << 31;
        public static final long CREATE_PUBLIC_THREADS = 1L << 35;
        public static final long SEND_MESSAGES_IN_THREADS = 1L << 38;

        private Permissions() {}
    }
}
