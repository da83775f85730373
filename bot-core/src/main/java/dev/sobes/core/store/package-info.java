/** Ports to storage: sessions in flight, and each person's progress and settings. */
@NullMarked
package dev.sobes.core.store;

import org.jspecify.annotations.NullMarked;
