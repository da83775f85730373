package dev.sobes.core.admin;

import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Span;
import dev.sobes.core.chat.Upload;
import dev.sobes.core.chat.UserInput;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.engine.Session;
import dev.sobes.core.model.Lang;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.store.Store;
import dev.sobes.core.store.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

/**
 * The front desk of the engine: every input passes here first. It takes what is not an interview —
 * uploaded packs and {@code /packs}, {@code /deletepack}, {@code /report}, and the administrators'
 * {@code /reload}, {@code /counts},
 * {@code /broadcast} and {@code /reports} — and hands everything else to the engine, seeing only
 * the packs the input's person and place may see.
 *
 * <p>Administrators are the people listed in the settings, by platform and user id; anyone else who
 * sends an administrator's command is told it is not theirs.
 */
public final class Desk {
    /** The largest file taken as a pack. */
    public static final int MAX_UPLOAD_BYTES = 512 * 1024;

    /** The most own packs one person or one place may have. */
    public static final int MAX_OWN_PACKS = 20;

    /** How many errors of an upload are listed; the rest are counted. */
    static final int MAX_ERRORS_SHOWN = 15;

    static final int REPORTS_SHOWN = 20;

    private static final Set<String> ADMIN_COMMANDS = Set.of("reload", "counts", "broadcast", "reports");
    private static final List<String> UPLOAD_KINDS = List.of(".md", ".markdown", ".yaml", ".yml");

    private final Engine engine;
    private final Library library;
    private final Operations operations;
    private final Set<PersonId> admins;
    private final Store store;
    private final Clock clock;
    private final Map<Lang, Properties> texts = new EnumMap<>(Lang.class);

    /**
     * @param engine the engine, built over {@code library}
     * @param admins who may use the administrators' commands
     */
    public Desk(Engine engine, Library library, Operations operations, Set<PersonId> admins, Store store, Clock clock) {
        this.engine = Objects.requireNonNull(engine);
        this.library = Objects.requireNonNull(library);
        this.operations = Objects.requireNonNull(operations);
        this.admins = Set.copyOf(admins);
        this.store = Objects.requireNonNull(store);
        this.clock = Objects.requireNonNull(clock);
        for (Lang lang : Lang.values()) {
            texts.put(lang, load("desk_" + lang.code() + ".properties"));
        }
    }

    /** The replies to {@code input}. */
    public List<Reply> handle(Input input) {
        if (!(input instanceof UserInput user)) {
            return engine.handle(input);
        }
        List<PackOwner> viewers = viewers(user);
        if (user instanceof Upload upload) {
            return upload(upload, lang(user));
        }
        if (user instanceof Command command) {
            String name = command.name();
            if (ADMIN_COMMANDS.contains(name)) {
                if (!admins.contains(user.person().id())) {
                    return List.of(reply(user, t(lang(user), "admin.only", "/" + name)));
                }
                return admin(command, lang(user));
            }
            if (name.equals("report")) {
                return library.as(viewers, () -> report(command, lang(user)));
            }
            if (name.equals("packs")) {
                return List.of(packs(command, lang(user)));
            }
            if (name.equals("deletepack")) {
                return List.of(deletePack(command, lang(user)));
            }
            if (name.equals("help")) {
                List<Reply> replies = new ArrayList<>(library.as(viewers, () -> engine.handle(input)));
                replies.add(help(user, lang(user)));
                return replies;
            }
        }
        return library.as(viewers, () -> engine.handle(input));
    }

    /** Whose own packs an input may see: its person's, and its place's when it is a group. */
    static List<PackOwner> viewers(UserInput input) {
        PackOwner person = PackOwner.person(input.person().id());
        return input.conversation().group() ? List.of(person, PackOwner.place(input.conversation())) : List.of(person);
    }

    private List<Reply> upload(Upload upload, Lang lang) {
        Attachment file = upload.file();
        String name = file.fileName().toLowerCase(Locale.ROOT);
        if (UPLOAD_KINDS.stream().noneMatch(name::endsWith)) {
            return List.of(personal(upload, RichText.of(t(lang, "upload.kind", file.fileName()))));
        }
        if (file.size() > MAX_UPLOAD_BYTES) {
            return List.of(personal(
                    upload,
                    RichText.of(t(lang, "upload.too-big", file.fileName(), kib(file.size()), kib(MAX_UPLOAD_BYTES)))));
        }
        boolean forPlace = upload.conversation().group() && upload.person().manager();
        PackOwner owner = forPlace
                ? PackOwner.place(upload.conversation())
                : PackOwner.person(upload.person().id());
        Operations.Imported imported = operations.importPack(owner, file, library);
        Pack pack = imported.pack();
        if (imported.full()) {
            return List.of(personal(upload, RichText.of(t(lang, "upload.full", MAX_OWN_PACKS))));
        }
        if (pack == null) {
            RichText.Builder text = RichText.builder().text(t(lang, "upload.errors", file.fileName()));
            List<List<Span>> items = new ArrayList<>();
            for (String error : imported.errors()
                    .subList(0, Math.min(MAX_ERRORS_SHOWN, imported.errors().size()))) {
                items.add(List.of(Span.plain(error)));
            }
            text.bullets(items);
            if (imported.errors().size() > MAX_ERRORS_SHOWN) {
                text.text(t(lang, "upload.more-errors", imported.errors().size() - MAX_ERRORS_SHOWN));
            }
            text.text(t(lang, "upload.fix"));
            return List.of(personal(upload, text.build()));
        }
        RichText.Builder text = RichText.builder()
                .paragraph(
                        Span.plain(t(
                                        lang,
                                        "upload.done",
                                        pack.title().in(lang),
                                        pack.questions().size()) + " "),
                        Span.code("/practice " + pack.id()))
                .text(t(lang, forPlace ? "upload.for-place" : "upload.for-person"));
        List<List<Span>> notes = new ArrayList<>();
        for (String note : imported.notes()
                .subList(0, Math.min(MAX_ERRORS_SHOWN, imported.notes().size()))) {
            notes.add(List.of(Span.plain(note)));
        }
        text.bullets(notes);
        Reply done = Reply.to(upload.conversation(), text.build());
        return List.of(forPlace ? done : personal(upload, text.build()));
    }

    /** The packs of the input's person, and in a group the group's: ids, titles, sizes. */
    private Reply packs(Command command, Lang lang) {
        RichText.Builder text = RichText.builder();
        boolean any = false;
        for (PackOwner owner : viewers(command)) {
            List<Pack> owned = library.owned(owner);
            if (owned.isEmpty()) {
                continue;
            }
            any = true;
            text.paragraph(Span.bold(t(lang, owner.place() ? "packs.place" : "packs.person")));
            List<List<Span>> items = new ArrayList<>();
            for (Pack pack : owned) {
                items.add(List.of(
                        Span.code(pack.id()),
                        Span.plain(" — " + pack.title().in(lang) + ", "
                                + t(lang, "packs.questions", pack.questions().size()))));
            }
            text.bullets(items);
        }
        if (!any) {
            return personal(command, RichText.of(t(lang, "packs.none", kib(MAX_UPLOAD_BYTES))));
        }
        text.paragraph(
                Span.plain(t(lang, "packs.how") + " "),
                Span.code("/practice ID"),
                Span.plain(", "),
                Span.code("/deletepack ID"),
                Span.plain("."));
        return personal(command, text.build());
    }

    /**
     * Deletes one of the person's own packs, or in a group, for one who manages it, one of the
     * group's. Answers and grades given to its questions stay in the person's progress.
     */
    private Reply deletePack(Command command, Lang lang) {
        if (command.args().size() != 1) {
            return personal(command, RichText.of(t(lang, "deletepack.usage")));
        }
        String packId = command.args().get(0);
        List<PackOwner> owners = new ArrayList<>();
        owners.add(PackOwner.person(command.person().id()));
        if (command.conversation().group() && command.person().manager()) {
            owners.add(PackOwner.place(command.conversation()));
        }
        for (PackOwner owner : owners) {
            Pack pack = library.owned(owner).stream()
                    .filter(p -> p.id().equals(packId))
                    .findFirst()
                    .orElse(null);
            if (pack == null) {
                continue;
            }
            try {
                operations.removePack(owner, packId, library);
            } catch (StoreException e) {
                return personal(command, RichText.of(t(lang, "admin.store-failed")));
            }
            return personal(
                    command,
                    RichText.of(t(
                            lang,
                            "deletepack.done",
                            pack.title().in(lang),
                            pack.questions().size())));
        }
        return personal(command, RichText.of(t(lang, "deletepack.unknown", packId)));
    }

    private static String kib(int bytes) {
        return (bytes + 1023) / 1024 + " KiB";
    }

    private List<Reply> report(Command command, Lang lang) {
        List<String> args = command.args();
        QuestionBank bank = library.get();
        String questionId = null;
        List<String> words = args;
        if (!args.isEmpty() && bank.question(args.get(0)).isPresent()) {
            questionId = args.get(0);
            words = args.subList(1, args.size());
        } else {
            try {
                questionId = store.load(command.conversation().key())
                        .map(Session::questionId)
                        .filter(id -> bank.question(id).isPresent())
                        .orElse(null);
            } catch (StoreException e) {
                return List.of(personal(command, RichText.of(t(lang, "report.failed"))));
            }
        }
        String comment = String.join(" ", words).strip();
        if (comment.isEmpty()) {
            return List.of(personal(command, RichText.of(t(lang, "report.usage"))));
        }
        try {
            operations.report(new QuestionReport(
                    clock.instant(),
                    command.person().id(),
                    command.conversation().key(),
                    questionId,
                    comment));
        } catch (StoreException e) {
            return List.of(personal(command, RichText.of(t(lang, "report.failed"))));
        }
        String text = questionId == null ? t(lang, "report.saved") : t(lang, "report.saved-question", questionId);
        return List.of(personal(command, RichText.of(text)));
    }

    private List<Reply> admin(Command command, Lang lang) {
        try {
            switch (command.name()) {
                case "reload" -> {
                    return List.of(reply(command, reload(lang)));
                }
                case "counts" -> {
                    return List.of(reply(command, counts(lang)));
                }
                case "broadcast" -> {
                    String notice = String.join(" ", command.args()).strip();
                    if (notice.isEmpty()) {
                        return List.of(reply(command, RichText.of(t(lang, "broadcast.usage"))));
                    }
                    int sent = operations.broadcast(RichText.of(notice));
                    return List.of(reply(command, RichText.of(t(lang, "broadcast.sent", sent))));
                }
                default -> {
                    return List.of(reply(command, reports(lang)));
                }
            }
        } catch (StoreException e) {
            return List.of(reply(command, RichText.of(t(lang, "admin.store-failed"))));
        }
    }

    private RichText reload(Lang lang) {
        Operations.Reloaded outcome = operations.reload();
        if (outcome.applied()) {
            return RichText.of(t(lang, "reload.done", outcome.packs(), outcome.questions()));
        }
        List<List<Span>> items = new ArrayList<>();
        for (String error : outcome.errors()
                .subList(0, Math.min(MAX_ERRORS_SHOWN, outcome.errors().size()))) {
            items.add(List.of(Span.plain(error)));
        }
        QuestionBank kept = library.shared();
        return RichText.builder()
                .text(t(
                        lang,
                        "reload.kept",
                        outcome.errors().size(),
                        kept.packs().size(),
                        kept.questionCount()))
                .bullets(items)
                .build();
    }

    private RichText counts(Lang lang) {
        QuestionBank shared = library.shared();
        Operations.StoreFigures figures = operations.figures();
        List<List<Span>> items = List.of(
                List.of(Span.plain(t(lang, "counts.packs", shared.packs().size(), shared.questionCount()))),
                List.of(Span.plain(t(lang, "counts.own-packs", library.ownedCount()))),
                List.of(Span.plain(t(lang, "counts.people", figures.people()))),
                List.of(Span.plain(t(lang, "counts.conversations", figures.conversations()))),
                List.of(Span.plain(t(lang, "counts.answers", figures.answers()))),
                List.of(Span.plain(t(lang, "counts.reports", figures.reports()))));
        return RichText.builder().text(t(lang, "counts.header")).bullets(items).build();
    }

    private RichText reports(Lang lang) {
        List<QuestionReport> reports = operations.reports(REPORTS_SHOWN);
        if (reports.isEmpty()) {
            return RichText.of(t(lang, "reports.none"));
        }
        List<List<Span>> items = new ArrayList<>();
        for (QuestionReport report : reports) {
            List<Span> item = new ArrayList<>();
            item.add(Span.plain(report.at().toString().substring(0, 16).replace('T', ' ') + " "));
            item.add(Span.code(report.questionId() == null ? "—" : report.questionId()));
            item.add(Span.plain(" " + report.person().key() + ": " + report.comment()));
            items.add(item);
        }
        return RichText.builder()
                .text(t(lang, "reports.header", reports.size()))
                .bullets(items)
                .build();
    }

    private Reply help(UserInput input, Lang lang) {
        List<List<Span>> items = new ArrayList<>();
        items.add(List.of(
                Span.code("/report [ID] " + t(lang, "help.comment")), Span.plain(" — " + t(lang, "help.report"))));
        items.add(List.of(Span.plain(t(lang, "help.upload", kib(MAX_UPLOAD_BYTES)))));
        items.add(List.of(Span.code("/packs"), Span.plain(" — " + t(lang, "help.packs"))));
        items.add(List.of(Span.code("/deletepack ID"), Span.plain(" — " + t(lang, "help.deletepack"))));
        boolean admin = admins.contains(input.person().id());
        if (admin) {
            items.add(List.of(Span.code("/reload"), Span.plain(" — " + t(lang, "help.reload"))));
            items.add(List.of(Span.code("/counts"), Span.plain(" — " + t(lang, "help.counts"))));
            items.add(List.of(
                    Span.code("/broadcast " + t(lang, "help.text")), Span.plain(" — " + t(lang, "help.broadcast"))));
            items.add(List.of(Span.code("/reports"), Span.plain(" — " + t(lang, "help.reports"))));
        }
        return personal(input, RichText.builder().bullets(items).build());
    }

    private Lang lang(UserInput input) {
        try {
            return store.language(input.person().id())
                    .orElseGet(() -> Lang.fromTag(input.person().languageTag()));
        } catch (StoreException e) {
            return Lang.fromTag(input.person().languageTag());
        }
    }

    private static Reply reply(UserInput input, RichText text) {
        return personal(input, text);
    }

    /** A reply for the input's person: private when the conversation is a group. */
    private static Reply personal(UserInput input, RichText text) {
        Reply reply = Reply.to(input.conversation(), text);
        return input.conversation().group() ? reply.privateTo(input.person().id()) : reply;
    }

    private static Reply reply(UserInput input, String text) {
        return personal(input, RichText.of(text));
    }

    String t(Lang lang, String key, Object... args) {
        Properties bundle = Objects.requireNonNull(texts.get(lang));
        String template = bundle.getProperty(key);
        if (template == null) {
            throw new IllegalArgumentException("no text '" + key + "' in " + lang.code());
        }
        String result = template;
        for (int i = 0; i < args.length; i++) {
            result = result.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return result;
    }

    /** The keys of a language's texts; every language has the same. */
    Set<String> keys(Lang lang) {
        return Objects.requireNonNull(texts.get(lang)).stringPropertyNames();
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = Desk.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing interface texts " + name);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
