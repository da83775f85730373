package dev.sobes.core.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Upload;
import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.model.KeyPoint;
import dev.sobes.core.model.Lang;
import dev.sobes.core.model.Level;
import dev.sobes.core.model.LocalizedText;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.model.Topic;
import dev.sobes.core.store.InMemoryStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DeskTest {
    static final PersonId ADMIN = new PersonId(Platform.TELEGRAM, "1");

    final InMemoryStore store = new InMemoryStore();
    final Library library = new Library(new QuestionBank(List.of(pack("shared", "Shared pack"))));
    final FakeOperations operations = new FakeOperations();
    final Clock clock = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    final Engine engine = new Engine(
            library,
            store,
            clock,
            7,
            new ActionCodec("a test secret of enough bytes".getBytes(StandardCharsets.UTF_8)));
    final Desk desk = new Desk(engine, library, operations, Set.of(ADMIN), store, clock);

    @Test
    void anOwnPackIsListedForItsOwnerOnlyAndOthersCannotOpenItById() {
        assertThat(text(send("2", "/upload-notes"))).contains("Imported «Anna's pack»: 3 questions");

        assertThat(text(send("2", "/practice"))).contains("Anna's pack").contains("Shared pack");
        assertThat(text(send("2", "/practice annas all mixed"))).contains("question 1");

        assertThat(text(send("3", "/practice"))).contains("Shared pack").doesNotContain("Anna's pack");
        assertThat(text(send("3", "/practice annas all mixed"))).doesNotContain("question 1");
        assertThat(text(send("3", "/ask annas-q1"))).doesNotContain("Question annas-q1?");
    }

    @Test
    void ownPacksAreListedAndDeletedByTheirOwnerOnly() {
        assertThat(text(send("2", "/packs"))).contains("You have no packs of your own");
        send("2", "/upload-notes");

        assertThat(text(send("2", "/packs")))
                .contains("Your packs")
                .contains("annas — Anna's pack, 3 questions")
                .contains("/deletepack ID");
        assertThat(text(send("3", "/packs"))).contains("You have no packs of your own");
        assertThat(text(send("3", "/deletepack annas"))).contains("You have no pack with the id annas");
        assertThat(text(send("2", "/deletepack"))).contains("Name the pack to delete");
        assertThat(operations.removed).isEmpty();

        assertThat(text(send("2", "/deletepack annas"))).contains("Deleted «Anna's pack» (3 questions)");
        assertThat(operations.removed).containsExactly("person:telegram:2/annas");
        assertThat(text(send("2", "/practice"))).doesNotContain("Anna's pack");
        assertThat(text(send("2", "/packs"))).contains("You have no packs of your own");
    }

    @Test
    void aGroupsPackIsDeletedOnlyByOneWhoManagesTheGroup() {
        Conversation group = new Conversation(Platform.TELEGRAM, "-100", null, true);
        Person manager = new Person(new PersonId(Platform.TELEGRAM, "2"), "Anna", "en", true);
        Person member = new Person(new PersonId(Platform.TELEGRAM, "3"), "Boris", "en");
        desk.handle(new Upload(group, manager, file("notes.yaml")));
        assertThat(text(desk.handle(new Command(group, member, "packs", List.of()))))
                .contains("This chat's packs")
                .contains("annas");

        assertThat(text(desk.handle(new Command(group, member, "deletepack", List.of("annas")))))
                .contains("You have no pack with the id annas");
        assertThat(text(desk.handle(new Command(group, manager, "deletepack", List.of("annas")))))
                .contains("Deleted «Anna's pack»");
        assertThat(operations.removed).containsExactly("place:telegram:-100/annas");
    }

    @Test
    void anUploadBeyondTheLimitOfOwnPacksSaysHowToMakeRoom() {
        operations.full = true;
        assertThat(text(send("2", "/upload-notes")))
                .contains("You already have 20 packs of your own")
                .contains("/deletepack ID");
        assertThat(library.ownedCount()).isZero();
    }

    @Test
    void aPackSentInAGroupByAManagerIsThatGroupsAndOnlyItsMembersThereSeeIt() {
        Conversation group = new Conversation(Platform.TELEGRAM, "-100", null, true);
        Person manager = new Person(new PersonId(Platform.TELEGRAM, "2"), "Anna", "en", true);
        List<Reply> done = desk.handle(new Upload(group, manager, file("notes.yaml")));
        assertThat(done.get(0).privateTo()).isNull();
        assertThat(text(done)).contains("Everyone here sees this pack");

        Person member = new Person(new PersonId(Platform.TELEGRAM, "3"), "Boris", "en");
        assertThat(text(desk.handle(new Command(group, member, "practice", List.of()))))
                .contains("Anna's pack");
        assertThat(text(send("3", "/practice"))).doesNotContain("Anna's pack");
        assertThat(text(send("2", "/practice"))).doesNotContain("Anna's pack");
    }

    @Test
    void anUploadThatIsTooBigOrNotAPackIsRefusedWithoutReadingIt() {
        Conversation dm = Conversation.direct(Platform.TELEGRAM, "2");
        Person anna = person("2");
        byte[] big = new byte[Desk.MAX_UPLOAD_BYTES + 1];
        assertThat(text(desk.handle(new Upload(dm, anna, new Attachment("big.md", "text/markdown", big)))))
                .contains("big.md is 513 KiB; a pack file may be at most 512 KiB");
        assertThat(text(desk.handle(new Upload(dm, anna, new Attachment("cat.jpg", "image/jpeg", new byte[3])))))
                .contains("cat.jpg is not a pack file");
        assertThat(operations.imports).isZero();
    }

    @Test
    void uploadErrorsComeBackWithTheirLines() {
        operations.errors = List.of("notes.yaml:4:12: unknown level 'expert'");
        assertThat(text(send("2", "/upload-notes")))
                .contains("Nothing was imported from notes.yaml")
                .contains("notes.yaml:4:12: unknown level 'expert'");
        assertThat(library.ownedCount()).isZero();
    }

    @Test
    void administratorsCommandsAreRefusedToOthersAndDoneForAdministrators() {
        assertThat(text(send("2", "/reload"))).contains("/reload is for the bot's administrators");
        assertThat(operations.reloads).isZero();

        assertThat(text(send("1", "/reload"))).contains("Content reloaded: 1 packs, 3 questions.");
        operations.reloadErrors = List.of("content/go/q.yaml:3:1: broken");
        assertThat(text(send("1", "/reload")))
                .contains("The new content has 1 errors, so the packs in use stay (1 packs, 3 questions)")
                .contains("content/go/q.yaml:3:1: broken");
        assertThat(text(send("1", "/counts")))
                .contains("shared packs: 1, with 3 questions")
                .contains("people: 5");
        assertThat(text(send("1", "/broadcast Maintenance tonight"))).contains("The notice went to 4 conversations.");
        assertThat(operations.notices).containsExactly("Maintenance tonight");
    }

    @Test
    void aReportNamesTheOpenQuestionAndIsListedForAdministrators() {
        send("2", "/ask shared-q2");
        assertThat(text(send("2", "/report the answer is outdated"))).contains("your report on shared-q2 is saved");
        assertThat(text(send("2", "/report"))).contains("Tell what is wrong");
        assertThat(text(send("3", "/report shared-q1 typo in the question"))).contains("report on shared-q1");

        assertThat(text(send("1", "/reports")))
                .contains("shared-q2")
                .contains("telegram:2: the answer is outdated")
                .contains("telegram:3: typo in the question");
    }

    @Test
    void helpAddsReportsAndUploadsForEveryoneAndTheAdministratorsCommandsForThem() {
        assertThat(text(send("2", "/help")))
                .contains("/report")
                .contains("Markdown")
                .doesNotContain("/broadcast");
        assertThat(text(send("1", "/help")))
                .contains("/reload")
                .contains("/broadcast")
                .contains("/reports");
    }

    @Test
    void everyDeskTextExistsInEveryLanguage() {
        assertThat(desk.keys(Lang.RU)).isEqualTo(desk.keys(Lang.EN));
    }

    private List<Reply> send(String user, String line) {
        Conversation dm = Conversation.direct(Platform.TELEGRAM, user);
        Person person = person(user);
        if (line.equals("/upload-notes")) {
            return desk.handle(new Upload(dm, person, file("notes.yaml")));
        }
        String[] parts = line.substring(1).split(" ", -1);
        Input input = new Command(dm, person, parts[0], Arrays.asList(parts).subList(1, parts.length));
        return desk.handle(input);
    }

    private static Person person(String user) {
        return new Person(new PersonId(Platform.TELEGRAM, user), "U" + user, "en");
    }

    private static Attachment file(String name) {
        return new Attachment(name, "application/yaml", "questions: []".getBytes(StandardCharsets.UTF_8));
    }

    private static String text(List<Reply> replies) {
        // What a person sees: the text and the buttons' labels.
        return replies.stream()
                .map(r -> r.text().plainText() + "\n"
                        + r.allButtons().stream().map(b -> b.label()).collect(Collectors.joining(" | ")))
                .collect(Collectors.joining("\n"));
    }

    static Pack pack(String id, String title) {
        List<Question> questions = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            questions.add(Question.open(
                    id + "-q" + i,
                    id,
                    "basics",
                    Level.JUNIOR,
                    LocalizedText.of("Question " + id + "-q" + i + "?"),
                    LocalizedText.of("Answer " + i + "."),
                    List.of(
                            new KeyPoint(LocalizedText.of("one"), List.of(List.of("alpha"))),
                            new KeyPoint(LocalizedText.of("two"), List.of(List.of("beta"))),
                            new KeyPoint(LocalizedText.of("three"), List.of(List.of("gamma"))))));
        }
        return new Pack(
                id, LocalizedText.of(title), null, List.of(new Topic("basics", LocalizedText.of("Basics"))), questions);
    }

    /** Operations that keep what they are asked in memory. */
    static final class FakeOperations implements Operations {
        List<String> errors = List.of();
        List<String> reloadErrors = List.of();
        final List<QuestionReport> reports = new ArrayList<>();
        final List<String> notices = new ArrayList<>();
        final List<String> removed = new ArrayList<>();
        boolean full;
        int imports;
        int reloads;

        @Override
        public Reloaded reload() {
            reloads++;
            return new Reloaded(reloadErrors.isEmpty(), 1, 3, reloadErrors);
        }

        @Override
        public StoreFigures figures() {
            return new StoreFigures(5, 4, 10, reports.size());
        }

        @Override
        public int broadcast(RichText notice) {
            notices.add(notice.plainText().strip());
            return 4;
        }

        @Override
        public void report(QuestionReport report) {
            reports.add(0, report);
        }

        @Override
        public List<QuestionReport> reports(int limit) {
            return reports.subList(0, Math.min(limit, reports.size()));
        }

        @Override
        public Imported importPack(PackOwner owner, Attachment file, Library into) {
            imports++;
            if (!errors.isEmpty()) {
                return new Imported(null, errors, List.of());
            }
            Pack pack = pack("annas", "Anna's pack");
            if (full) {
                return new Imported(null, List.of(), List.of(), true);
            }
            into.putOwned(owner, pack);
            return new Imported(pack, List.of(), List.of());
        }

        @Override
        public boolean removePack(PackOwner owner, String packId, Library from) {
            removed.add(owner.key() + "/" + packId);
            return from.removeOwned(owner, packId);
        }
    }
}
