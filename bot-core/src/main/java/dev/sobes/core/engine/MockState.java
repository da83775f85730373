package dev.sobes.core.engine;

import dev.sobes.core.chat.PersonId;
import dev.sobes.core.model.Lang;
import dev.sobes.core.model.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * The progress of a mock interview.
 *
 * @param person whose interview it is
 * @param lang the language it is held in (timer messages have no person to ask)
 * @param packId the pack the questions come from
 * @param length how many questions the interview has
 * @param level the level of the next question; moves with the answers
 * @param secondsPerQuestion the time for each question, or 0 when untimed
 * @param topics the order in which topics take turns
 * @param answers what each question got, in order
 */
public record MockState(
        PersonId person,
        Lang lang,
        String packId,
        int length,
        Level level,
        long secondsPerQuestion,
        List<String> topics,
        List<MockAnswer> answers) {
    public MockState {
        topics = List.copyOf(topics);
        answers = List.copyOf(answers);
    }

    MockState with(MockAnswer answer, Level next) {
        List<MockAnswer> all = new ArrayList<>(answers);
        all.add(answer);
        return new MockState(person, lang, packId, length, next, secondsPerQuestion, topics, all);
    }

    boolean finished() {
        return answers.size() >= length;
    }
}
