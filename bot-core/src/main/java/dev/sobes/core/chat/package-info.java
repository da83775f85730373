/**
 * What passes between adapters and the engine: inputs from people and timers, and replies made of
 * platform-neutral rich text and buttons.
 */
@NullMarked
package dev.sobes.core.chat;

import org.jspecify.annotations.NullMarked;
