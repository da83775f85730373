package dev.sobes.storage;

import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.engine.Session;
import dev.sobes.core.model.Lang;
import dev.sobes.core.store.AnswerRecord;
import dev.sobes.core.store.Commit;
import dev.sobes.core.store.GradeRecord;
import dev.sobes.core.store.Store;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A store that counts how its commits ended, to show which paths a test went through. */
final class CountingStore implements Store {
    private final Store store;
    private final Map<Commit.Outcome, Integer> outcomes = new EnumMap<>(Commit.Outcome.class);

    CountingStore(Store store) {
        this.store = store;
    }

    synchronized int count(Commit.Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }

    @Override
    public Commit.Outcome commit(Commit commit) {
        Commit.Outcome outcome = store.commit(commit);
        synchronized (this) {
            outcomes.merge(outcome, 1, Integer::sum);
        }
        return outcome;
    }

    @Override
    public Attachment export(PersonId person) {
        return store.export(person);
    }

    @Override
    public java.util.List<dev.sobes.core.chat.Conversation> wakeups(java.time.Instant until) {
        return store.wakeups(until);
    }

    @Override
    public Optional<Session> load(String conversationKey) {
        return store.load(conversationKey);
    }

    @Override
    public void save(Session session) {
        store.save(session);
    }

    @Override
    public void delete(String conversationKey) {
        store.delete(conversationKey);
    }

    @Override
    public Optional<Lang> language(PersonId person) {
        return store.language(person);
    }

    @Override
    public void setLanguage(PersonId person, Lang lang) {
        store.setLanguage(person, lang);
    }

    @Override
    public void recordAnswer(AnswerRecord answer) {
        store.recordAnswer(answer);
    }

    @Override
    public void recordGrade(GradeRecord grade) {
        store.recordGrade(grade);
    }

    @Override
    public List<AnswerRecord> answers(PersonId person) {
        return store.answers(person);
    }

    @Override
    public List<GradeRecord> grades(PersonId person) {
        return store.grades(person);
    }

    @Override
    public void forget(PersonId person) {
        store.forget(person);
    }
}
