package dev.sobes.core.admin;

import dev.sobes.core.model.Pack;
import dev.sobes.core.model.QuestionBank;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The question packs as the engine reads them: the shared packs of the content folder, and packs
 * of one person's or one place's own that only they see. Both are replaced whole (a content reload,
 * an upload), atomically: an input sees one version from start to end.
 *
 * <p>As a {@code Supplier<QuestionBank>} for the engine it answers with the bank that the input
 * being handled on this thread may see (see {@link #as}); outside of that, with every pack, which
 * is what a timer needs to find the question it was started for.
 */
public final class Library implements Supplier<QuestionBank> {
    // Replaced whole under the lock, read without it: an input sees one version.
    private volatile Shelves shelves;
    // One library per engine, and tests build several: the view belongs to the instance, not the class.
    @SuppressWarnings("ThreadLocalUsage")
    private final ThreadLocal<@Nullable QuestionBank> viewing = new ThreadLocal<>();

    public Library(QuestionBank shared) {
        this.shelves = Shelves.of(shared, Map.of());
    }

    /** The packs everyone sees. */
    public QuestionBank shared() {
        return shelves.shared;
    }

    /** Every pack, shared and own. */
    public QuestionBank everything() {
        return shelves.everything;
    }

    /** Replaces the shared packs; own packs stay. */
    public synchronized void replaceShared(QuestionBank bank) {
        shelves = Shelves.of(bank, shelves.owned);
    }

    /** Replaces every own pack at once (as read from where they are kept). */
    public synchronized void replaceOwned(Map<PackOwner, List<Pack>> owned) {
        shelves = Shelves.of(shelves.shared, owned);
    }

    /** Adds an owner's pack, or replaces their pack with the same id. */
    public synchronized void putOwned(PackOwner owner, Pack pack) {
        Map<PackOwner, List<Pack>> owned = new LinkedHashMap<>(shelves.owned);
        List<Pack> theirs = new ArrayList<>(owned.getOrDefault(owner, List.of()));
        theirs.removeIf(p -> p.id().equals(pack.id()));
        theirs.add(pack);
        owned.put(owner, theirs);
        shelves = Shelves.of(shelves.shared, owned);
    }

    /** Removes an owner's pack; returns whether there was one. */
    public synchronized boolean removeOwned(PackOwner owner, String packId) {
        List<Pack> theirs = new ArrayList<>(shelves.owned.getOrDefault(owner, List.of()));
        if (!theirs.removeIf(p -> p.id().equals(packId))) {
            return false;
        }
        Map<PackOwner, List<Pack>> owned = new LinkedHashMap<>(shelves.owned);
        if (theirs.isEmpty()) {
            owned.remove(owner);
        } else {
            owned.put(owner, theirs);
        }
        shelves = Shelves.of(shelves.shared, owned);
        return true;
    }

    /** The owner's own packs. */
    public List<Pack> owned(PackOwner owner) {
        return shelves.owned.getOrDefault(owner, List.of());
    }

    /** How many own packs there are, of all owners. */
    public int ownedCount() {
        return shelves.owned.values().stream().mapToInt(List::size).sum();
    }

    /** The shared packs and the own packs of these owners. */
    public QuestionBank visibleTo(Collection<PackOwner> owners) {
        Shelves now = shelves;
        List<Pack> packs = new ArrayList<>(now.shared.packs());
        for (PackOwner owner : owners) {
            packs.addAll(now.owned.getOrDefault(owner, List.of()));
        }
        return packs.size() == now.shared.packs().size() ? now.shared : new QuestionBank(packs);
    }

    /** Runs {@code work} on this thread with the engine seeing only what these owners may see. */
    public <T> T as(Collection<PackOwner> owners, Supplier<T> work) {
        QuestionBank before = viewing.get();
        viewing.set(visibleTo(owners));
        try {
            return work.get();
        } finally {
            if (before == null) {
                viewing.remove();
            } else {
                viewing.set(before);
            }
        }
    }

    @Override
    public QuestionBank get() {
        QuestionBank view = viewing.get();
        return view != null ? view : everything();
    }

    private static final class Shelves {
        final QuestionBank shared;
        final Map<PackOwner, List<Pack>> owned;
        final QuestionBank everything;

        private Shelves(QuestionBank shared, Map<PackOwner, List<Pack>> owned, QuestionBank everything) {
            this.shared = shared;
            this.owned = owned;
            this.everything = everything;
        }

        /**
         * The shelves with these packs. An own pack whose id, or one of whose question ids, is
         * already taken (a shared pack that came with a reload, say) is left out: ids must be
         * unique for progress to mean one thing.
         */
        static Shelves of(QuestionBank shared, Map<PackOwner, List<Pack>> owned) {
            Map<PackOwner, List<Pack>> copy = new LinkedHashMap<>();
            List<Pack> all = new ArrayList<>(shared.packs());
            Set<String> ids = new HashSet<>();
            for (Pack pack : shared.packs()) {
                ids.add("pack:" + pack.id());
                pack.questions().forEach(q -> ids.add(q.id()));
            }
            owned.forEach((owner, packs) -> {
                List<Pack> kept = new ArrayList<>();
                for (Pack pack : packs) {
                    List<String> taken = new ArrayList<>();
                    taken.add("pack:" + pack.id());
                    pack.questions().forEach(q -> taken.add(q.id()));
                    if (taken.stream().noneMatch(ids::contains)
                            && taken.size() == Set.copyOf(taken).size()) {
                        ids.addAll(taken);
                        kept.add(pack);
                    }
                }
                if (!kept.isEmpty()) {
                    copy.put(owner, List.copyOf(kept));
                    all.addAll(kept);
                }
            });
            return new Shelves(shared, Map.copyOf(copy), copy.isEmpty() ? shared : new QuestionBank(all));
        }
    }
}
