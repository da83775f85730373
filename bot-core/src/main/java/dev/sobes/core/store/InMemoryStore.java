package dev.sobes.core.store;

import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.engine.Session;
import dev.sobes.core.model.Lang;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A {@link Store} in memory, for tests and for runs that keep nothing: commits are applied one at a
 * time, over a session store and a progress store that tests may inspect. The ids of the most
 * recent inputs are remembered, so a redelivered input is refused. Its export is plain text.
 */
public final class InMemoryStore implements Store {
    private static final int REMEMBERED_INPUTS = 100_000;

    private final SessionStore sessions;
    private final ProgressStore progress;
    private final Map<String, PersonId> owners = new HashMap<>();
    private final Map<String, Conversation> conversations = new HashMap<>();

    @SuppressWarnings("serial") // never serialised
    private final Map<String, Boolean> inputs = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_INPUTS;
        }
    };

    public InMemoryStore() {
        this(new InMemorySessionStore(), new InMemoryProgressStore());
    }

    public InMemoryStore(SessionStore sessions, ProgressStore progress) {
        this.sessions = sessions;
        this.progress = progress;
    }

    @Override
    public synchronized Commit.Outcome commit(Commit commit) {
        String key = commit.conversationKey();
        String input = commit.inputId() == null ? null : key + "\n" + commit.inputId();
        if (input != null && inputs.containsKey(input)) {
            return Commit.Outcome.DUPLICATE;
        }
        long stored = sessions.load(key).map(Session::version).orElse(0L);
        if (stored != commit.expectedVersion()) {
            return Commit.Outcome.CONFLICT;
        }
        if (input != null) {
            inputs.put(input, Boolean.TRUE);
        }
        Session session = commit.session();
        if (session != null) {
            sessions.save(session);
            conversations.put(key, commit.conversation());
            PersonId owner = commit.owner();
            if (owner != null) {
                owners.put(key, owner);
            }
        }
        commit.answers().forEach(progress::recordAnswer);
        commit.grades().forEach(progress::recordGrade);
        commit.languages().forEach(progress::setLanguage);
        PersonId forget = commit.forget();
        if (forget != null) {
            forget(forget);
        }
        return Commit.Outcome.SAVED;
    }

    @Override
    public synchronized List<Conversation> wakeups(Instant until) {
        List<Conversation> due = new ArrayList<>();
        conversations.forEach((key, conversation) -> sessions.load(key)
                .map(Session::wakeAt)
                .filter(at -> !at.isAfter(until))
                .ifPresent(at -> due.add(conversation)));
        return due;
    }

    @Override
    public synchronized Attachment export(PersonId person) {
        StringBuilder out = new StringBuilder();
        out.append("person: ").append(person.key()).append('\n');
        out.append("language: ")
                .append(progress.language(person).map(Lang::code).orElse("-"))
                .append('\n');
        for (AnswerRecord answer : progress.answers(person)) {
            out.append("answer: ").append(answer).append('\n');
        }
        for (GradeRecord grade : progress.grades(person)) {
            out.append("grade: ").append(grade).append('\n');
        }
        owners.forEach((key, owner) -> {
            if (owner.equals(person)) {
                sessions.load(key)
                        .ifPresent(s -> out.append("session: ").append(s).append('\n'));
            }
        });
        return new Attachment(
                "sobes-" + person.platform().code() + ".txt",
                "text/plain",
                out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<Session> load(String conversationKey) {
        return sessions.load(conversationKey);
    }

    @Override
    public synchronized void save(Session session) {
        sessions.save(session);
    }

    @Override
    public synchronized void delete(String conversationKey) {
        sessions.delete(conversationKey);
        owners.remove(conversationKey);
    }

    @Override
    public Optional<Lang> language(PersonId person) {
        return progress.language(person);
    }

    @Override
    public synchronized void setLanguage(PersonId person, Lang lang) {
        progress.setLanguage(person, lang);
    }

    @Override
    public synchronized void recordAnswer(AnswerRecord answer) {
        progress.recordAnswer(answer);
    }

    @Override
    public synchronized void recordGrade(GradeRecord grade) {
        progress.recordGrade(grade);
    }

    @Override
    public List<AnswerRecord> answers(PersonId person) {
        return progress.answers(person);
    }

    @Override
    public List<GradeRecord> grades(PersonId person) {
        return progress.grades(person);
    }

    @Override
    public synchronized void forget(PersonId person) {
        progress.forget(person);
        List<String> owned = owners.entrySet().stream()
                .filter(e -> e.getValue().equals(person))
                .map(Map.Entry::getKey)
                .toList();
        for (String key : owned) {
            delete(key);
        }
    }
}
