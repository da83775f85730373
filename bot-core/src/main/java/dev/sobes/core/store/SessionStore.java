package dev.sobes.core.store;

import dev.sobes.core.engine.Session;
import java.util.Optional;

/** Keeps the session of each conversation between inputs. */
public interface SessionStore {
    Optional<Session> load(String conversationKey);

    /** Saves the session; returns only once it is durable as far as the store can make it. */
    void save(Session session);

    /** Deletes the session of a conversation, if there is one. */
    void delete(String conversationKey);
}
