/**
 * The Sobes interview engine, free of any platform: question banks, inputs and replies, sessions,
 * the practice flows, and the ports that storage and adapters plug into.
 */
@NullMarked
package dev.sobes.core;

import org.jspecify.annotations.NullMarked;
