/**
 * JMH benchmarks of the engine, the stores and the content loader, and what they share. See
 * docs/performance.md for the commands and the figures.
 */
@NullMarked
package dev.sobes.bench;

import org.jspecify.annotations.NullMarked;
