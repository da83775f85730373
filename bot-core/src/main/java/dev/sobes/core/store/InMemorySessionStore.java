package dev.sobes.core.store;

import dev.sobes.core.engine.Session;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Sessions kept in memory only: for tests, and for a terminal run without a database. */
public final class InMemorySessionStore implements SessionStore {
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();

    @Override
    public Optional<Session> load(String conversationKey) {
        return Optional.ofNullable(sessions.get(conversationKey));
    }

    @Override
    public void save(Session session) {
        sessions.put(session.conversationKey(), session);
    }

    @Override
    public void delete(String conversationKey) {
        sessions.remove(conversationKey);
    }
}
