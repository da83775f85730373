package dev.sobes.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A fake Discord on 127.0.0.1: the REST API under {@link #restUrl()} and the gateway that
 * {@code GET gateway/bot} points to. Add guilds, channels and users before the bot connects, then
 * script what people do ({@link FakeUser}) and read what the bot sent ({@link FakeChannel},
 * {@link #requests()}). Requests that break Discord's rules are refused the way Discord refuses
 * them and listed in {@link #rejections()}, so a test can assert the bot broke none.
 */
public final class FakeDiscord implements AutoCloseable {
    /** How long a test waits for the bot before failing; generous, as test machines are shared. */
    static final Duration PATIENCE = Duration.ofSeconds(15);

    /** Gateway intents as Discord numbers them. */
    static final long INTENT_GUILD_MESSAGES = 1L << 9;

    static final long INTENT_DIRECT_MESSAGES = 1L << 12;
    static final long INTENT_MESSAGE_CONTENT = 1L << 15;

    /** Slash command option types as Discord numbers them. */
    static final int OPTION_INTEGER = 4;

    static final int OPTION_BOOLEAN = 5;
    static final int OPTION_USER = 6;
    static final int OPTION_NUMBER = 10;
    static final int OPTION_ATTACHMENT = 11;

    /** What Discord lets a bot upload per file without boosts, as interactions advertise it. */
    static final int ATTACHMENT_SIZE_LIMIT = 10 * 1024 * 1024;

    /** How many files one message may carry. */
    static final int FILES_PER_MESSAGE = 10;

    private final Snowflakes ids = new Snowflakes();
    private final String token;
    private final long botId;
    private final String botName = "Sobes";
    private final Instant started = Instant.now();
    private final Map<Long, FakeGuild> guilds = new LinkedHashMap<>();
    private final Map<Long, FakeChannel> channels = new LinkedHashMap<>();
    private final Map<Long, FakeUser> users = new LinkedHashMap<>();
    private final Map<Long, FakeInteraction> interactions = new HashMap<>();
    private final Map<Long, Stored> stored = new HashMap<>();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final List<String> rejections = new ArrayList<>();
    private final List<String> pings = new ArrayList<>();
    private final Map<String, JsonNode> commands = new HashMap<>();
    private final Map<Long, FakeFile> files = new HashMap<>();
    private final List<String> downloads = new ArrayList<>();
    private final Rest rest;
    private final Gateway gateway;
    private int recommendedShards = 1;
    private boolean downloadsFail;
    private Duration acknowledgeWithin = Duration.ofSeconds(3);
    private long seq;

    /** A message's current version with the raw parts the bot sent, to echo them back. */
    record Stored(
            FakeMessage message,
            JsonNode embeds,
            JsonNode components,
            @Nullable Long guildId) {}

    private FakeDiscord() {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        this.token = "fake." + HexFormat.of().formatHex(secret);
        this.botId = ids.next();
        this.gateway = new Gateway(this);
        this.rest = new Rest(this);
    }

    /** Starts the REST API and the gateway on free ports of 127.0.0.1. */
    public static FakeDiscord start() {
        FakeDiscord discord = new FakeDiscord();
        discord.gateway.startAndWait();
        discord.rest.start();
        return discord;
    }

    /** The bot token this fake accepts. */
    public String token() {
        return token;
    }

    /** The REST base URL, ending in {@code /api/v10/}. */
    public String restUrl() {
        return rest.baseUrl();
    }

    public String gatewayUrl() {
        return gateway.url();
    }

    /** The bot's user id, which is also its application id. */
    public long botId() {
        return botId;
    }

    String botName() {
        return botName;
    }

    /** The shard count {@code GET gateway/bot} recommends. */
    public synchronized FakeDiscord recommendShards(int count) {
        recommendedShards = count;
        return this;
    }

    synchronized int recommendedShards() {
        return recommendedShards;
    }

    /** How long the bot has to answer an interaction: three seconds, as on Discord, unless a test shortens it. */
    public synchronized FakeDiscord acknowledgeWithin(Duration limit) {
        acknowledgeWithin = limit;
        return this;
    }

    synchronized Duration acknowledgeWithin() {
        return acknowledgeWithin;
    }

    // Setting the scene.

    public synchronized FakeGuild addGuild(String name) {
        FakeGuild guild = new FakeGuild(this, ids.next(), name);
        guilds.put(guild.id(), guild);
        return guild;
    }

    /** Adds a guild whose id puts it on {@code shard} of {@code total}. */
    public synchronized FakeGuild addGuildOnShard(String name, int shard, int total) {
        FakeGuild guild = new FakeGuild(this, ids.onShard(shard, total), name);
        guilds.put(guild.id(), guild);
        return guild;
    }

    /** Adds a person; {@code locale} is their client's language, such as {@code en-US} or {@code ru}. */
    public synchronized FakeUser addUser(String name, String locale) {
        FakeUser user = new FakeUser(this, ids.next(), name, locale);
        users.put(user.id(), user);
        return user;
    }

    synchronized FakeChannel addGuildChannel(FakeGuild guild, String name) {
        FakeChannel channel = new FakeChannel(this, ids.next(), FakeChannel.Kind.TEXT, name, guild, null, null, 0);
        channels.put(channel.id(), channel);
        return channel;
    }

    synchronized FakeChannel addDmChannel(FakeUser user) {
        FakeChannel channel =
                new FakeChannel(this, ids.next(), FakeChannel.Kind.DM, "dm-" + user.name(), null, null, user, 0);
        channels.put(channel.id(), channel);
        return channel;
    }

    synchronized FakeChannel addThread(FakeChannel parent, String name) {
        return addThread(parent, name, botId);
    }

    /** A public thread {@code owner} starts in {@code parent}; the bot hears of it as Discord tells it. */
    synchronized FakeChannel startThread(FakeUser owner, FakeChannel parent, String name) {
        FakeGuild guild = parent.guild();
        if (guild == null || parent.kind() != FakeChannel.Kind.TEXT) {
            throw new IllegalStateException("threads start in guild text channels");
        }
        FakeChannel thread = addThread(parent, name, owner.id());
        ObjectNode event = channelJson(thread);
        event.put("newly_created", true);
        dispatch(guild.id(), "THREAD_CREATE", event, 0);
        return thread;
    }

    private FakeChannel addThread(FakeChannel parent, String name, long ownerId) {
        FakeGuild guild = parent.guild();
        if (guild == null) {
            throw new IllegalStateException("threads live in guild channels");
        }
        FakeChannel thread =
                new FakeChannel(this, ids.next(), FakeChannel.Kind.THREAD, name, guild, parent, null, ownerId);
        channels.put(thread.id(), thread);
        guild.addThread(thread);
        changed();
        return thread;
    }

    // What the bot did.

    /** Every REST request the bot made, in order. */
    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Requests the fake refused for breaking Discord's rules (not counting rate limits), with reasons. */
    public synchronized List<String> rejections() {
        return List.copyOf(rejections);
    }

    /** Mentions that would have notified someone: "@everyone", a user or a role. */
    public synchronized List<String> pings() {
        return List.copyOf(pings);
    }

    /** The commands the bot registered for everywhere. */
    public synchronized List<JsonNode> globalCommands() {
        return list(commands.get("global"));
    }

    /** The commands the bot registered for one guild. */
    public synchronized List<JsonNode> guildCommands(FakeGuild guild) {
        return list(commands.get(Long.toString(guild.id())));
    }

    private static List<JsonNode> list(@Nullable JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null) {
            array.forEach(out::add);
        }
        return out;
    }

    /** Waits until {@code count} shards have identified and received their guilds. */
    public void awaitShards(int count) {
        await(count + " connected shards", () -> gateway.connected().size() >= count ? Boolean.TRUE : null);
    }

    /** Waits until the bot has registered its commands, globally or in {@code guild} when given. */
    public List<JsonNode> awaitCommands(@Nullable FakeGuild guild) {
        String key = guild == null ? "global" : Long.toString(guild.id());
        JsonNode registered = await("commands registered for " + key, () -> commands.get(key));
        return list(registered);
    }

    /** Answers the next matching request with 429 Too Many Requests and this Retry-After. */
    public FakeDiscord rateLimitNext(String method, String pathPattern, int retryAfterSeconds) {
        rest.rateLimitNext(method, pathPattern, retryAfterSeconds);
        return this;
    }

    /**
     * Answers the next {@code times} matching requests with {@code status} (a 500, say), as
     * Discord's servers do when they fail; each retry the bot makes counts as one.
     */
    public FakeDiscord failNext(String method, String pathPattern, int status, int times) {
        rest.failNext(method, pathPattern, status, times);
        return this;
    }

    /** Sets how many messages the bot may post in one channel per window before a 429. */
    public FakeDiscord channelMessageLimit(int limit, Duration window) {
        rest.channelMessageLimit(limit, window);
        return this;
    }

    /** Waits for {@code probe} to give a value, checking again whenever the fake's state changes. */
    synchronized <T> T await(String what, Supplier<@Nullable T> probe) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                throw new AssertionError("Timed out waiting for " + what + ".\n" + describeRecent());
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    private String describeRecent() {
        StringBuilder out = new StringBuilder("Last requests:\n");
        for (RecordedRequest r : requests.subList(Math.max(0, requests.size() - 12), requests.size())) {
            out.append("  ")
                    .append(r.method())
                    .append(' ')
                    .append(r.path())
                    .append(" -> ")
                    .append(r.status())
                    .append(r.error().isEmpty() ? "" : " " + r.error())
                    .append('\n');
        }
        if (!rejections.isEmpty()) {
            out.append("Rejections: ").append(rejections).append('\n');
        }
        return out.toString();
    }

    synchronized void changed() {
        seq++;
        notifyAll();
    }

    synchronized long nextSeq() {
        changed();
        return seq;
    }

    // Scripted people.

    synchronized FakeInteraction runCommand(
            FakeUser user, FakeChannel where, String name, Map<String, String> options, boolean checked) {
        return runCommand(user, where, name, options, Map.of(), checked);
    }

    /** A slash command; {@code attached} are the files given to its attachment options. */
    synchronized FakeInteraction runCommand(
            FakeUser user,
            FakeChannel where,
            String name,
            Map<String, String> options,
            Map<String, FakeFile> attached,
            boolean checked) {
        JsonNode definition = command(where, name);
        if (checked && definition == null) {
            throw new IllegalStateException("/" + name + " is not a command registered for " + where);
        }
        ArrayNode opts = Payloads.array();
        ObjectNode resolvedUsers = Payloads.object();
        ObjectNode resolvedMembers = Payloads.object();
        FakeGuild guild = where.guild();
        for (Map.Entry<String, String> option : options.entrySet()) {
            JsonNode def = definition == null ? null : option(definition, option.getKey());
            if (checked && def == null) {
                throw new IllegalStateException("/" + name + " has no option " + option.getKey());
            }
            String value = option.getValue();
            if (checked && def != null) {
                checkChoice(option.getKey(), value, def);
            }
            if (def != null && def.path("type").asInt() == OPTION_USER) {
                FakeUser named = named(value);
                value = Long.toString(named.id());
                resolvedUsers.set(value, userJson(named));
                if (guild != null) {
                    ObjectNode member = Payloads.withRoles(
                            Payloads.member(userJson(named), guild.permissionsOf(named)), guild.roleIdsOf(named));
                    member.remove("user");
                    resolvedMembers.set(value, member);
                }
            }
            opts.add(optionValue(option.getKey(), value, def));
        }
        ObjectNode resolvedAttachments = Payloads.object();
        for (Map.Entry<String, FakeFile> option : attached.entrySet()) {
            JsonNode def = definition == null ? null : option(definition, option.getKey());
            if (checked && (def == null || def.path("type").asInt() != OPTION_ATTACHMENT)) {
                throw new IllegalStateException("/" + name + " has no attachment option " + option.getKey());
            }
            if (option.getValue().size() > ATTACHMENT_SIZE_LIMIT) {
                throw new IllegalStateException(
                        "the client uploads at most " + ATTACHMENT_SIZE_LIMIT + " bytes a file");
            }
            FakeFile file = keep(option.getValue());
            resolvedAttachments.set(Long.toString(file.id()), attachmentJson(file));
            opts.add(Payloads.object()
                    .put("name", option.getKey())
                    .put("type", OPTION_ATTACHMENT)
                    .put("value", Long.toString(file.id())));
        }
        ObjectNode data = Payloads.object();
        data.put("id", definition == null ? "0" : definition.path("id").asText("0"));
        data.put("name", name);
        data.put("type", 1);
        data.set("options", opts);
        if (!resolvedUsers.isEmpty() || !resolvedAttachments.isEmpty()) {
            ObjectNode resolved = data.putObject("resolved");
            if (!resolvedUsers.isEmpty()) {
                resolved.set("users", resolvedUsers);
            }
            if (!resolvedMembers.isEmpty()) {
                resolved.set("members", resolvedMembers);
            }
            if (!resolvedAttachments.isEmpty()) {
                resolved.set("attachments", resolvedAttachments);
            }
        }
        if (guild != null && definition != null && definition.has("guild_id")) {
            data.put("guild_id", Long.toString(guild.id()));
        }
        return dispatchInteraction(user, where, FakeInteraction.COMMAND, data, null);
    }

    /** What the client lets a person enter: one of the choices when there are any, a number within bounds. */
    private static void checkChoice(String name, String value, JsonNode def) {
        if (def.path("choices").size() > 0) {
            boolean allowed = false;
            for (JsonNode choice : def.path("choices")) {
                allowed |= choice.path("value").asText().equals(value);
            }
            if (!allowed) {
                throw new IllegalStateException(
                        "the client offers only the choices of " + name + ": " + def.path("choices"));
            }
        }
        int type = def.path("type").asInt();
        if (type == OPTION_INTEGER || type == OPTION_NUMBER) {
            double number = Double.parseDouble(value);
            if (type == OPTION_INTEGER && number != Math.rint(number)) {
                throw new IllegalStateException("the client takes only whole numbers for " + name);
            }
            if ((def.has("min_value") && number < def.path("min_value").asDouble())
                    || (def.has("max_value") && number > def.path("max_value").asDouble())) {
                throw new IllegalStateException("the client takes " + name + " between " + def.path("min_value")
                        + " and " + def.path("max_value"));
            }
        }
    }

    /** The person a user option names: {@code @name}, a mention {@code <@id>} or an id. */
    private FakeUser named(String value) {
        String id = value.startsWith("<@") && value.endsWith(">") ? value.substring(2, value.length() - 1) : value;
        for (FakeUser user : users.values()) {
            if (value.equals("@" + user.name()) || id.equals(Long.toString(user.id()))) {
                return user;
            }
        }
        throw new IllegalStateException("the client offers only members for a user option: " + value);
    }

    synchronized FakeInteraction autocomplete(
            FakeUser user, FakeChannel where, String name, Map<String, String> options, String focused) {
        JsonNode definition = command(where, name);
        if (definition == null) {
            throw new IllegalStateException("/" + name + " is not a command registered for " + where);
        }
        ArrayNode opts = Payloads.array();
        for (Map.Entry<String, String> option : options.entrySet()) {
            ObjectNode value = optionValue(option.getKey(), option.getValue(), null);
            if (option.getKey().equals(focused)) {
                value.put("focused", true);
            }
            opts.add(value);
        }
        ObjectNode data = Payloads.object();
        data.put("id", definition.path("id").asText("0"));
        data.put("name", name);
        data.put("type", 1);
        data.set("options", opts);
        return dispatchInteraction(user, where, FakeInteraction.AUTOCOMPLETE, data, null);
    }

    private static ObjectNode optionValue(String name, String value, @Nullable JsonNode def) {
        ObjectNode option = Payloads.object();
        option.put("name", name);
        int type = def == null ? 3 : def.path("type").asInt(3);
        option.put("type", type);
        switch (type) {
            case OPTION_INTEGER -> option.put("value", Long.parseLong(value));
            case OPTION_BOOLEAN -> option.put("value", Boolean.parseBoolean(value));
            case OPTION_NUMBER -> option.put("value", Double.parseDouble(value));
            default -> option.put("value", value);
        }
        return option;
    }

    private @Nullable JsonNode command(FakeChannel where, String name) {
        FakeGuild guild = where.guild();
        List<JsonNode> candidates = new ArrayList<>();
        if (guild != null) {
            candidates.addAll(list(commands.get(Long.toString(guild.id()))));
        }
        for (JsonNode global : list(commands.get("global"))) {
            JsonNode contexts = global.path("contexts");
            boolean inDm = contexts.isMissingNode()
                    || contexts.isNull()
                    || contexts.toString().contains("1");
            boolean inGuild = contexts.isMissingNode()
                    || contexts.isNull()
                    || contexts.toString().contains("0");
            if (guild == null ? inDm : inGuild) {
                candidates.add(global);
            }
        }
        for (JsonNode candidate : candidates) {
            if (candidate.path("name").asText().equals(name)) {
                return candidate;
            }
        }
        return null;
    }

    private static @Nullable JsonNode option(JsonNode command, String name) {
        for (JsonNode option : command.path("options")) {
            if (option.path("name").asText().equals(name)) {
                return option;
            }
        }
        return null;
    }

    synchronized FakeInteraction pressButton(FakeUser user, FakeMessage message, String customId) {
        FakeChannel channel = channel(message.channelId());
        Stored current = stored.get(message.id());
        if (channel == null || current == null) {
            throw new IllegalStateException("no message " + message.id() + " to press a button on");
        }
        Long hiddenFor = current.message().ephemeralFor();
        if (hiddenFor != null && hiddenFor != user.id()) {
            throw new IllegalStateException(user.name() + " cannot see that ephemeral message");
        }
        ObjectNode data = Payloads.object();
        data.put("custom_id", customId);
        data.put("component_type", 2);
        return dispatchInteraction(user, channel, FakeInteraction.COMPONENT, data, current.message());
    }

    synchronized FakeInteraction submitModal(FakeUser user, FakeInteraction opener, String text) {
        FakeInteraction.Modal modal = opener.awaitModal();
        if (text.length() > modal.maxLength()) {
            throw new IllegalArgumentException("the modal's text box takes at most " + modal.maxLength()
                    + " characters; the client refuses " + text.length());
        }
        ObjectNode input = Payloads.object();
        input.put("type", 4);
        input.put("id", modal.inputUniqueId());
        input.put("custom_id", modal.inputId());
        input.put("value", text);
        ObjectNode label = Payloads.object();
        label.put("type", 18);
        label.put("id", modal.labelUniqueId());
        label.set("component", input);
        ObjectNode data = Payloads.object();
        data.put("custom_id", modal.customId());
        data.set("components", Payloads.array().add(label));
        FakeMessage source = opener.sourceMessage();
        Stored current = source == null ? null : stored.get(source.id());
        return dispatchInteraction(
                user, opener.channel(), FakeInteraction.MODAL_SUBMIT, data, current == null ? null : current.message());
    }

    private FakeInteraction dispatchInteraction(
            FakeUser user, FakeChannel where, int type, ObjectNode data, @Nullable FakeMessage source) {
        FakeGuild guild = where.guild();
        Gateway.Shard shard = gateway.shardFor(guild == null ? null : guild.id());
        if (shard == null) {
            throw new IllegalStateException("no shard of the bot is connected for " + where);
        }
        long id = ids.next();
        FakeInteraction interaction = new FakeInteraction(
                this, id, "itoken." + id + "." + Long.toHexString(ids.next()), type, user, where, source);
        interactions.put(id, interaction);
        ObjectNode payload = Payloads.object();
        payload.put("id", Long.toString(id));
        payload.put("application_id", Long.toString(botId));
        payload.put("type", type);
        payload.put("token", interaction.token());
        payload.put("version", 1);
        payload.set("data", data);
        payload.put("channel_id", Long.toString(where.id()));
        // In an interaction, a DM's recipient is the other side as the person sees it: the bot.
        payload.set(
                "channel",
                where.kind() == FakeChannel.Kind.DM ? Payloads.dmChannel(where, selfUserJson()) : channelJson(where));
        payload.put("locale", user.locale());
        payload.set("entitlements", Payloads.array());
        payload.put("attachment_size_limit", 10_485_760);
        if (guild != null) {
            payload.put("guild_id", Long.toString(guild.id()));
            payload.set(
                    "guild",
                    Payloads.object()
                            .put("id", Long.toString(guild.id()))
                            .put("locale", "en-US")
                            .set("features", Payloads.array()));
            payload.put("guild_locale", "en-US");
            payload.set(
                    "member",
                    Payloads.withRoles(
                            Payloads.member(userJson(user), guild.permissionsOf(user)), guild.roleIdsOf(user)));
            payload.put("app_permissions", Long.toString(guild.botPermissions()));
            payload.set("authorizing_integration_owners", Payloads.object().put("0", Long.toString(guild.id())));
            payload.put("context", 0);
        } else {
            payload.set("user", userJson(user));
            payload.put("app_permissions", Long.toString(FakeGuild.BOT_PERMISSIONS));
            payload.set("authorizing_integration_owners", Payloads.object().put("0", "0"));
            payload.put("context", 1);
        }
        if (source != null) {
            payload.set("message", messageJson(source.id()));
        }
        where.markUserAction(nextSeq());
        shard.dispatch("INTERACTION_CREATE", payload);
        changed();
        return interaction;
    }

    synchronized FakeMessage userMessage(FakeUser user, FakeChannel where, String text) {
        return userMessage(user, where, text, List.of());
    }

    synchronized FakeMessage userMessage(FakeUser user, FakeChannel where, String text, List<FakeFile> attached) {
        FakeGuild guild = where.guild();
        Gateway.Shard shard = gateway.shardFor(guild == null ? null : guild.id());
        if (shard == null) {
            throw new IllegalStateException("no shard of the bot is connected for " + where);
        }
        if (attached.size() > FILES_PER_MESSAGE) {
            throw new IllegalStateException("the client attaches at most " + FILES_PER_MESSAGE + " files");
        }
        List<FakeFile> kept = new ArrayList<>();
        for (FakeFile file : attached) {
            if (file.size() > ATTACHMENT_SIZE_LIMIT) {
                throw new IllegalStateException(
                        "the client uploads at most " + ATTACHMENT_SIZE_LIMIT + " bytes a file");
            }
            kept.add(keep(file));
        }
        FakeMessage message =
                new FakeMessage(ids.next(), where.id(), user.id(), text, List.of(), List.of(), null, 0, kept);
        store(message, Payloads.array(), Payloads.array(), guild == null ? null : guild.id());
        where.markUserAction(seq);
        long intent = guild == null ? INTENT_DIRECT_MESSAGES : INTENT_GUILD_MESSAGES;
        if (shard.has(intent)) {
            ObjectNode payload = messageJson(message.id());
            boolean readable = guild == null || shard.has(INTENT_MESSAGE_CONTENT) || text.contains("<@" + botId + ">");
            if (!readable) {
                // Without the Message Content intent, Discord blanks the content and the attachments alike.
                payload.put("content", "");
                payload.set("attachments", Payloads.array());
            }
            if (guild != null) {
                ObjectNode member = Payloads.withRoles(Payloads.member(userJson(user), null), guild.roleIdsOf(user));
                member.remove("user");
                payload.set("member", member);
            }
            shard.dispatch("MESSAGE_CREATE", payload);
        }
        return message;
    }

    // State shared with the REST API.

    synchronized @Nullable FakeChannel channel(long id) {
        return channels.get(id);
    }

    synchronized @Nullable FakeUser user(long id) {
        return users.get(id);
    }

    synchronized @Nullable FakeGuild guild(long id) {
        return guilds.get(id);
    }

    synchronized @Nullable FakeInteraction interaction(long id) {
        return interactions.get(id);
    }

    synchronized @Nullable FakeInteraction interactionByToken(String interactionToken) {
        for (FakeInteraction interaction : interactions.values()) {
            if (interaction.token().equals(interactionToken)) {
                return interaction;
            }
        }
        return null;
    }

    synchronized @Nullable Stored stored(long messageId) {
        return stored.get(messageId);
    }

    synchronized long newId() {
        return ids.next();
    }

    /** Stores a file under a new attachment id, to be served for download. */
    synchronized FakeFile keep(FakeFile file) {
        FakeFile kept = file.withId(ids.next());
        files.put(kept.id(), kept);
        return kept;
    }

    synchronized @Nullable FakeFile file(long attachmentId) {
        return files.get(attachmentId);
    }

    /** Records a request for a file; false when the CDN is told to fail it. */
    synchronized boolean downloaded(FakeFile file) {
        downloads.add(file.name());
        changed();
        return !downloadsFail;
    }

    /** Makes the file CDN answer 503 to every download from now on (or again serve files). */
    public synchronized FakeDiscord failDownloads(boolean fail) {
        downloadsFail = fail;
        return this;
    }

    /** The names of the files the bot asked the CDN for, once per request (failed ones too), in order. */
    public synchronized List<String> downloads() {
        return List.copyOf(downloads);
    }

    /** An attachment as Discord describes it in messages and resolved interaction data. */
    synchronized ObjectNode attachmentJson(FakeFile file) {
        ObjectNode json = Payloads.object();
        json.put("id", Long.toString(file.id()));
        json.put("filename", file.name());
        json.put("size", file.size());
        json.put("url", rest.fileUrl(file, false));
        json.put("proxy_url", rest.fileUrl(file, true));
        if (file.contentType() != null) {
            json.put("content_type", file.contentType());
        }
        return json;
    }

    synchronized void store(FakeMessage message, JsonNode embeds, JsonNode components, @Nullable Long guildId) {
        stored.put(message.id(), new Stored(message, embeds, components, guildId));
        FakeChannel channel = channels.get(message.channelId());
        if (channel != null) {
            channel.put(message, nextSeq());
        }
    }

    synchronized void delete(long messageId) {
        Stored gone = stored.remove(messageId);
        if (gone != null) {
            FakeChannel channel = channels.get(gone.message().channelId());
            if (channel != null) {
                channel.remove(messageId);
            }
        }
        changed();
    }

    synchronized void record(RecordedRequest request) {
        requests.add(request);
        changed();
    }

    synchronized void reject(String why) {
        rejections.add(why);
    }

    synchronized void ping(String what) {
        pings.add(what);
    }

    synchronized void problem(String what) {
        rejections.add(what);
        changed();
    }

    synchronized void registerCommands(String scope, JsonNode registered) {
        commands.put(scope, registered);
        changed();
    }

    synchronized ObjectNode userJson(FakeUser user) {
        return Payloads.user(user.id(), user.name(), false);
    }

    synchronized ObjectNode selfUserJson() {
        return Payloads.selfUser(botId, botName);
    }

    /** A message as Discord shows it in API answers and events. */
    synchronized ObjectNode messageJson(long messageId) {
        Stored s = stored.get(messageId);
        if (s == null) {
            throw new IllegalStateException("no message " + messageId);
        }
        FakeMessage m = s.message();
        FakeUser author = users.get(m.authorId());
        ObjectNode authorJson = author == null ? selfUserJson() : userJson(author);
        ObjectNode json = Payloads.message(m, authorJson, s.guildId(), s.embeds(), s.components(), Instant.now());
        ArrayNode attachments = Payloads.array();
        m.files().forEach(file -> attachments.add(attachmentJson(file)));
        json.set("attachments", attachments);
        if (m.authorId() == botId) {
            json.put("application_id", Long.toString(botId));
        }
        return json;
    }

    synchronized ObjectNode channelJson(FakeChannel channel) {
        FakeGuild guild = channel.guild();
        return switch (channel.kind()) {
            case DM -> Payloads.dmChannel(channel, userJson(java.util.Objects.requireNonNull(channel.recipient())));
            case TEXT ->
                Payloads.textChannel(
                        channel, java.util.Objects.requireNonNull(guild).id(), 0);
            case THREAD ->
                Payloads.thread(
                        channel,
                        java.util.Objects.requireNonNull(guild).id(),
                        java.util.Objects.requireNonNull(channel.parent()).id(),
                        started);
        };
    }

    /** Sends an event to the shard that owns {@code guildId} (DMs: shard 0), if the bot asked for it. */
    void dispatch(@Nullable Long guildId, String type, JsonNode data, long intent) {
        Gateway.Shard shard = gateway.shardFor(guildId);
        if (shard != null && (intent == 0 || shard.has(intent))) {
            shard.dispatch(type, data);
        }
    }

    synchronized ObjectNode readyPayload(Gateway.Shard shard, String resumeUrl) {
        ObjectNode ready = Payloads.object();
        ready.put("v", 10);
        ready.set("user", selfUserJson());
        ArrayNode unavailable = Payloads.array();
        for (FakeGuild guild : guilds.values()) {
            if (Snowflakes.shardOf(guild.id(), shard.total) == shard.id) {
                unavailable.add(
                        Payloads.object().put("id", Long.toString(guild.id())).put("unavailable", true));
            }
        }
        ready.set("guilds", unavailable);
        ready.put("session_id", "fake-session-" + shard.id + "-" + ids.next());
        ready.put("resume_gateway_url", resumeUrl);
        ready.set("shard", Payloads.array().add(shard.id).add(shard.total));
        ready.set(
                "application", Payloads.object().put("id", Long.toString(botId)).put("flags", 0));
        ready.set("private_channels", Payloads.array());
        ready.set("relationships", Payloads.array());
        ready.set("presences", Payloads.array());
        ready.set("guild_join_requests", Payloads.array());
        ready.set("geo_ordered_rtc_regions", Payloads.array());
        ready.set("user_settings", Payloads.object());
        ready.set("_trace", Payloads.array().add("fake-discord"));
        return ready;
    }

    synchronized List<JsonNode> guildCreatePayloads(int shard, int total) {
        List<JsonNode> out = new ArrayList<>();
        for (FakeGuild guild : guilds.values()) {
            if (Snowflakes.shardOf(guild.id(), total) != shard) {
                continue;
            }
            ArrayNode textChannels = Payloads.array();
            ArrayNode threads = Payloads.array();
            int position = 0;
            for (FakeChannel channel : guild.channels()) {
                if (channel.kind() == FakeChannel.Kind.TEXT) {
                    textChannels.add(Payloads.textChannel(channel, guild.id(), position++));
                } else {
                    threads.add(channelJson(channel));
                }
            }
            ObjectNode selfMember = Payloads.member(selfUserJson(), null);
            out.add(Payloads.guild(guild, botId + 1, selfMember, textChannels, threads));
        }
        return out;
    }

    void shardConnected(Gateway.Shard shard) {
        changed();
    }

    void shardDisconnected(Gateway.Shard shard) {
        changed();
    }

    @Override
    public void close() {
        rest.stop();
        gateway.shutdown();
    }
}
