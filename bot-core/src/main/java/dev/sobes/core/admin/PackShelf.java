package dev.sobes.core.admin;

import dev.sobes.core.chat.Attachment;
import java.time.Instant;
import java.util.List;

/**
 * Where the packs people and places send from chat are kept, as the files they sent, so that every
 * process serving the same store sees them and a restart loses none. A person's packs go when the
 * person is forgotten, and come with the person's export.
 */
public interface PackShelf {
    /** Keeps {@code pack}, replacing the owner's pack with the same id. */
    void keep(Kept pack);

    /** Deletes the owner's pack with this id; returns whether there was one. */
    boolean remove(PackOwner owner, String packId);

    /** Every kept pack, by owner and pack id. */
    List<Kept> all();

    /** A mark that changes whenever a pack is kept or removed; read it to notice others' changes. */
    String revision();

    /**
     * A kept pack.
     *
     * @param packId the id the pack was read with (a Markdown pack's id is chosen for it)
     * @param file the file as it was sent
     */
    record Kept(PackOwner owner, String packId, Attachment file, Instant keptAt) {}
}
