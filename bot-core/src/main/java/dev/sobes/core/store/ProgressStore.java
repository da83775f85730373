package dev.sobes.core.store;

import dev.sobes.core.chat.PersonId;
import dev.sobes.core.model.Lang;
import java.util.List;
import java.util.Optional;

/**
 * Each person's answers, grades and settings. Writes return once they are durable. Answers and
 * grades come back in the order they were given (by time, then by the order recorded), so that a
 * schedule computed from the grade history is the same every time it is replayed.
 */
public interface ProgressStore {
    Optional<Lang> language(PersonId person);

    void setLanguage(PersonId person, Lang lang);

    void recordAnswer(AnswerRecord answer);

    void recordGrade(GradeRecord grade);

    List<AnswerRecord> answers(PersonId person);

    List<GradeRecord> grades(PersonId person);

    /** Deletes everything kept about a person: settings, answers, grades. */
    void forget(PersonId person);
}
