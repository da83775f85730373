package dev.sobes.testkit.discord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A server in the fake, with text channels, roles, and the permissions the bot has in it. Every
 * member has the permissions of the {@code @everyone} role (the same as the bot's) and those of the
 * roles given to them.
 */
public final class FakeGuild {
    /** View channels, send messages, embed links, attach files, read history, use commands, threads. */
    public static final long BOT_PERMISSIONS = Permissions.VIEW_CHANNEL
            | Permissions.SEND_MESSAGES
            | Permissions.EMBED_LINKS
            | Permissions.ATTACH_FILES
            | Permissions.READ_MESSAGE_HISTORY
            | Permissions.USE_APPLICATION_COMMANDS
            | Permissions.CREATE_PUBLIC_THREADS
            | Permissions.SEND_MESSAGES_IN_THREADS;

    /** Every permission Discord has (an administrator's). */
    static final long ALL_PERMISSIONS = (1L << 51) - 1;

    private final FakeDiscord discord;
    private final long id;
    private final String name;
    private final List<FakeChannel> channels = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();
    private final Map<Long, Set<Long>> memberRoles = new HashMap<>();
    private volatile long botPermissions = BOT_PERMISSIONS;

    /** A role of this server: members given it get its permissions. */
    public record Role(long id, String name, long permissions) {}

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

    /** Adds a role; add roles before the bot connects, as Discord sends them on connect. */
    public Role addRole(String roleName, long permissions) {
        synchronized (discord) {
            Role role = new Role(discord.newId(), roleName, permissions);
            roles.add(role);
            return role;
        }
    }

    /** Gives {@code user} a role of this server, from their next interaction on. */
    public FakeGuild giveRole(FakeUser user, Role role) {
        synchronized (discord) {
            if (!roles.contains(role)) {
                throw new IllegalArgumentException("the role " + role.name() + " is not a role of " + name);
            }
            memberRoles.computeIfAbsent(user.id(), id -> new LinkedHashSet<>()).add(role.id());
            return this;
        }
    }

    /** The roles of this server besides {@code @everyone}, in the order they were added. */
    public List<Role> roles() {
        synchronized (discord) {
            return List.copyOf(roles);
        }
    }

    /** The ids of the roles {@code user} has here. */
    List<Long> roleIdsOf(FakeUser user) {
        synchronized (discord) {
            return List.copyOf(memberRoles.getOrDefault(user.id(), Set.of()));
        }
    }

    /** What {@code user} may do here: {@code @everyone}'s permissions and their roles'; an administrator may do all. */
    public long permissionsOf(FakeUser user) {
        synchronized (discord) {
            long permissions = botPermissions;
            Set<Long> given = memberRoles.getOrDefault(user.id(), Set.of());
            for (Role role : roles) {
                if (given.contains(role.id())) {
                    permissions |= role.permissions();
                }
            }
            return (permissions & Permissions.ADMINISTRATOR) != 0 ? ALL_PERMISSIONS : permissions;
        }
    }

    boolean botMay(long permission) {
        return (botPermissions & permission) == permission;
    }

    /** Permission bits, as Discord numbers them. */
    public static final class Permissions {
        public static final long ADMINISTRATOR = 1L << 3;
        public static final long MANAGE_CHANNELS = 1L << 4;
        public static final long MANAGE_GUILD = 1L << 5;
        public static final long VIEW_CHANNEL = 1L << 10;
        public static final long SEND_MESSAGES = 1L << 11;
        public static final long MANAGE_MESSAGES = 1L << 13;
        public static final long EMBED_LINKS = 1L << 14;
        public static final long ATTACH_FILES = 1L << 15;
        public static final long READ_MESSAGE_HISTORY = 1L << 16;
        public static final long MENTION_EVERYONE = 1L << 17;
        public static final long USE_APPLICATION_COMMANDS = 1L << 31;
        public static final long CREATE_PUBLIC_THREADS = 1L << 35;
        public static final long SEND_MESSAGES_IN_THREADS = 1L << 38;

        private Permissions() {}
    }
}
