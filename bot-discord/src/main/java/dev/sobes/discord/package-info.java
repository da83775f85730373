/**
 * The Discord adapter: slash commands, buttons, modals, threads and embeds through JDA. It turns
 * interactions and messages into the engine's inputs, renders the engine's replies as Discord
 * Markdown within Discord's limits, and acknowledges every interaction in time. Interview logic
 * stays in the engine.
 */
@NullMarked
package dev.sobes.discord;

import org.jspecify.annotations.NullMarked;
