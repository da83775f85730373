package dev.sobes.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.admin.Desk;
import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Upload;
import dev.sobes.core.engine.Engine;
import dev.sobes.testkit.telegram.ChatView;
import dev.sobes.testkit.telegram.FakeGroup;
import dev.sobes.testkit.telegram.FakeTelegram;
import dev.sobes.testkit.telegram.FakeUser;
import dev.sobes.testkit.telegram.Fault;
import dev.sobes.testkit.telegram.SentFile;
import dev.sobes.testkit.telegram.SentMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Files both ways: a document a person sends reaches the engine as an upload with its exact bytes;
 * a reply's attachment arrives as a document and its chart as a photo, each before the reply's text.
 */
class FilesIT {
    private static final byte[] NOTES =
            "# Go notes\n\n## What is a goroutine?\n\nA function run concurrently.\n".getBytes(StandardCharsets.UTF_8);

    private final List<Upload> uploads = new CopyOnWriteArrayList<>();
    private final Engine engine = BotUnderTest.engine();
    private final FakeTelegram telegram = BotUnderTest.fake().start();
    private final BotUnderTest sobes = BotUnderTest.start(telegram, UnaryOperator.identity(), this::answer);

    /** The engine, with uploads answered by naming what came, as a desk would after reading it. */
    private List<Reply> answer(Input input) {
        if (input instanceof Upload upload) {
            uploads.add(upload);
            return List.of(Reply.to(
                    upload.conversation(),
                    RichText.of("Received " + upload.file().fileName() + ", "
                            + upload.file().size() + " bytes")));
        }
        return engine.handle(input);
    }

    @AfterEach
    void stop() {
        sobes.close();
    }

    @Test
    void aDocumentInAPrivateChatReachesTheEngineWithItsBytesAndKeepsItsPlaceInTheChat() {
        FakeUser anna = telegram.user(7, "Anna").language("en");
        ChatView chat = anna.dm();

        chat.sendsDocument("go-notes.md", "text/markdown", NOTES, "");
        anna.sends("/menu");

        chat.awaitReply("Menu");
        List<SentMessage> seen = chat.messages();
        assertThat(seen)
                .extracting(SentMessage::text)
                .first()
                .isEqualTo("Received go-notes.md, " + NOTES.length + " bytes");
        assertThat(uploads).hasSize(1);
        Upload upload = uploads.get(0);
        assertThat(upload.file().content()).isEqualTo(NOTES);
        assertThat(upload.file().fileName()).isEqualTo("go-notes.md");
        assertThat(upload.file().mediaType()).isEqualTo("text/markdown");
        assertThat(upload.person().id().userId()).isEqualTo("7");
        assertThat(upload.conversation().group()).isFalse();
        assertThat(upload.sourceId()).isNotBlank();
        assertThat(telegram.downloads()).isEqualTo(1);
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void aFileOverTheUploadLimitIsRefusedWithTheLimitAndNeverFetched() {
        FakeUser anna = telegram.user(7, "Anna").language("en");
        ChatView chat = anna.dm();

        chat.sendsDocumentOfSize("huge.md", "text/markdown", Desk.MAX_UPLOAD_BYTES + 1L, "");
        SentMessage refused = chat.awaitReply("too big");
        chat.sendsDocumentOfSize("video.mp4", "video/mp4", 30L * 1024 * 1024, "");
        chat.awaitReply("video.mp4");

        assertThat(refused.text()).contains("huge.md").contains("512 KiB");
        assertThat(uploads).isEmpty();
        assertThat(telegram.downloads()).isZero();
        assertThat(telegram.calls("getFile")).isZero();
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void aFileTelegramDoesNotServeIsAskedForAgainAndNothingElseChanges() {
        FakeUser anna = telegram.user(7, "Anna").language("en");
        ChatView chat = anna.dm();
        telegram.failNext("getFile", Fault.serverError());

        chat.sendsDocument("go-notes.md", "text/markdown", NOTES, "");
        SentMessage failed = chat.awaitReply("could not fetch");
        assertThat(failed.text()).contains("go-notes.md").contains("send it again");
        assertThat(uploads).isEmpty();

        chat.sendsDocument("go-notes.md", "text/markdown", NOTES, "");
        chat.awaitReply("Received go-notes.md");
        assertThat(uploads).hasSize(1);
    }

    @Test
    void inAGroupOnlyAFileForTheBotIsTaken() {
        FakeUser anna = telegram.user(7, "Anna").language("en");
        FakeGroup team = telegram.group(-100500, "Team");
        ChatView here = anna.in(team);

        here.sendsDocument("shared.md", "text/markdown", NOTES, "notes from the meeting");
        here.sendsDocument("other.md", "text/markdown", NOTES, "/upload@someone_else_bot");
        here.sendsDocument("mine.md", "text/markdown", NOTES, "/upload@" + telegram.botUsername());

        here.awaitReply("Received mine.md");
        assertThat(uploads).extracting(u -> u.file().fileName()).containsExactly("mine.md");
        assertThat(uploads.get(0).conversation().group()).isTrue();
        assertThat(telegram.downloads()).isEqualTo(1);
    }

    @Test
    void anExportArrivesAsADocumentFollowedByItsText() {
        FakeUser anna = telegram.user(7, "Anna").language("en");
        ChatView chat = anna.dm();
        anna.sends("/ask mini-channels-unbuffered");
        chat.awaitReply("unbuffered");
        chat.sends("The send blocks until a receiver takes the value; it synchronizes the goroutines.");
        chat.awaitReply(m -> m.hasButton("Good"));

        anna.sends("/export");
        SentMessage text = chat.awaitReply("attached file");
        List<SentMessage> news = chat.news();

        assertThat(news).hasSize(2);
        SentMessage document = news.get(0);
        assertThat(document.document()).isTrue();
        SentFile file = Objects.requireNonNull(document.file());
        assertThat(file.fileName()).isEqualTo("sobes-telegram.txt");
        assertThat(new String(file.content(), StandardCharsets.UTF_8))
                .contains("person: telegram:7")
                .contains("answer: ");
        assertThat(text.text()).contains("sobes-telegram.txt");
        assertThat(text.messageId()).isGreaterThan(document.messageId());
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void statsArriveAsAChartImageAndTheNumbersWithTheirButtons() throws IOException {
        FakeUser anna = telegram.user(7, "Anna").language("en");
        ChatView chat = anna.dm();
        anna.sends("/ask mini-channels-unbuffered");
        chat.awaitReply("unbuffered");
        chat.sends("The send blocks until a receiver takes the value; it synchronizes the goroutines.");
        chat.taps(chat.awaitReply(m -> m.hasButton("Good")), "Good");
        chat.awaitReply("Your grade: Good");

        anna.sends("/stats");
        SentMessage numbers = chat.awaitReply(m -> !m.photo() && m.text().contains("answers: 1"));
        List<SentMessage> news = chat.news();

        SentMessage photo = news.get(0);
        assertThat(photo.photo()).isTrue();
        assertThat(photo.text()).isEqualTo("Your progress");
        BufferedImage image = ImageIO.read(
                new ByteArrayInputStream(Objects.requireNonNull(photo.file()).content()));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(100);
        assertThat(numbers.messageId()).isGreaterThan(photo.messageId());
        assertThat(numbers.hasButton("Review")).isTrue();
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void theMenuListsEveryEverydayCommandAndNoAdministratorsCommand() {
        List<String> menu = telegram.commands("").stream().map(c -> c.command()).toList();
        assertThat(menu)
                .contains("practice", "mock", "review", "stats", "remind", "timezone")
                .contains("report", "packs", "export", "forget", "lang", "help")
                .doesNotContain("reload", "counts", "broadcast", "reports");
        assertThat(telegram.commands("ru").stream().map(c -> c.command())).containsExactlyElementsOf(menu);
        assertThat(telegram.commands("all_group_chats", "").stream().map(c -> c.command()))
                .contains("group", "join", "practice", "help")
                .doesNotContain("reload", "broadcast", "forget");
    }
}
