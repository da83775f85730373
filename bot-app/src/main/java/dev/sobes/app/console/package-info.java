/** The terminal adapter: practice in a terminal, interactively or with answers piped in. */
@NullMarked
package dev.sobes.app.console;

import org.jspecify.annotations.NullMarked;
