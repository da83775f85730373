/** The memory probe: heap per live session held in the store's cache. */
@NullMarked
package dev.sobes.bench.memory;

import org.jspecify.annotations.NullMarked;
