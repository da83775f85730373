package dev.sobes.discord;

import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.interactions.InteractionHook;
import org.jspecify.annotations.Nullable;

/**
 * A message the bot sent, so it can be edited later. An ephemeral message can only be edited
 * through the interaction that made it ({@code hook}, valid for 15 minutes).
 */
record MessageRef(
        MessageChannel channel,
        long id,
        boolean ephemeral,
        @Nullable InteractionHook hook) {}
