/**
 * Reads question packs from the {@code content/} folder (YAML) and Markdown notes into the core's
 * model. Every problem found is reported with its {@code file:line:column}; a pack with problems is
 * left out of the bank without affecting the other packs.
 */
@NullMarked
package dev.sobes.content;

import org.jspecify.annotations.NullMarked;
