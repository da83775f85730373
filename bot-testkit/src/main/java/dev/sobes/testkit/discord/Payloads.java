package dev.sobes.testkit.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Discord's JSON shapes for users, guilds, channels, messages and interactions, complete enough
 * that a client library takes them as real (a guild it cannot parse makes JDA wait 75 seconds).
 */
final class Payloads {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final String JOINED = "2024-01-01T00:00:00.000000+00:00";

    private Payloads() {}

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    static String timestamp(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    static ObjectNode user(long id, String name, boolean bot) {
        ObjectNode user = object();
        user.put("id", Long.toString(id));
        user.put("username", name);
        user.put("global_name", name);
        user.put("discriminator", "0");
        user.putNull("avatar");
        user.put("bot", bot);
        user.put("system", false);
        user.put("public_flags", 0);
        return user;
    }

    static ObjectNode selfUser(long id, String name) {
        ObjectNode user = user(id, name, true);
        user.put("verified", true);
        user.put("mfa_enabled", false);
        user.put("flags", 0);
        return user;
    }

    static ObjectNode member(ObjectNode user, @Nullable Long permissions) {
        ObjectNode member = object();
        member.set("user", user);
        member.putNull("nick");
        member.putNull("avatar");
        member.set("roles", array());
        member.put("joined_at", JOINED);
        member.putNull("premium_since");
        member.putNull("communication_disabled_until");
        member.put("deaf", false);
        member.put("mute", false);
        member.put("pending", false);
        member.put("flags", 0);
        if (permissions != null) {
            member.put("permissions", Long.toString(permissions));
        }
        return member;
    }

    /** A member's roles, by id. */
    static ObjectNode withRoles(ObjectNode member, List<Long> roleIds) {
        ArrayNode roles = array();
        roleIds.forEach(id -> roles.add(Long.toString(id)));
        member.set("roles", roles);
        return member;
    }

    static ObjectNode everyoneRole(long guildId, long permissions) {
        return role(guildId, "@everyone", permissions, 0);
    }

    static ObjectNode role(long id, String name, long permissions, int position) {
        ObjectNode role = object();
        role.put("id", Long.toString(id));
        role.put("name", name);
        role.put("color", 0);
        role.set("colors", object().put("primary_color", 0));
        role.put("hoist", false);
        role.putNull("icon");
        role.putNull("unicode_emoji");
        role.put("position", position);
        role.put("permissions", Long.toString(permissions));
        role.put("managed", false);
        role.put("mentionable", false);
        role.put("flags", 0);
        return role;
    }

    static ObjectNode textChannel(FakeChannel channel, long guildId, int position) {
        ObjectNode json = object();
        json.put("id", Long.toString(channel.id()));
        json.put("type", FakeChannel.Kind.TEXT.type);
        json.put("guild_id", Long.toString(guildId));
        json.put("name", channel.name());
        json.put("position", position);
        json.set("permission_overwrites", array());
        json.put("nsfw", false);
        json.putNull("parent_id");
        json.putNull("topic");
        json.putNull("last_message_id");
        json.put("rate_limit_per_user", 0);
        json.put("flags", 0);
        return json;
    }

    static ObjectNode thread(FakeChannel thread, long guildId, long parentId, Instant created) {
        ObjectNode json = object();
        json.put("id", Long.toString(thread.id()));
        json.put("type", FakeChannel.Kind.THREAD.type);
        json.put("guild_id", Long.toString(guildId));
        json.put("parent_id", Long.toString(parentId));
        json.put("owner_id", Long.toString(thread.ownerId()));
        json.put("name", thread.name());
        json.putNull("last_message_id");
        json.put("rate_limit_per_user", 0);
        json.put("flags", 0);
        json.put("member_count", 1);
        json.put("message_count", 0);
        json.put("total_message_count", 0);
        ObjectNode meta = json.putObject("thread_metadata");
        meta.put("archived", false);
        meta.put("auto_archive_duration", 1440);
        meta.put("archive_timestamp", timestamp(created));
        meta.put("locked", false);
        meta.put("create_timestamp", timestamp(created));
        return json;
    }

    static ObjectNode dmChannel(FakeChannel channel, ObjectNode recipient) {
        ObjectNode json = object();
        json.put("id", Long.toString(channel.id()));
        json.put("type", FakeChannel.Kind.DM.type);
        json.set("recipients", array().add(recipient));
        json.putNull("last_message_id");
        json.put("flags", 0);
        return json;
    }

    static ObjectNode guild(
            FakeGuild guild, long ownerId, ObjectNode selfMember, ArrayNode channels, ArrayNode threads) {
        ObjectNode json = object();
        json.put("id", Long.toString(guild.id()));
        json.put("name", guild.name());
        json.putNull("icon");
        json.putNull("splash");
        json.putNull("banner");
        json.putNull("description");
        json.put("owner_id", Long.toString(ownerId));
        json.putNull("afk_channel_id");
        json.put("afk_timeout", 300);
        json.put("verification_level", 0);
        json.put("default_message_notifications", 0);
        json.put("explicit_content_filter", 0);
        json.put("mfa_level", 0);
        json.put("nsfw_level", 0);
        json.put("premium_tier", 0);
        json.put("premium_subscription_count", 0);
        json.put("premium_progress_bar_enabled", false);
        json.putNull("system_channel_id");
        json.put("system_channel_flags", 0);
        json.putNull("rules_channel_id");
        json.putNull("public_updates_channel_id");
        json.putNull("safety_alerts_channel_id");
        json.putNull("vanity_url_code");
        json.put("preferred_locale", "en-US");
        json.put("max_members", 500000);
        json.put("joined_at", JOINED);
        json.put("large", false);
        json.put("unavailable", false);
        json.put("member_count", 2);
        json.set("features", array());
        ArrayNode roles = array().add(everyoneRole(guild.id(), guild.botPermissions()));
        int position = 1;
        for (FakeGuild.Role role : guild.roles()) {
            roles.add(role(role.id(), role.name(), role.permissions(), position++));
        }
        json.set("roles", roles);
        json.set("emojis", array());
        json.set("stickers", array());
        json.set("soundboard_sounds", array());
        json.set("voice_states", array());
        json.set("members", array().add(selfMember));
        json.set("channels", channels);
        json.set("threads", threads);
        json.set("presences", array());
        json.set("stage_instances", array());
        json.set("guild_scheduled_events", array());
        return json;
    }

    /** A message as Discord returns and dispatches it; {@code sent} is what the bot sent (content, embeds, components). */
    static ObjectNode message(
            FakeMessage message,
            ObjectNode author,
            @Nullable Long guildId,
            @Nullable JsonNode embeds,
            @Nullable JsonNode components,
            Instant at) {
        ObjectNode json = object();
        json.put("id", Long.toString(message.id()));
        json.put("type", 0);
        json.put("channel_id", Long.toString(message.channelId()));
        if (guildId != null) {
            json.put("guild_id", Long.toString(guildId));
        }
        json.set("author", author);
        json.put("content", message.content());
        json.put("timestamp", timestamp(at));
        if (message.version() > 0) {
            json.put("edited_timestamp", timestamp(at));
        } else {
            json.putNull("edited_timestamp");
        }
        json.put("tts", false);
        json.put("mention_everyone", false);
        json.set("mentions", array());
        json.set("mention_roles", array());
        json.set("attachments", array());
        json.set("embeds", embeds == null ? array() : embeds.deepCopy());
        json.set("components", components == null ? array() : components.deepCopy());
        json.put("pinned", false);
        json.put("flags", message.ephemeralFor() != null ? 64 : 0);
        return json;
    }
}
