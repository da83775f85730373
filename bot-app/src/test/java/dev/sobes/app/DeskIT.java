package dev.sobes.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Own packs, question reports and the administrators' commands through the packaged launcher's terminal. */
class DeskIT {
    static final String NOTES = """
            # Go notes

            ## What is a goroutine?

            A goroutine is a function running concurrently, scheduled by the Go runtime.

            - it is cheaper than an OS thread
            - the runtime multiplexes goroutines onto threads
            - it starts with a small stack that grows

            ## What does defer do?

            Defer runs a call when the surrounding function returns.

            - deferred calls run in last-in, first-out order
            - arguments are evaluated when defer runs
            - they run even when the function panics
            """;

    @TempDir
    Path temp;

    private Map<String, String> env(String user) {
        Map<String, String> env = new HashMap<>();
        env.put("SOBES_CONTENT_DIR", ConsolePracticeIT.MINI);
        env.put("SOBES_LANG", "en");
        env.put("SOBES_DB_PATH", temp.resolve("data/sobes.db").toString());
        env.put("SOBES_ADMINS", "console:admin, telegram:42");
        env.put("USER", user);
        return env;
    }

    @Test
    void anUploadedPackIsPractisedByItsOwnerAndSeenByNobodyElse() throws Exception {
        Path notes = Files.writeString(temp.resolve("go-notes.md"), NOTES, StandardCharsets.UTF_8);
        String packId;
        try (TerminalProcess sobes = TerminalProcess.start(env("anna"))) {
            sobes.screen();
            String imported = sobes.type("/upload " + notes);
            assertThat(imported).contains("Imported «go-notes»: 2 questions").contains("Only you see this pack");
            Matcher id = Pattern.compile("/practice (own-[a-z0-9]+)").matcher(imported);
            assertThat(id.find()).isTrue();
            packId = id.group(1);
            assertThat(sobes.type("/practice " + packId + " all mixed")).contains("question 1");
            sobes.send("/quit");
            assertThat(sobes.finish()).isZero();
        }
        try (TerminalProcess sobes = TerminalProcess.start(env("boris"))) {
            sobes.screen();
            String refused = sobes.type("/practice " + packId + " all mixed");
            assertThat(refused).doesNotContain("question 1").doesNotContain("goroutine");
            assertThat(sobes.type("/practice")).contains("Mini pack").doesNotContain("go-notes");
            sobes.send("/quit");
            assertThat(sobes.finish()).isZero();
        }
        try (TerminalProcess sobes = TerminalProcess.start(env("anna"))) {
            sobes.screen();
            assertThat(sobes.type("/practice")).contains("go-notes");
            Matcher saved = Pattern.compile("Saved to (\\S+\\.json)").matcher(sobes.type("/export"));
            assertThat(saved.find()).isTrue();
            assertThat(Files.readString(Path.of(saved.group(1))))
                    .contains("\"ownPacks\"")
                    .contains("go-notes.md")
                    .contains("What does defer do?");
            String confirm = sobes.type("/forget");
            Matcher delete = Pattern.compile("\\[(\\d+)\\] Delete everything").matcher(confirm);
            assertThat(delete.find()).as(confirm).isTrue();
            assertThat(sobes.type(delete.group(1))).contains("everything Sobes kept about you is deleted");
            sobes.send("/quit");
            assertThat(sobes.finish()).isZero();
        }
        try (TerminalProcess sobes = TerminalProcess.start(env("anna"))) {
            sobes.screen();
            assertThat(sobes.type("/practice")).doesNotContain("go-notes");
            assertThat(sobes.type("/practice " + packId + " all mixed")).doesNotContain("question 1");
            sobes.send("/quit");
            assertThat(sobes.finish()).isZero();
        }
    }

    @Test
    void aPackSentThroughOneProcessIsPractisedThroughAnotherOnTheSameDatabase() throws Exception {
        Path notes = Files.writeString(temp.resolve("go-notes.md"), NOTES, StandardCharsets.UTF_8);
        try (TerminalProcess other = TerminalProcess.start(env("anna"))) {
            other.screen();
            assertThat(other.type("/practice")).doesNotContain("go-notes");
            try (TerminalProcess sobes = TerminalProcess.start(env("anna"))) {
                sobes.screen();
                assertThat(sobes.type("/upload " + notes)).contains("Imported «go-notes»: 2 questions");
                sobes.send("/quit");
                assertThat(sobes.finish()).isZero();
            }
            // The other process looks for new packs every few seconds; ask until it has, for a generous while.
            String list = other.type("/practice");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!list.contains("go-notes") && System.nanoTime() < deadline) {
                Thread.sleep(500);
                list = other.type("/practice");
            }
            assertThat(list).contains("go-notes");
            other.send("/quit");
            assertThat(other.finish()).isZero();
        }
    }

    @Test
    void aPersonKeepsAtMostTwentyPacksAndMakesRoomByDeletingOne() throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i <= 21; i++) {
            files.add(Files.writeString(temp.resolve("notes-" + i + ".md"), NOTES, StandardCharsets.UTF_8));
        }
        try (TerminalProcess sobes = TerminalProcess.start(env("anna"))) {
            sobes.screen();
            String first = sobes.type("/upload " + files.get(0));
            for (int i = 1; i < 20; i++) {
                assertThat(sobes.type("/upload " + files.get(i))).contains("Imported «notes-" + (i + 1) + "»");
            }
            assertThat(sobes.type("/upload " + files.get(20))).contains("You already have 20 packs of your own");
            assertThat(sobes.type("/upload " + files.get(0)))
                    .as("a pack sent again replaces itself")
                    .contains("Imported «notes-1»");

            Matcher id = Pattern.compile("/practice (own-[a-z0-9]+)").matcher(first);
            assertThat(id.find()).isTrue();
            assertThat(sobes.type("/packs")).contains(id.group(1)).contains("notes-20");
            assertThat(sobes.type("/deletepack " + id.group(1))).contains("Deleted «notes-1» (2 questions)");
            assertThat(sobes.type("/upload " + files.get(20))).contains("Imported «notes-21»");
            assertThat(sobes.type("/packs")).doesNotContain(id.group(1)).contains("notes-21");
            sobes.send("/quit");
            assertThat(sobes.finish()).isZero();
        }
        try (TerminalProcess sobes = TerminalProcess.start(env("anna"))) {
            sobes.screen();
            assertThat(sobes.type("/packs")).doesNotContain("«notes-1»").contains("notes-21");
            sobes.send("/quit");
            assertThat(sobes.finish()).isZero();
        }
    }

    @Test
    void aBrokenUploadIsRefusedWithItsLinesAndNothingIsKept() throws Exception {
        Path broken = Files.writeString(temp.resolve("broken.yaml"), """
                id: mine
                title: {ru: Моё, en: Mine}
                topics:
                  - id: basics
                    title: {ru: Основы, en: Basics}
                questions:
                  - id: mine-one
                    topic: basics
                    level: expert
                    question: {ru: "Вопрос?", en: "Question?"}
                    answer: {ru: Ответ., en: Answer.}
                """, StandardCharsets.UTF_8);
        Path notAPack = Files.writeString(temp.resolve("photo.png"), "not a pack", StandardCharsets.UTF_8);
        try (TerminalProcess sobes = TerminalProcess.start(env("anna"))) {
            sobes.screen();
            String refused = sobes.type("/upload " + broken);
            assertThat(refused)
                    .contains("Nothing was imported from broken.yaml")
                    .contains("broken.yaml:9:");
            assertThat(refused).contains("expert");
            assertThat(sobes.type("/upload " + notAPack)).contains("is not a pack file");
            assertThat(sobes.type("/upload " + temp.resolve("absent.md"))).contains("cannot read");
            sobes.send("/quit");
            assertThat(sobes.finish()).isZero();
        }
        try (TerminalProcess sobes = TerminalProcess.start(env("anna"))) {
            sobes.screen();
            assertThat(sobes.type("/practice")).doesNotContain("Mine");
            sobes.send("/quit");
            assertThat(sobes.finish()).isZero();
        }
    }

    @Test
    void reportsAreKeptForTheAdministratorsWhoAloneRunTheirCommands() throws Exception {
        try (TerminalProcess sobes = TerminalProcess.start(env("anna"))) {
            sobes.screen();
            sobes.type("/ask mini-channels-unbuffered");
            assertThat(sobes.type("/report the reference answer forgets buffered channels"))
                    .contains("your report on mini-channels-unbuffered is saved");
            assertThat(sobes.type("/counts")).contains("/counts is for the bot's administrators");
            assertThat(sobes.type("/help")).contains("/report").doesNotContain("/broadcast");
            sobes.send("/quit");
            assertThat(sobes.finish()).isZero();
        }
        try (TerminalProcess sobes = TerminalProcess.start(env("admin"))) {
            sobes.screen();
            assertThat(sobes.type("/reports"))
                    .contains("mini-channels-unbuffered")
                    .contains("console:anna: the reference answer forgets buffered channels");
            assertThat(sobes.type("/counts"))
                    .contains("shared packs: 1, with 2 questions")
                    .contains("people: 1")
                    .contains("question reports: 1");
            assertThat(sobes.type("/broadcast Maintenance at 22:00")).contains("The notice went to");
            assertThat(sobes.type("/help")).contains("/reload").contains("/broadcast");
            sobes.send("/quit");
            assertThat(sobes.finish()).isZero();
        }
    }

    @Test
    void aReloadTakesGoodContentAndKeepsTheLastGoodWhenTheNewDoesNotValidate() throws Exception {
        Path content = temp.resolve("content");
        Path mini = content.resolve("mini");
        Path source = copyOfTheMiniPack(content);
        Map<String, String> env = env("admin");
        env.put("SOBES_CONTENT_DIR", content.toString());
        try (TerminalProcess sobes = TerminalProcess.start(env)) {
            sobes.screen();
            Files.writeString(mini.resolve("pack.yaml"), "id: mini\ntitle: [broken\n", StandardCharsets.UTF_8);
            String kept = sobes.type("/reload");
            assertThat(kept)
                    .contains("the packs in use stay (1 packs, 2 questions)")
                    .contains("pack.yaml:3:1");
            assertThat(sobes.type("/ask mini-channels-unbuffered")).contains("question");

            Files.copy(
                    source.resolve("pack.yaml"),
                    mini.resolve("pack.yaml"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.delete(mini.resolve("channels.yaml"));
            Files.writeString(mini.resolve("channels.yaml"), Files.readString(source.resolve("channels.yaml")));
            assertThat(sobes.type("/reload")).contains("Content reloaded: 1 packs, 2 questions.");
            sobes.send("/quit");
            assertThat(sobes.finish()).isZero();
        }
    }

    /** Copies the test pack into {@code content}/mini, to be changed by a test; returns the original's folder. */
    private static Path copyOfTheMiniPack(Path content) throws IOException {
        Path mini = Files.createDirectories(content.resolve("mini"));
        Path source = Path.of(ConsolePracticeIT.MINI, "mini");
        for (String file : new String[] {"pack.yaml", "channels.yaml"}) {
            Files.copy(source.resolve(file), mini.resolve(file));
        }
        return source;
    }

    @Test
    void aReloadThroughOneProcessIsFollowedByAnotherOnTheSameDatabase() throws Exception {
        Path content = temp.resolve("content");
        Path mini = content.resolve("mini");
        copyOfTheMiniPack(content);
        Map<String, String> annaEnv = env("anna");
        annaEnv.put("SOBES_CONTENT_DIR", content.toString());
        Map<String, String> adminEnv = env("admin");
        adminEnv.put("SOBES_CONTENT_DIR", content.toString());
        try (TerminalProcess anna = TerminalProcess.start(annaEnv);
                TerminalProcess admin = TerminalProcess.start(adminEnv)) {
            anna.screen();
            admin.screen();
            assertThat(anna.type("/ask mini-channels-unbuffered")).contains("send on an unbuffered channel");

            String questions = Files.readString(mini.resolve("channels.yaml"), StandardCharsets.UTF_8);
            Files.writeString(
                    mini.resolve("channels.yaml"),
                    questions.replace(
                            "What happens when you send on an unbuffered channel?",
                            "What does a send do when the channel has no buffer?"),
                    StandardCharsets.UTF_8);
            assertThat(admin.type("/reload")).contains("Content reloaded: 1 packs, 2 questions.");

            // The other process looks for announced reloads every few seconds; ask until it has.
            String asked = anna.type("/ask mini-channels-unbuffered");
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!asked.contains("has no buffer") && System.nanoTime() < deadline) {
                Thread.sleep(500);
                asked = anna.type("/ask mini-channels-unbuffered");
            }
            assertThat(asked).contains("What does a send do when the channel has no buffer?");
            anna.send("/quit");
            admin.send("/quit");
            assertThat(anna.finish()).isZero();
            assertThat(admin.finish()).isZero();
        }
    }
}
