package dev.sobes.discord;

import dev.sobes.core.chat.Conversation;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;
import org.jspecify.annotations.Nullable;

/**
 * Finds the Discord channel of one of the engine's conversations: the thread when it has one,
 * otherwise the channel or the direct-message channel its chat id names. Server channels and
 * threads come with their servers when a shard connects, and new threads as they are made;
 * direct-message channels are known once the bot has talked there since it started.
 */
final class Channels {
    private Channels() {}

    static Optional<MessageChannel> find(JDA jda, Conversation conversation) {
        ShardManager shards = jda.getShardManager();
        if (shards != null) {
            return find(shards, conversation);
        }
        String id = idOf(conversation);
        MessageChannel channel = jda.getChannelById(MessageChannel.class, id);
        return Optional.ofNullable(channel != null ? channel : jda.getPrivateChannelById(id));
    }

    static Optional<MessageChannel> find(ShardManager shards, Conversation conversation) {
        String id = idOf(conversation);
        @Nullable MessageChannel channel = shards.getChannelById(MessageChannel.class, id);
        return Optional.ofNullable(channel != null ? channel : shards.getPrivateChannelById(id));
    }

    private static String idOf(Conversation conversation) {
        String thread = conversation.threadId();
        return thread != null ? thread : conversation.chatId();
    }
}
