package dev.sobes.core.store;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.engine.Session;
import dev.sobes.core.model.Lang;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one input changed, for a {@link Store} to write all at once or not at all.
 *
 * @param conversation where the input came from
 * @param person who sent it; null for a timer
 * @param inputId the platform's id of the input (see {@code UserInput.sourceId()}), or null; a store
 *     refuses a commit whose input id it has already seen in this conversation
 * @param expectedVersion the version of the session the input was applied to; 0 when there was no
 *     stored session
 * @param session the session after the input, at version {@code expectedVersion + 1}; null when the
 *     input did not change it
 * @param answers answers recorded, in the order given
 * @param grades grades recorded, in the order given
 * @param languages interface languages people chose
 * @param forget a person who asked to delete everything kept about them; applied last
 */
public record Commit(
        Conversation conversation,
        @Nullable PersonId person,
        @Nullable String inputId,
        long expectedVersion,
        @Nullable Session session,
        List<AnswerRecord> answers,
        List<GradeRecord> grades,
        Map<PersonId, Lang> languages,
        @Nullable PersonId forget) {

    /** How a commit ended. Nothing was written unless it is {@link #SAVED}. */
    public enum Outcome {
        /** Written and durable. */
        SAVED,
        /** The stored session is no longer at the expected version: another writer came first. */
        CONFLICT,
        /** The input's id was seen before: it was already applied. */
        DUPLICATE
    }

    public Commit {
        if (expectedVersion < 0) {
            throw new IllegalArgumentException("a session version is never negative");
        }
        if (session != null) {
            if (!session.conversationKey().equals(conversation.key())) {
                throw new IllegalArgumentException(
                        "the session belongs to " + session.conversationKey() + ", not to " + conversation.key());
            }
            if (session.version() != expectedVersion + 1) {
                throw new IllegalArgumentException("a changed session is saved one version above the expected one");
            }
        }
        answers = List.copyOf(answers);
        grades = List.copyOf(grades);
        languages = Map.copyOf(languages);
    }

    public String conversationKey() {
        return conversation.key();
    }

    /**
     * The person whose session this is: the person of a direct conversation; nobody in a group,
     * whose session belongs to everyone in it. Deleting a person deletes the sessions they own.
     */
    public @Nullable PersonId owner() {
        return conversation.group() ? null : person;
    }

    /** True when there is nothing to write but the input's id. */
    public boolean writesNothingButTheInput() {
        return session == null && answers.isEmpty() && grades.isEmpty() && languages.isEmpty() && forget == null;
    }
}
