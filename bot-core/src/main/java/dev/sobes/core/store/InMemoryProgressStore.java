package dev.sobes.core.store;

import dev.sobes.core.chat.PersonId;
import dev.sobes.core.model.Lang;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** Progress kept in memory only: for tests, and for a terminal run without a database. */
public final class InMemoryProgressStore implements ProgressStore {
    private final Map<PersonId, Lang> languages = new ConcurrentHashMap<>();
    // Per person: one list for everyone made every answer copy all answers ever given.
    private final Map<PersonId, List<AnswerRecord>> answers = new ConcurrentHashMap<>();
    private final Map<PersonId, List<GradeRecord>> grades = new ConcurrentHashMap<>();

    @Override
    public Optional<Lang> language(PersonId person) {
        return Optional.ofNullable(languages.get(person));
    }

    @Override
    public void setLanguage(PersonId person, Lang lang) {
        languages.put(person, lang);
    }

    @Override
    public void recordAnswer(AnswerRecord answer) {
        answers.compute(answer.person(), (p, list) -> appended(list, answer));
    }

    @Override
    public void recordGrade(GradeRecord grade) {
        grades.compute(grade.person(), (p, list) -> appended(list, grade));
    }

    /** Adds under the map's lock for the person, so a concurrent {@link #forget} cannot lose it. */
    private static <T> List<T> appended(@Nullable List<T> list, T record) {
        List<T> to = list == null ? new CopyOnWriteArrayList<>() : list;
        to.add(record);
        return to;
    }

    @Override
    public List<AnswerRecord> answers(PersonId person) {
        return List.copyOf(answers.getOrDefault(person, List.of()));
    }

    @Override
    public List<GradeRecord> grades(PersonId person) {
        return List.copyOf(grades.getOrDefault(person, List.of()));
    }

    @Override
    public void forget(PersonId person) {
        languages.remove(person);
        answers.remove(person);
        grades.remove(person);
    }
}
