package dev.sobes.core.group;

import dev.sobes.core.model.Level;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a group interview asks and how, as the host chose when opening it.
 *
 * @param topics the topics questions come from; empty for every topic of the pack
 * @param level the level of the questions, or null for mixed levels
 * @param questions how many questions the game has
 * @param secondsPerQuestion how long each question stays open
 * @param showAnswers whether each participant's answer text is shown at the reveal; players see
 *     this before they join, so joining is their consent. Otherwise only coverage is shown.
 */
public record GameSettings(
        String packId,
        List<String> topics,
        @Nullable Level level,
        int questions,
        long secondsPerQuestion,
        boolean showAnswers) {
    public GameSettings {
        topics = List.copyOf(topics);
        if (questions < 1 || secondsPerQuestion < 1) {
            throw new IllegalArgumentException("a game needs at least one question and some time for it");
        }
    }
}
