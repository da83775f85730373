package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Upload;
import dev.sobes.testkit.discord.FakeChannel;
import dev.sobes.testkit.discord.FakeDiscord;
import dev.sobes.testkit.discord.FakeFile;
import dev.sobes.testkit.discord.FakeGuild;
import dev.sobes.testkit.discord.FakeInteraction;
import dev.sobes.testkit.discord.FakeMessage;
import dev.sobes.testkit.discord.FakeUser;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Files both ways: a pack file sent with /upload or in direct messages reaches the engine as an
 * upload with its exact name and bytes (an oversized one is refused unread); an export comes back
 * as a file, /stats with its chart as a PNG; and the desk's commands carry their arguments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FilesIT {
    private static final String NOTES = "# Notes\n\n## What is a goroutine?\n\nA function run concurrently.\n";

    private Harness harness;
    private FakeDiscord discord;
    private FakeGuild guild;
    private FakeChannel general;
    private FakeGuild.Role moderators;
    private final List<Input> seen = new CopyOnWriteArrayList<>();

    @BeforeAll
    void start() throws InterruptedException {
        discord = FakeDiscord.start();
        guild = discord.addGuild("Files club");
        general = guild.addTextChannel("general");
        moderators = guild.addRole("Moderators", FakeGuild.Permissions.MANAGE_GUILD);
        harness = new Harness(discord);
        harness.start(
                harness.settings(DiscordSettings.CommandScope.GLOBAL, false), this::handle, DiscordBot.ACK_BUDGET);
        discord.awaitCommands(null);
    }

    /** The engine, with the desk's inputs answered by a stand-in that says what it got. */
    private List<Reply> handle(Input input) {
        seen.add(input);
        if (input instanceof Upload upload) {
            Attachment file = upload.file();
            return List.of(Reply.to(
                    upload.conversation(),
                    RichText.of("Received " + file.fileName() + " (" + file.mediaType() + "), " + file.size()
                            + " bytes; manager: " + upload.person().manager())));
        }
        if (input instanceof Command command && DESK.contains(command.name())) {
            return List.of(
                    Reply.to(command.conversation(), RichText.of("Desk: /" + command.name() + " " + command.args()))
                            .privateTo(command.person().id()));
        }
        List<Reply> replies = harness.engine.handle(input);
        if (input instanceof Command command && command.name().equals("export")) {
            replies.stream()
                    .map(Reply::attachment)
                    .filter(java.util.Objects::nonNull)
                    .forEach(file -> exports.put(command.person().id(), file));
        }
        return replies;
    }

    private final java.util.Map<dev.sobes.core.chat.PersonId, Attachment> exports =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final List<String> DESK = List.of("report", "reload", "counts", "broadcast", "reports");

    @AfterAll
    void stop() {
        harness.close();
    }

    @Test
    void aFileGivenToUploadReachesTheEngineWithItsNameAndBytes() {
        FakeUser alice = discord.addUser("alice", "en-US");
        FakeChannel dm = alice.dm();
        byte[] bytes = NOTES.getBytes(StandardCharsets.UTF_8);

        FakeInteraction upload =
                alice.runsWithFile(dm, "/upload", "file", FakeFile.of("go notes.md", "text/markdown", bytes));
        FakeMessage answer = dm.awaitReplyContaining("Received go notes.md");

        assertThat(answer.text()).contains("(text/markdown), " + bytes.length + " bytes");
        Upload received = uploadOf(alice, "go notes.md");
        assertThat(received.file().content()).isEqualTo(bytes);
        assertThat(received.conversation().group()).isFalse();
        assertThat(received.sourceId()).isEqualTo(Long.toString(upload.id()));
        assertThat(discord.downloads()).containsOnlyOnce("go notes.md");
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void aFileSentInDirectMessagesIsAnUploadToo() {
        FakeUser boris = discord.addUser("boris", "en-US");
        FakeChannel dm = boris.dm();
        byte[] bytes = "id: mine\ntitle: {ru: Моё, en: Mine}\n".getBytes(StandardCharsets.UTF_8);

        boris.sends(dm, "", FakeFile.of("mine.yaml", null, bytes));
        FakeMessage answer = dm.awaitReplyContaining("Received mine.yaml");

        assertThat(answer.text()).contains("(application/octet-stream)");
        assertThat(uploadOf(boris, "mine.yaml").file().content()).isEqualTo(bytes);
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefusedByItsSizeAndNeverDownloaded() {
        FakeUser carol = discord.addUser("carol", "en-US");
        FakeChannel dm = carol.dm();
        byte[] big = new byte[600 * 1024];
        Arrays.fill(big, (byte) '#');

        carol.runsWithFile(dm, "/upload", "file", FakeFile.of("huge.md", "text/markdown", big));
        FakeMessage refused = dm.awaitReplyContaining("huge.md is too big");
        assertThat(refused.text()).contains("512 KiB");

        carol.sends(dm, "", FakeFile.of("huger.md", "text/markdown", big));
        assertThat(dm.awaitReplyContaining("huger.md is too big").text()).contains("512 KiB");

        assertThat(discord.downloads()).doesNotContain("huge.md", "huger.md");
        assertThat(seen)
                .noneMatch(input ->
                        input instanceof Upload u && u.person().id().userId().equals(Long.toString(carol.id())));
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void aFileThatCannotBeFetchedIsAskedForAgain() {
        FakeUser dan = discord.addUser("dan", "en-US");
        FakeChannel dm = dan.dm();
        discord.failDownloads(true);
        try {
            dan.sends(dm, "", FakeFile.of("flaky.md", "text/markdown", NOTES.getBytes(StandardCharsets.UTF_8)));
            FakeMessage answer = dm.awaitReplyContaining("could not fetch flaky.md");
            assertThat(answer.text()).contains("Send it again");
        } finally {
            discord.failDownloads(false);
        }
        assertThat(discord.downloads()).contains("flaky.md");
        assertThat(seen)
                .noneMatch(input ->
                        input instanceof Upload u && u.file().fileName().equals("flaky.md"));
    }

    @Test
    void inAServerAnUploadSaysWhetherItsPersonManagesTheServerAndIsAnsweredPrivately() {
        FakeUser owner = discord.addUser("owner", "en-US");
        FakeUser member = discord.addUser("member", "en-US");
        guild.giveRole(owner, moderators);
        byte[] bytes = NOTES.getBytes(StandardCharsets.UTF_8);

        owner.runsWithFile(general, "/upload", "file", FakeFile.of("server.md", "text/markdown", bytes));
        FakeMessage managed = general.awaitReplyContaining("Received server.md");
        assertThat(managed.text()).contains("manager: true");
        assertThat(managed.ephemeralFor()).isEqualTo(owner.id());

        member.runsWithFile(general, "/upload", "file", FakeFile.of("mine.md", "text/markdown", bytes));
        FakeMessage own = general.awaitReplyContaining("Received mine.md");
        assertThat(own.text()).contains("manager: false");
        assertThat(own.ephemeralFor()).isEqualTo(member.id());
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void anExportArrivesAsAFileWithTheReply() {
        FakeUser erin = discord.addUser("erin", "en-US");
        FakeChannel dm = erin.dm();

        erin.runs(dm, "/export");
        FakeMessage exported = dm.awaitReply(m -> !m.files().isEmpty());

        Attachment expected = exported(erin);
        FakeFile file = exported.file(expected.fileName()).orElseThrow();
        assertThat(file.bytes()).isEqualTo(expected.content());
        assertThat(exported.text()).contains(expected.fileName());
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void anExportAskedForInAServerChannelIsAFileOnlyItsPersonSees() {
        FakeUser fay = discord.addUser("fay", "en-US");

        fay.runs(general, "/export");
        FakeMessage exported = general.awaitReply(m -> !m.files().isEmpty());

        assertThat(exported.ephemeralFor()).isEqualTo(fay.id());
        Attachment expected = exported(fay);
        assertThat(exported.file(expected.fileName()).orElseThrow().bytes()).isEqualTo(expected.content());
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void statsComeWithTheirChartAsAPng() throws IOException {
        FakeUser gus = discord.addUser("gus", "en-US");
        FakeChannel dm = gus.dm();
        gus.runs(dm, "/practice pack:go topic:channels level:junior");
        dm.awaitReply(m -> m.hasButton("Answer"));
        gus.says(dm, DirectMessagePracticeIT.EITHER_ANSWER);
        dm.awaitReply(m -> m.text().contains("Key points covered"));

        gus.runs(dm, "/stats");
        FakeMessage stats = dm.awaitReply(m -> m.file("stats.png").isPresent());

        BufferedImage chart = ImageIO.read(
                new ByteArrayInputStream(stats.file("stats.png").orElseThrow().bytes()));
        assertThat(chart).isNotNull();
        assertThat(chart.getWidth()).isPositive();
        assertThat(chart.getHeight()).isPositive();
        assertThat(stats.text()).isNotBlank();
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void reportRemindAndTimezoneCarryTheirArgumentsInTheEnginesOrder() {
        FakeUser hana = discord.addUser("hana", "en-US");
        FakeChannel dm = hana.dm();

        hana.runs(dm, "/report comment:\"the answer forgets buffered channels\" question:go-channels-unbuffered");
        dm.awaitReplyContaining("Desk: /report");
        assertThat(commandOf(hana, "report").args())
                .containsExactly("go-channels-unbuffered", "the", "answer", "forgets", "buffered", "channels");

        hana.runs(dm, "/report comment:\"typo, in the hint\"");
        dm.awaitReply(m -> seenCommands(hana, "report").size() == 2);
        assertThat(lastCommandOf(hana, "report").args()).containsExactly("typo,", "in", "the", "hint");

        hana.runs(dm, "/remind time:09:30 zone:Europe/Berlin");
        dm.awaitReply(m -> !seenCommands(hana, "remind").isEmpty());
        assertThat(commandOf(hana, "remind").args()).containsExactly("09:30", "Europe/Berlin");

        hana.runs(dm, "/remind time:off");
        dm.awaitReply(m -> seenCommands(hana, "remind").size() == 2);
        assertThat(lastCommandOf(hana, "remind").args()).containsExactly("off");

        hana.runs(dm, "/timezone zone:UTC+3");
        dm.awaitReply(m -> !seenCommands(hana, "timezone").isEmpty());
        assertThat(commandOf(hana, "timezone").args()).containsExactly("UTC+3");

        // Without options they show the setting, as in chat.
        hana.runs(dm, "/remind");
        dm.awaitReply(m -> seenCommands(hana, "remind").size() == 3);
        assertThat(lastCommandOf(hana, "remind").args()).isEmpty();
        hana.runs(dm, "/timezone");
        dm.awaitReply(m -> seenCommands(hana, "timezone").size() == 2);
        assertThat(lastCommandOf(hana, "timezone").args()).isEmpty();
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void theAdministratorsCommandsReachTheDeskAndAreAnsweredPrivatelyInAServer() {
        FakeUser ivan = discord.addUser("ivan", "en-US");

        ivan.runs(general, "/broadcast text:\"Maintenance at 22:00\"");
        FakeMessage answered = general.awaitReplyContaining("Desk: /broadcast");
        assertThat(answered.ephemeralFor()).isEqualTo(ivan.id());
        assertThat(commandOf(ivan, "broadcast").args()).containsExactly("Maintenance at 22:00");

        for (String name : List.of("reload", "counts", "reports")) {
            ivan.runs(general, "/" + name);
            FakeMessage reply = general.awaitReplyContaining("Desk: /" + name);
            assertThat(reply.ephemeralFor()).isEqualTo(ivan.id());
            assertThat(commandOf(ivan, name).args()).isEmpty();
        }
        assertThat(discord.rejections()).isEmpty();
    }

    // What the engine was given.

    private static dev.sobes.core.chat.PersonId person(FakeUser user) {
        return new dev.sobes.core.chat.PersonId(dev.sobes.core.chat.Platform.DISCORD, Long.toString(user.id()));
    }

    private Attachment exported(FakeUser user) {
        Attachment file = exports.get(person(user));
        if (file == null) {
            throw new AssertionError("the engine attached no export for " + user);
        }
        return file;
    }

    private Upload uploadOf(FakeUser user, String fileName) {
        Optional<Upload> found = seen.stream()
                .filter(input -> input instanceof Upload)
                .map(input -> (Upload) input)
                .filter(u -> u.person().id().equals(person(user))
                        && u.file().fileName().equals(fileName))
                .findFirst();
        return found.orElseThrow(() -> new AssertionError("no upload of " + fileName + " by " + user));
    }

    private List<Command> seenCommands(FakeUser user, String name) {
        return seen.stream()
                .filter(input -> input instanceof Command)
                .map(input -> (Command) input)
                .filter(c -> c.name().equals(name) && c.person().id().equals(person(user)))
                .toList();
    }

    private Command commandOf(FakeUser user, String name) {
        List<Command> commands = seenCommands(user, name);
        assertThat(commands).as("/%s by %s", name, user).isNotEmpty();
        return commands.get(0);
    }

    private Command lastCommandOf(FakeUser user, String name) {
        List<Command> commands = seenCommands(user, name);
        assertThat(commands).as("/%s by %s", name, user).isNotEmpty();
        return commands.get(commands.size() - 1);
    }
}
