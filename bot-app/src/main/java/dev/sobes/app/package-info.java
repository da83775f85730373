/** The Sobes launcher: reads the configuration, loads content, wires the engine to its adapters. */
@NullMarked
package dev.sobes.app;

import org.jspecify.annotations.NullMarked;
