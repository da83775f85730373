/** The interview engine: sessions, the practice flow, feedback on answers, and interface texts. */
@NullMarked
package dev.sobes.core.engine;

import org.jspecify.annotations.NullMarked;
