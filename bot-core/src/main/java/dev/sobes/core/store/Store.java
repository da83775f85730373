package dev.sobes.core.store;

import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.PersonId;
import java.time.Instant;
import java.util.List;

/**
 * Everything the engine keeps — sessions, progress, settings — written one input at a time: all
 * that an input changed is committed at once, checked against the session version it was applied
 * to and against the inputs already seen, so several processes can share one store without losing
 * or doubling anything. bot-storage implements it over SQLite and PostgreSQL; {@link InMemoryStore}
 * keeps it in memory.
 *
 * <p>Failures to read or write throw {@link StoreException}.
 */
public interface Store extends SessionStore, ProgressStore {
    /**
     * Writes what one input changed, in one transaction: {@link Commit.Outcome#DUPLICATE} when the
     * input's id was seen before in its conversation, {@link Commit.Outcome#CONFLICT} when the
     * stored session's version is not {@link Commit#expectedVersion()}, and otherwise
     * {@link Commit.Outcome#SAVED} once the changes are durable. Nothing is written unless the
     * outcome is SAVED.
     */
    Commit.Outcome commit(Commit commit);

    /**
     * Everything kept about a person — settings, answers, grades, the sessions of their direct
     * conversations — as one file they can take away. The store chooses the format.
     */
    Attachment export(PersonId person);

    /**
     * The conversations whose session needs a tick by {@code until}: a timed question whose time
     * runs out, a reminder to send. The application asks regularly and delivers a
     * {@link dev.sobes.core.chat.Tick} to each; since the times live with the sessions, a restart
     * or another process sharing the store loses none of them.
     */
    List<Conversation> wakeups(Instant until);
}
