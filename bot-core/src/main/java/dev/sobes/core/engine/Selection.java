package dev.sobes.core.engine;

import dev.sobes.core.model.Level;
import org.jspecify.annotations.Nullable;

/**
 * What a practice run asks from: a pack, a topic (null for every topic) and a level (null for
 * mixed levels).
 */
public record Selection(
        String packId, @Nullable String topicId, @Nullable Level level) {}
