package dev.sobes.discord;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Platform;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;

/**
 * Where an input happened, as the engine sees it: a DM is one conversation; a server channel is
 * another (group) conversation; a thread is a conversation of its own within its channel.
 *
 * @param botThread a thread the bot opened for a practice, where replies are public
 */
record Place(Conversation conversation, MessageChannel channel, boolean direct, boolean botThread) {

    static Place of(MessageChannel channel, long selfId) {
        ChannelType type = channel.getType();
        if (type == ChannelType.PRIVATE) {
            return new Place(Conversation.direct(Platform.DISCORD, channel.getId()), channel, true, false);
        }
        if (type.isThread() && channel instanceof ThreadChannel thread) {
            Conversation conversation =
                    new Conversation(Platform.DISCORD, thread.getParentChannel().getId(), thread.getId(), true);
            return new Place(conversation, channel, false, thread.getOwnerIdLong() == selfId);
        }
        return new Place(new Conversation(Platform.DISCORD, channel.getId(), null, true), channel, false, false);
    }

    /** A channel others read, where the bot answers a person privately. */
    boolean shared() {
        return !direct && !botThread;
    }
}
