package dev.sobes.app;

import dev.sobes.core.admin.Library;
import dev.sobes.core.admin.Operations;
import dev.sobes.core.admin.PackOwner;
import dev.sobes.core.admin.QuestionReport;
import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.store.StoreException;
import dev.sobes.storage.SqlStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desk's operations over this process: its content folder, its database and its platforms. A
 * reload here is announced through the database, and followed by every process sharing it.
 */
final class AppOperations implements Operations {
    private static final Logger LOG = LoggerFactory.getLogger(AppOperations.class);
    /** What a reload announces to the other processes. */
    static final String CONTENT = "content";

    private final Path contentDir;
    private final Library library;
    private final StoreQueries queries;
    private final OwnPacks ownPacks;
    private final Outlets outlets;
    private final SqlStore store;
    // The last reload this process has followed: its own, or one announced by another process.
    private @Nullable String followed;

    AppOperations(
            Path contentDir,
            Library library,
            StoreQueries queries,
            OwnPacks ownPacks,
            Outlets outlets,
            SqlStore store) {
        this.contentDir = contentDir;
        this.library = library;
        this.queries = queries;
        this.ownPacks = ownPacks;
        this.outlets = outlets;
        this.store = store;
        this.followed = store.mark(CONTENT).orElse(null);
    }

    /**
     * Reads the content folder again and uses it when it validates, and tells the other processes
     * sharing the database to do the same.
     */
    @Override
    public synchronized Reloaded reload() {
        Reloaded outcome = reloadHere();
        if (outcome.applied()) {
            try {
                followed = store.announce(CONTENT);
            } catch (StoreException e) {
                LOG.warn("event=content_reload_not_announced reason=\"{}\"", e.getMessage());
            }
        }
        return outcome;
    }

    /**
     * Reloads the content when another process sharing the database announced a reload since this
     * one last looked; a store out of reach is tried again on the next call.
     */
    synchronized void followReloads() {
        try {
            String mark = store.mark(CONTENT).orElse(null);
            if (mark == null || mark.equals(followed)) {
                return;
            }
            followed = mark;
            Reloaded outcome = reloadHere();
            LOG.info("event=content_reload_followed applied={}", outcome.applied());
        } catch (StoreException e) {
            LOG.warn("event=content_reload_follow_failed reason=\"{}\"", e.getMessage());
        }
    }

    private Reloaded reloadHere() {
        Content.Loaded loaded;
        try {
            loaded = Content.load(contentDir);
        } catch (IOException e) {
            LOG.warn("event=content_reload_failed dir={} reason=\"{}\"", contentDir, e.getMessage());
            return new Reloaded(false, 0, 0, List.of(contentDir + ": " + e.getMessage()));
        }
        QuestionBank bank = loaded.bank();
        if (!loaded.problems().isEmpty() || bank.questionCount() == 0) {
            List<String> errors = new ArrayList<>(loaded.problems());
            if (errors.isEmpty()) {
                errors.add(contentDir + ": no question could be loaded");
            }
            LOG.warn("event=content_reload_refused dir={} errors={}", contentDir, errors.size());
            return new Reloaded(false, bank.packs().size(), bank.questionCount(), errors);
        }
        library.replaceShared(bank);
        LOG.info("event=content_reloaded packs={} questions={}", bank.packs().size(), bank.questionCount());
        return new Reloaded(true, bank.packs().size(), bank.questionCount(), List.of());
    }

    @Override
    public StoreFigures figures() {
        return queries.figures();
    }

    @Override
    public int broadcast(RichText notice) {
        List<Reply> replies = new ArrayList<>();
        for (Conversation conversation : queries.conversations()) {
            if (outlets.serves(conversation)) {
                replies.add(Reply.to(conversation, notice));
            }
        }
        outlets.deliver(replies);
        LOG.info("event=broadcast conversations={}", replies.size());
        return replies.size();
    }

    @Override
    public void report(QuestionReport report) {
        queries.report(report);
        LOG.info("event=question_reported question={}", report.questionId());
    }

    @Override
    public List<QuestionReport> reports(int limit) {
        return queries.reports(limit);
    }

    @Override
    public boolean removePack(PackOwner owner, String packId, Library from) {
        boolean removed = ownPacks.remove(owner, packId, from);
        LOG.info("event=own_pack_deleted pack={} found={}", packId, removed);
        return removed;
    }

    @Override
    public Imported importPack(PackOwner owner, Attachment file, Library into) {
        Imported imported = ownPacks.importPack(owner, file, into);
        if (imported.pack() != null) {
            LOG.info(
                    "event=own_pack_imported pack={} questions={}",
                    imported.pack().id(),
                    imported.pack().questions().size());
        }
        return imported;
    }
}
