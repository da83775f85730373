package dev.sobes.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Upload;
import dev.sobes.core.engine.Engine;
import dev.sobes.testkit.telegram.ChatView;
import dev.sobes.testkit.telegram.FakeTelegram;
import dev.sobes.testkit.telegram.FakeUser;
import dev.sobes.testkit.telegram.Fault;
import dev.sobes.testkit.telegram.SentMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A file that is slow to fetch holds back only its own chat: with one worker for every chat, the
 * others are answered meanwhile, and the sender's later messages are answered after the file.
 */
class SlowDownloadIT {
    private final Engine engine = BotUnderTest.engine();
    private final FakeTelegram telegram = BotUnderTest.fake().start();
    private final BotUnderTest sobes = BotUnderTest.start(
            telegram,
            s -> new TelegramSettings(
                    s.token(),
                    s.mode(),
                    s.apiUrl(),
                    s.webhook(),
                    s.limits(),
                    Duration.ofSeconds(30),
                    s.pollTimeout(),
                    s.shutdownGrace(),
                    1),
            this::answer);

    private List<Reply> answer(Input input) {
        if (input instanceof Upload upload) {
            return List.of(Reply.to(
                    upload.conversation(),
                    RichText.of("Received " + upload.file().fileName())));
        }
        return engine.handle(input);
    }

    @AfterEach
    void stop() {
        sobes.close();
    }

    @Test
    void otherChatsAreServedWhileAFileIsFetchedAndTheSendersChatKeepsItsOrder() {
        FakeUser anna = telegram.user(7, "Anna").language("en");
        FakeUser boris = telegram.user(8, "Boris").language("en");
        ChatView annas = anna.dm();
        CountDownLatch release = new CountDownLatch(1);
        telegram.failNext("getFile", Fault.held(release));

        annas.sendsDocument("go-notes.md", "text/markdown", "# Go".getBytes(StandardCharsets.UTF_8), "");
        anna.sends("/menu");
        telegram.await(() -> telegram.faultsLeft() == 0, "the file being located");
        boris.sends("/menu");

        boris.dm().awaitReply("Menu");
        assertThat(anna.messages()).as("Anna's chat waits for her file").isEmpty();

        release.countDown();
        annas.awaitReply("Menu");
        assertThat(anna.messages())
                .extracting(SentMessage::text)
                .satisfiesExactly(
                        first -> assertThat(first).isEqualTo("Received go-notes.md"),
                        second -> assertThat(second).startsWith("Menu"));
        assertThat(telegram.violations()).isEmpty();
    }
}
