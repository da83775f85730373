package dev.sobes.core.admin;

import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.model.Pack;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the desk needs from the running application: reading the content again, figures about the
 * store, reaching every conversation, keeping reports, and reading and keeping uploaded packs. The
 * launcher implements it over the content folder, the database and the platforms it serves.
 */
public interface Operations {
    /**
     * Reads the shared packs again and puts them in the library when they validate; when they do
     * not, the library keeps the packs it has and the outcome lists the errors.
     */
    Reloaded reload();

    /** Figures kept outside the library: people, conversations, answers, reports. */
    StoreFigures figures();

    /**
     * Sends {@code notice} to every conversation this deployment knows; returns how many it was
     * sent to.
     */
    int broadcast(RichText notice);

    /** Keeps a report. */
    void report(QuestionReport report);

    /** The latest reports, newest first, at most {@code limit}. */
    List<QuestionReport> reports(int limit);

    /**
     * Reads an uploaded file as a pack of {@code owner}'s, checks it against the packs and
     * question ids already taken in {@code library}, and keeps it where packs of its kind are kept.
     * The outcome has the pack, or the errors with their lines (and the library is not changed).
     * An owner who has {@link Desk#MAX_OWN_PACKS} packs may only replace one (send a pack with the
     * same id); a new one is refused with {@link Imported#full}.
     */
    Imported importPack(PackOwner owner, Attachment file, Library library);

    /**
     * Deletes the owner's pack with this id from where packs are kept and from {@code library};
     * returns whether there was one.
     */
    boolean removePack(PackOwner owner, String packId, Library library);

    /** The outcome of a reload. */
    record Reloaded(boolean applied, int packs, int questions, List<String> errors) {
        public Reloaded {
            errors = List.copyOf(errors);
        }
    }

    /** Figures about the store; -1 where the store cannot tell. */
    record StoreFigures(long people, long conversations, long answers, long reports) {}

    /**
     * An uploaded pack, or why it was not taken.
     *
     * @param full true when the pack was valid but new, and its owner already has as many packs as
     *     one may have
     */
    record Imported(@Nullable Pack pack, List<String> errors, List<String> notes, boolean full) {
        public Imported {
            errors = List.copyOf(errors);
            notes = List.copyOf(notes);
        }

        public Imported(@Nullable Pack pack, List<String> errors, List<String> notes) {
            this(pack, errors, notes, false);
        }
    }
}
