package dev.sobes.app;

import dev.sobes.content.PackUpload;
import dev.sobes.core.admin.Desk;
import dev.sobes.core.admin.Library;
import dev.sobes.core.admin.Operations;
import dev.sobes.core.admin.PackOwner;
import dev.sobes.core.admin.PackShelf;
import dev.sobes.core.chat.Attachment;
import dev.sobes.core.model.Pack;
import dev.sobes.core.store.StoreException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Packs that people and places sent from chat: read and checked when sent, kept as the files they
 * sent on the store's {@link PackShelf}, and put in the library. Every process reads the shelf
 * again when its revision moves ({@link #refresh}), so a pack sent to one process is practised on
 * all, and a forgotten person's packs leave every library.
 */
final class OwnPacks {
    private static final Logger LOG = LoggerFactory.getLogger(OwnPacks.class);

    private final PackShelf shelf;
    private final Library library;
    private final Clock clock;
    private final PackUpload reader = new PackUpload();
    private @Nullable String revision;

    OwnPacks(PackShelf shelf, Library library, Clock clock) {
        this.shelf = shelf;
        this.library = library;
        this.clock = clock;
    }

    /**
     * Puts the shelf's packs in the library when the shelf changed since the last look; a kept
     * file that no longer reads (the reader got stricter) is logged and left out.
     *
     * @return whether the library's own packs were replaced
     */
    synchronized boolean refresh() {
        String now = shelf.revision();
        if (now.equals(revision)) {
            return false;
        }
        Map<PackOwner, List<Pack>> all = new LinkedHashMap<>();
        for (PackShelf.Kept kept : shelf.all()) {
            PackUpload.Result read =
                    reader.read(kept.file().fileName(), kept.file().content(), kept.packId(), none());
            Pack pack = read.pack();
            if (pack == null) {
                LOG.warn(
                        "event=own_pack_unreadable owner={} pack={} errors=\"{}\"",
                        kept.owner().key(),
                        kept.packId(),
                        String.join("; ", read.errors()));
            } else {
                all.computeIfAbsent(kept.owner(), o -> new ArrayList<>()).add(pack);
            }
        }
        library.replaceOwned(all);
        revision = now;
        return true;
    }

    /** {@link #refresh}, for a timer: a store out of reach now is tried again on the next call. */
    void refreshQuietly() {
        try {
            if (refresh()) {
                LOG.info("event=own_packs_refreshed packs={}", library.ownedCount());
            }
        } catch (StoreException e) {
            LOG.warn("event=own_packs_refresh_failed reason=\"{}\"", e.getMessage());
        }
    }

    /** Reads, checks and keeps an uploaded pack, and puts it in the library. */
    synchronized Operations.Imported importPack(PackOwner owner, Attachment file, Library into) {
        String markdownId = "own-" + tag(owner.key() + "/" + file.fileName().toLowerCase(Locale.ROOT));
        PackUpload.Taken taken = new PackUpload.Taken() {
            @Override
            public boolean pack(String packId) {
                return into.everything().pack(packId).isPresent() && !owns(into, owner, packId);
            }

            @Override
            public boolean question(String packId, String questionId) {
                return into.everything()
                        .question(questionId)
                        .map(q -> !(q.packId().equals(packId) && owns(into, owner, packId)))
                        .orElse(false);
            }
        };
        PackUpload.Result read = reader.read(file.fileName(), file.content(), markdownId, taken);
        Pack pack = read.pack();
        if (pack == null) {
            return new Operations.Imported(null, read.errors(), List.of());
        }
        if (into.owned(owner).size() >= Desk.MAX_OWN_PACKS && !owns(into, owner, pack.id())) {
            return new Operations.Imported(null, List.of(), List.of(), true);
        }
        shelf.keep(new PackShelf.Kept(owner, pack.id(), file, clock.instant()));
        into.putOwned(owner, pack);
        return new Operations.Imported(pack, List.of(), read.notes());
    }

    /** Deletes an owner's pack from the shelf and the library; returns whether there was one. */
    synchronized boolean remove(PackOwner owner, String packId, Library from) {
        boolean kept = shelf.remove(owner, packId);
        boolean shown = from.removeOwned(owner, packId);
        return kept || shown;
    }

    private static boolean owns(Library library, PackOwner owner, String packId) {
        return library.owned(owner).stream().anyMatch(p -> p.id().equals(packId));
    }

    private static PackUpload.Taken none() {
        return new PackUpload.Taken() {
            @Override
            public boolean pack(String packId) {
                return false;
            }

            @Override
            public boolean question(String packId, String questionId) {
                return false;
            }
        };
    }

    /** A short, stable tag of a text, for ids a person does not choose. */
    static String tag(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            String base36 = new BigInteger(1, Arrays.copyOf(digest, 8)).toString(36);
            return base36.length() > 8 ? base36.substring(0, 8) : base36;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
