package dev.sobes.core.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An interview question with its reference answer. Open questions carry key points; output
 * questions carry a program and the exact output it prints, and their answer explains it.
 */
public record Question(
        String id,
        String packId,
        String topicId,
        Level level,
        QuestionKind kind,
        LocalizedText text,
        LocalizedText answer,
        List<KeyPoint> keyPoints,
        @Nullable String code,
        @Nullable String output,
        List<LocalizedText> hints,
        List<String> followUps,
        List<String> tags,
        List<String> sources) {

    public Question {
        keyPoints = List.copyOf(keyPoints);
        hints = List.copyOf(hints);
        followUps = List.copyOf(followUps);
        tags = List.copyOf(tags);
        sources = List.copyOf(sources);
        if (kind == QuestionKind.OUTPUT && (code == null || output == null)) {
            throw new IllegalArgumentException("output question " + id + " needs code and output");
        }
        if (kind == QuestionKind.OPEN && keyPoints.isEmpty()) {
            throw new IllegalArgumentException("open question " + id + " needs key points");
        }
    }

    /** An open question with only the required parts, for packs written in code and for tests. */
    public static Question open(
            String id,
            String packId,
            String topicId,
            Level level,
            LocalizedText text,
            LocalizedText answer,
            List<KeyPoint> keyPoints) {
        return new Question(
                id,
                packId,
                topicId,
                level,
                QuestionKind.OPEN,
                text,
                answer,
                keyPoints,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }
}
