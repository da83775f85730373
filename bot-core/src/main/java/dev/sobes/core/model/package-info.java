/** Question banks as the engine sees them: packs, topics, questions and their key points. */
@NullMarked
package dev.sobes.core.model;

import org.jspecify.annotations.NullMarked;
