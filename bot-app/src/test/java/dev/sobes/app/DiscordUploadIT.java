package dev.sobes.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sobes.testkit.discord.FakeChannel;
import dev.sobes.testkit.discord.FakeDiscord;
import dev.sobes.testkit.discord.FakeFile;
import dev.sobes.testkit.discord.FakeMessage;
import dev.sobes.testkit.discord.FakeUser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The packaged launcher as a Discord bot with files: a pack sent in direct messages is imported
 * for its sender alone, a broken one is refused with its lines, an export comes back as a JSON
 * file, and reports reach the administrators named in {@code SOBES_ADMINS}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscordUploadIT {
    private static final Pattern OWN_PACK = Pattern.compile("/practice (own-[a-z0-9]+)");

    private Path temp;

    private FakeDiscord discord;
    private FakeUser anna;
    private FakeUser boris;
    private FakeUser admin;
    private Process process;
    private Path log;

    @BeforeAll
    void start() throws IOException {
        temp = Files.createTempDirectory("sobes-discord-upload");
        discord = FakeDiscord.start();
        anna = discord.addUser("anna", "en-US");
        boris = discord.addUser("boris", "en-US");
        admin = discord.addUser("admin", "en-US");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(TerminalProcess.jar().toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("SOBES_"));
        builder.environment().put("SOBES_CONTENT_DIR", ConsolePracticeIT.MINI);
        builder.environment().put("SOBES_LANG", "en");
        builder.environment().put("SOBES_DB_PATH", temp.resolve("data/sobes.db").toString());
        builder.environment().put("SOBES_DISCORD_TOKEN", discord.token());
        builder.environment().put("SOBES_DISCORD_API_URL", discord.restUrl());
        builder.environment().put("SOBES_ADMINS", "discord:" + admin.id());
        log = temp.resolve("sobes.log");
        builder.redirectErrorStream(true);
        builder.redirectOutput(log.toFile());
        process = builder.start();
        discord.awaitCommands(null);
        discord.awaitShards(1);
    }

    @AfterAll
    void stop() throws Exception {
        try {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).doesNotContain(discord.token());
        } finally {
            discord.close();
            try (java.util.stream.Stream<Path> files = Files.walk(temp)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void notesSentInDirectMessagesBecomeAPackOnlyTheirSenderPractises() {
        FakeChannel dm = anna.dm();
        anna.sends(dm, "", FakeFile.of("go-notes.md", "text/markdown", utf8(DeskIT.NOTES)));
        FakeMessage imported = dm.awaitReplyContaining("Imported «go-notes»: 2 questions");
        assertThat(imported.text()).contains("Only you see this pack");
        Matcher id = OWN_PACK.matcher(imported.text());
        assertThat(id.find()).as(imported.text()).isTrue();
        String packId = id.group(1);

        anna.runs(dm, "/practice pack:" + packId + " topic:all level:mixed");
        FakeMessage card = dm.awaitReply(m -> m.hasButton("Answer"));
        assertThat(card.text()).containsAnyOf("What is a goroutine?", "What does defer do?");

        FakeChannel borisDm = boris.dm();
        boris.runs(borisDm, "/practice pack:" + packId + " topic:all level:mixed");
        FakeMessage refused = borisDm.awaitReply(m -> true);
        assertThat(refused.text()).doesNotContain("goroutine").doesNotContain("defer");
        assertThat(refused.hasButton("Answer")).isFalse();
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void aPackIsListedWithPacksAndDeletedWithDeletepack() {
        FakeUser cleo = discord.addUser("cleo", "en-US");
        FakeChannel dm = cleo.dm();
        cleo.runsWithFile(dm, "/upload", "file", FakeFile.of("cleo-notes.md", "text/markdown", utf8(DeskIT.NOTES)));
        FakeMessage imported = dm.awaitReplyContaining("Imported «cleo-notes»");
        Matcher id = OWN_PACK.matcher(imported.text());
        assertThat(id.find()).as(imported.text()).isTrue();

        cleo.runs(dm, "/packs");
        assertThat(dm.awaitReplyContaining("Your packs").text())
                .contains(id.group(1))
                .contains("cleo-notes");
        cleo.runs(dm, "/deletepack id:" + id.group(1));
        assertThat(dm.awaitReplyContaining("Deleted «cleo-notes»").text()).contains("2 questions");
        cleo.runs(dm, "/packs");
        dm.awaitReplyContaining("You have no packs of your own");
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void aBrokenPackIsRefusedWithTheLinesToFix() {
        String broken = """
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
                """;
        FakeChannel dm = boris.dm();
        boris.runsWithFile(dm, "/upload", "file", FakeFile.of("broken.yaml", "application/x-yaml", utf8(broken)));
        FakeMessage refused = dm.awaitReplyContaining("Nothing was imported from broken.yaml");
        assertThat(refused.text()).contains("broken.yaml:9:").contains("expert");
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void aReportIsKeptForTheAdministratorWhoAloneListsThem() {
        FakeChannel dm = anna.dm();
        anna.runs(
                dm,
                "/report question:mini-channels-unbuffered comment:\"the reference answer forgets buffered channels\"");
        assertThat(dm.awaitReplyContaining("your report on mini-channels-unbuffered is saved")
                        .text())
                .isNotBlank();

        anna.runs(dm, "/reports");
        assertThat(dm.awaitReplyContaining("is for the bot's administrators").text())
                .contains("/reports");

        FakeChannel adminDm = admin.dm();
        admin.runs(adminDm, "/reports");
        FakeMessage reports = adminDm.awaitReplyContaining("mini-channels-unbuffered");
        assertThat(reports.text())
                .contains("discord:" + anna.id())
                .contains("the reference answer forgets buffered channels");
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void anExportComesBackAsAJsonFile() throws IOException {
        FakeUser olga = discord.addUser("olga", "en-US");
        FakeChannel dm = olga.dm();
        olga.runs(dm, "/export");
        FakeMessage exported = dm.awaitReply(m -> !m.files().isEmpty());

        FakeFile file = exported.files().get(0);
        assertThat(file.name()).endsWith(".json");
        JsonNode document = new ObjectMapper().readTree(file.bytes());
        assertThat(document.isObject()).isTrue();
        assertThat(document.toString()).contains(Long.toString(olga.id()));
        assertThat(discord.rejections()).isEmpty();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
