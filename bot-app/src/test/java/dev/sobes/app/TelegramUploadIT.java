package dev.sobes.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sobes.testkit.telegram.ChatView;
import dev.sobes.testkit.telegram.FakeTelegram;
import dev.sobes.testkit.telegram.FakeUser;
import dev.sobes.testkit.telegram.InlineButton;
import dev.sobes.testkit.telegram.SentMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Own packs sent as files to the packaged launcher on Telegram (against the fake). */
class TelegramUploadIT {
    private static final String BROKEN = """
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

    @TempDir
    Path temp;

    private Map<String, String> env(FakeTelegram telegram) {
        return Map.of(
                "SOBES_CONTENT_DIR", ConsolePracticeIT.MINI,
                "SOBES_DB_PATH", temp.resolve("data/sobes.db").toString(),
                "SOBES_TELEGRAM_TOKEN", telegram.token(),
                "SOBES_TELEGRAM_API_URL", telegram.baseUrl());
    }

    /** What a person sees of a message: its text and its buttons. */
    private static String seen(SentMessage message) {
        return message.text() + " "
                + message.allButtons().stream().map(InlineButton::text).collect(Collectors.joining(" "));
    }

    @Test
    void aNotesFileSentInAPrivateChatBecomesAPackOnlyItsSenderPractises() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.builder().start();
                TerminalProcess sobes = TerminalProcess.start(env(telegram))) {
            FakeUser anna = telegram.user(7, "Anna").language("en");
            ChatView annas = anna.dm();
            annas.sendsDocument("go-notes.md", "text/markdown", DeskIT.NOTES.getBytes(StandardCharsets.UTF_8), "");

            SentMessage imported = annas.awaitReply("Imported");
            assertThat(imported.text())
                    .contains("Imported «go-notes»: 2 questions")
                    .contains("Only you see this pack");
            Matcher id = Pattern.compile("/practice (own-[a-z0-9]+)").matcher(imported.text());
            assertThat(id.find()).as(imported.text()).isTrue();
            String packId = id.group(1);

            anna.sends("/practice " + packId + " all mixed");
            SentMessage question = annas.awaitReply("question 1");
            assertThat(question.text()).containsAnyOf("goroutine", "defer");
            anna.sends("/practice");
            assertThat(seen(annas.awaitReply(m -> !m.allButtons().isEmpty()))).contains("go-notes");

            FakeUser boris = telegram.user(8, "Boris").language("en");
            ChatView boriss = boris.dm();
            boris.sends("/practice");
            SentMessage offered = boriss.awaitReply(m -> !m.allButtons().isEmpty());
            assertThat(seen(offered)).contains("Mini pack").doesNotContain("go-notes");
            boris.sends("/practice " + packId + " all mixed");
            SentMessage refused = boriss.awaitReply(m -> true);
            assertThat(refused.text()).doesNotContain("question 1").doesNotContain("goroutine");

            assertThat(telegram.downloads()).isEqualTo(1);
            assertThat(telegram.violations()).isEmpty();
            assertThat(sobes.terminate()).isIn(0, 143);
            assertThat(sobes.stderr()).doesNotContain(telegram.token());
        }
    }

    @Test
    void aBrokenFileIsRefusedWithItsLinesAndAFileOfAnotherKindWithTheKindsTaken() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.builder().start();
                TerminalProcess sobes = TerminalProcess.start(env(telegram))) {
            FakeUser anna = telegram.user(7, "Anna").language("en");
            ChatView chat = anna.dm();

            chat.sendsDocument("broken.yaml", "application/x-yaml", BROKEN.getBytes(StandardCharsets.UTF_8), "");
            SentMessage errors = chat.awaitReply("Nothing was imported");
            assertThat(errors.text())
                    .contains("Nothing was imported from broken.yaml")
                    .contains("broken.yaml:9:")
                    .contains("expert");

            chat.sendsDocument("notes.txt", "text/plain", "just some text".getBytes(StandardCharsets.UTF_8), "");
            SentMessage kind = chat.awaitReply("notes.txt");
            assertThat(kind.text())
                    .contains("is not a pack file")
                    .contains(".md")
                    .contains(".yaml");

            anna.sends("/practice");
            assertThat(seen(chat.awaitReply(m -> !m.allButtons().isEmpty())))
                    .doesNotContain("Mine")
                    .doesNotContain("broken");
            assertThat(telegram.violations()).isEmpty();
            assertThat(sobes.terminate()).isIn(0, 143);
        }
    }

    @Test
    void anExportArrivesAsAJsonDocumentAndStatsWithAChartImage() throws Exception {
        try (FakeTelegram telegram = FakeTelegram.builder().start();
                TerminalProcess sobes = TerminalProcess.start(env(telegram))) {
            FakeUser anna = telegram.user(7, "Anna").language("en");
            ChatView chat = anna.dm();
            anna.sends("/ask mini-channels-unbuffered");
            chat.awaitReply("unbuffered");
            chat.sends("The send blocks until a receiver takes the value; it synchronizes the goroutines.");
            chat.taps(chat.awaitReply(m -> m.hasButton("Good")), "Good");
            chat.awaitReply("Your grade: Good");

            anna.sends("/stats");
            SentMessage numbers = chat.awaitReply(m -> !m.photo() && m.text().contains("answers: 1"));
            SentMessage chart = chat.news().get(0);
            assertThat(chart.photo())
                    .as("%s before %s; %s", chart.text(), numbers.text(), sobes.stderr())
                    .isTrue();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                    Objects.requireNonNull(chart.file()).content()));
            assertThat(image).isNotNull();
            assertThat(numbers.messageId()).isGreaterThan(chart.messageId());

            anna.sends("/export");
            SentMessage text = chat.awaitReply("attached file");
            SentMessage document = chat.news().stream()
                    .filter(SentMessage::document)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no document before " + text.text()));

            byte[] content = Objects.requireNonNull(document.file()).content();
            JsonNode json = new ObjectMapper().readTree(content);
            assertThat(json.isObject()).isTrue();
            assertThat(new String(content, StandardCharsets.UTF_8)).contains("mini-channels-unbuffered");
            assertThat(text.text()).contains(document.file().fileName());
            assertThat(text.messageId()).isGreaterThan(document.messageId());
            assertThat(telegram.violations()).isEmpty();
            assertThat(sobes.terminate()).isIn(0, 143);
        }
    }
}
