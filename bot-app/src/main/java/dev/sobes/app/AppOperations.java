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
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desk's operations over this process: its content folder, its database and its platforms. */
final class AppOperations implements Operations {
    private static final Logger LOG = LoggerFactory.getLogger(AppOperations.class);

    private final Path contentDir;
    private final Library library;
    private final StoreQueries queries;
    private final OwnPacks ownPacks;
    private final Outlets outlets;

    AppOperations(Path contentDir, Library library, StoreQueries queries, OwnPacks ownPacks, Outlets outlets) {
        this.contentDir = contentDir;
        this.library = library;
        this.queries = queries;
        this.ownPacks = ownPacks;
        this.outlets = outlets;
    }

    @Override
    public Reloaded reload() {
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
            if (outlets.serves(conversation.platform())) {
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
