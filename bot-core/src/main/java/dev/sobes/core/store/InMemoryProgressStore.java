package dev.sobes.core.store;

import dev.sobes.core.chat.PersonId;
import dev.sobes.core.model.Lang;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Progress kept in memory only: for tests, and for a terminal run without a database. */
public final class InMemoryProgressStore implements ProgressStore {
    private final Map<PersonId, Lang> languages = new ConcurrentHashMap<>();
    private final List<AnswerRecord> answers = new CopyOnWriteArrayList<>();
    private final List<GradeRecord> grades = new CopyOnWriteArrayList<>();

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
        answers.add(answer);
    }

    @Override
    public void recordGrade(GradeRecord grade) {
        grades.add(grade);
    }

    @Override
    public List<AnswerRecord> answers(PersonId person) {
        return answers.stream().filter(a -> a.person().equals(person)).toList();
    }

    @Override
    public List<GradeRecord> grades(PersonId person) {
        return grades.stream().filter(g -> g.person().equals(person)).toList();
    }

    @Override
    public void forget(PersonId person) {
        languages.remove(person);
        answers.removeIf(a -> a.person().equals(person));
        grades.removeIf(g -> g.person().equals(person));
    }
}
