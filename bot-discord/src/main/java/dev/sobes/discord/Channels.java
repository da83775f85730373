package dev.sobes.discord;

import dev.sobes.core.chat.Conversation;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.Route;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import net.dv8tion.jda.internal.requests.RestActionImpl;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the Discord channel of one of the engine's conversations: the thread when it has one,
 * otherwise the channel or the direct-message channel its chat id names. Server channels and
 * threads come with their servers when a shard connects, and new threads as they are made.
 *
 * <p>A direct conversation's chat id is its DM channel's id, not the person's. Discord tells a bot
 * of no DM channels when it connects, so after a restart JDA knows a DM channel only once the
 * person writes there. Until then it is looked up through the REST API: the channel names its
 * recipient, and opening the DM with them puts the channel in JDA's cache for the next reply.
 */
final class Channels {
    private static final Logger LOG = LoggerFactory.getLogger(Channels.class);

    private Channels() {}

    /**
     * The conversation's channel, asking Discord for a direct conversation's when this process does
     * not know it yet; blocks while it asks.
     *
     * @throws ErrorResponseException when Discord refuses: an unknown channel, or a recipient the
     *     bot may not open a DM with
     */
    static Optional<MessageChannel> find(JDA jda, Conversation conversation) {
        ShardManager shards = jda.getShardManager();
        if (shards != null) {
            return find(shards, conversation);
        }
        String id = idOf(conversation);
        MessageChannel channel = jda.getChannelById(MessageChannel.class, id);
        if (channel == null) {
            channel = jda.getPrivateChannelById(id);
        }
        return channel != null ? Optional.of(channel) : openDirect(jda, conversation);
    }

    /** As {@link #find(JDA, Conversation)}, over every shard of this process. */
    static Optional<MessageChannel> find(ShardManager shards, Conversation conversation) {
        String id = idOf(conversation);
        @Nullable MessageChannel channel = shards.getChannelById(MessageChannel.class, id);
        if (channel == null) {
            channel = shards.getPrivateChannelById(id);
        }
        if (channel != null) {
            return Optional.of(channel);
        }
        // DMs belong to shard 0; any shard of this process can make the REST requests.
        JDA any = shards.getShardById(0);
        if (any == null) {
            any = shards.getShardCache().stream().findFirst().orElse(null);
        }
        return any == null ? Optional.empty() : openDirect(any, conversation);
    }

    /** As {@link #find(JDA, Conversation)}, with Discord's refusal logged and taken as no channel. */
    static Optional<MessageChannel> findOrNone(JDA jda, Conversation conversation) {
        try {
            return find(jda, conversation);
        } catch (ErrorResponseException e) {
            LOG.warn("The channel of {} could not be found: {}", conversation.key(), e.getMessage());
            return Optional.empty();
        }
    }

    /** As {@link #findOrNone(JDA, Conversation)}, over every shard of this process. */
    static Optional<MessageChannel> findOrNone(ShardManager shards, Conversation conversation) {
        try {
            return find(shards, conversation);
        } catch (ErrorResponseException e) {
            LOG.warn("The channel of {} could not be found: {}", conversation.key(), e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * A direct conversation's DM channel through the REST API: {@code GET /channels/{id}} names the
     * recipient, and {@code POST /users/@me/channels} opens the DM with them (the same channel) and
     * caches it. JDA has no public request for a channel by id; its own request class is used so the
     * request shares JDA's authorization, rate limits and error answers.
     */
    private static Optional<MessageChannel> openDirect(JDA jda, Conversation conversation) {
        if (conversation.group() || conversation.threadId() != null) {
            return Optional.empty();
        }
        Route.CompiledRoute route = Route.Channels.GET_CHANNEL.compile(conversation.chatId());
        long recipient = new RestActionImpl<Long>(jda, route, (response, request) -> recipientOf(response.getObject()))
                .complete();
        if (recipient == 0) {
            LOG.warn("The channel of {} is not a direct-message channel", conversation.key());
            return Optional.empty();
        }
        LOG.info("Opening the direct messages of {} again, for a reply sent unasked", conversation.key());
        return Optional.of(jda.openPrivateChannelById(recipient).complete());
    }

    /** The person a DM channel is with, or 0 when the channel is not a DM. */
    private static long recipientOf(DataObject channel) {
        if (channel.getInt("type", -1) != ChannelType.PRIVATE.getId()) {
            return 0;
        }
        DataArray recipients = channel.optArray("recipients").orElseGet(DataArray::empty);
        return recipients.isEmpty() ? 0 : recipients.getObject(0).getUnsignedLong("id", 0);
    }

    private static String idOf(Conversation conversation) {
        String thread = conversation.threadId();
        return thread != null ? thread : conversation.chatId();
    }
}
