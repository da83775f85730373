package dev.sobes.core.engine;

import dev.sobes.core.chat.PersonId;
import dev.sobes.core.model.Lang;
import dev.sobes.core.store.AnswerRecord;
import dev.sobes.core.store.GradeRecord;
import dev.sobes.core.store.ProgressStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The progress store as the flows see it while an input is handled: reads go to the store (plus
 * what this input wrote), writes are held until the engine commits them with the session, all at
 * once. An input that loses a race to another process is applied again from scratch, so nothing it
 * wrote the first time may reach the store.
 */
final class TurnProgress implements ProgressStore {
    /** The writes of the input being handled on this thread. */
    static final class Writes {
        final List<AnswerRecord> answers = new ArrayList<>();
        final List<GradeRecord> grades = new ArrayList<>();
        final Map<PersonId, Lang> languages = new LinkedHashMap<>();

        @Nullable
        PersonId forget;

        boolean isEmpty() {
            return answers.isEmpty() && grades.isEmpty() && languages.isEmpty() && forget == null;
        }
    }

    private final ProgressStore store;
    // Per engine on purpose: two engines in one process (as in tests of several processes over one
    // database) must not see each other's writes.
    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<@Nullable Writes> current = new ThreadLocal<>();

    TurnProgress(ProgressStore store) {
        this.store = store;
    }

    /** Starts holding the writes of an input on this thread. */
    Writes begin() {
        Writes writes = new Writes();
        current.set(writes);
        return writes;
    }

    void end() {
        current.remove();
    }

    private Writes writes() {
        Writes writes = current.get();
        if (writes == null) {
            throw new IllegalStateException("progress is written only while an input is handled");
        }
        return writes;
    }

    private boolean forgotten(PersonId person) {
        Writes writes = current.get();
        return writes != null && person.equals(writes.forget);
    }

    @Override
    public Optional<Lang> language(PersonId person) {
        Writes writes = current.get();
        if (writes != null && writes.languages.containsKey(person)) {
            return Optional.ofNullable(writes.languages.get(person));
        }
        return forgotten(person) ? Optional.empty() : store.language(person);
    }

    @Override
    public void setLanguage(PersonId person, Lang lang) {
        writes().languages.put(person, lang);
    }

    @Override
    public void recordAnswer(AnswerRecord answer) {
        writes().answers.add(answer);
    }

    @Override
    public void recordGrade(GradeRecord grade) {
        writes().grades.add(grade);
    }

    @Override
    public List<AnswerRecord> answers(PersonId person) {
        Writes writes = current.get();
        List<AnswerRecord> pending = writes == null ? List.of() : writes.answers;
        List<AnswerRecord> stored = forgotten(person) ? List.of() : store.answers(person);
        return Stream.concat(
                        stored.stream(), pending.stream().filter(a -> a.person().equals(person)))
                .toList();
    }

    @Override
    public List<GradeRecord> grades(PersonId person) {
        Writes writes = current.get();
        List<GradeRecord> pending = writes == null ? List.of() : writes.grades;
        List<GradeRecord> stored = forgotten(person) ? List.of() : store.grades(person);
        return Stream.concat(
                        stored.stream(), pending.stream().filter(g -> g.person().equals(person)))
                .toList();
    }

    /** Deleting a person is committed with the input, after everything else it wrote. */
    @Override
    public void forget(PersonId person) {
        Writes writes = writes();
        writes.answers.removeIf(a -> a.person().equals(person));
        writes.grades.removeIf(g -> g.person().equals(person));
        writes.languages.remove(person);
        writes.forget = person;
    }
}
