/** Draws the engine's platform-neutral charts as PNG images. */
@NullMarked
package dev.sobes.chart;

import org.jspecify.annotations.NullMarked;
