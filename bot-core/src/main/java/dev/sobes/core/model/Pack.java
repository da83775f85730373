package dev.sobes.core.model;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A question pack: its topics and questions, in the order the content gives them. */
public record Pack(
        String id,
        LocalizedText title,
        @Nullable LocalizedText description,
        List<Topic> topics,
        List<Question> questions) {

    public Pack {
        topics = List.copyOf(topics);
        questions = List.copyOf(questions);
    }

    public Optional<Topic> topic(String topicId) {
        return topics.stream().filter(t -> t.id().equals(topicId)).findFirst();
    }

    /** Questions of the topic (or of every topic when {@code topicId} is null) at the level (or any). */
    public List<Question> questions(@Nullable String topicId, @Nullable Level level) {
        return questions.stream()
                .filter(q -> topicId == null || q.topicId().equals(topicId))
                .filter(q -> level == null || q.level() == level)
                .toList();
    }
}
