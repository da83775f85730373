package dev.sobes.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.testkit.telegram.ChatView;
import dev.sobes.testkit.telegram.FakeTelegram;
import dev.sobes.testkit.telegram.FakeUser;
import dev.sobes.testkit.telegram.Fault;
import dev.sobes.testkit.telegram.SentMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Telegram failing under the bot: 429 with retry_after, 500, calls that time out, connections
 * cut. No reply is lost, and none the fake accepted is sent twice.
 */
class FaultsIT {
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);

    private final FakeTelegram telegram = BotUnderTest.fake().start();
    private final BotUnderTest sobes =
            BotUnderTest.start(telegram, s -> s.withTimeouts(REQUEST_TIMEOUT, s.pollTimeout(), s.shutdownGrace()));

    @AfterEach
    void stop() {
        sobes.close();
    }

    @Test
    void eachKindOfFailureIsRetriedUntilTheMessageArrivesOnce() {
        FakeUser anna = telegram.user(7, "Anna").language("en");
        ChatView chat = anna.dm();
        List<Fault> faults = List.of(
                Fault.tooManyRequests(1),
                Fault.serverError(),
                Fault.timeout(REQUEST_TIMEOUT.multipliedBy(2)),
                Fault.connectionReset());
        for (Fault fault : faults) {
            telegram.failNext("sendMessage", fault);
            anna.sends("/menu");
            chat.awaitReply("Menu");
            assertThat(telegram.faultsLeft()).isZero();
        }

        assertThat(chat.messages())
                .extracting(SentMessage::text)
                .allMatch(t -> t.startsWith("Menu"))
                .hasSize(4);
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void aWholePracticeThroughRepeatedFailuresLosesAndRepeatsNothing() {
        FakeUser anna = telegram.user(7, "Anna").language("en");
        ChatView chat = anna.dm();
        for (int i = 0; i < 3; i++) {
            telegram.failNext("sendMessage", Fault.serverError());
            telegram.failNext("sendMessage", Fault.connectionReset());
        }
        telegram.failNext("editMessageText", Fault.serverError());
        telegram.failNext("editMessageText", Fault.tooManyRequests(1));
        telegram.failNext("getUpdates", Fault.serverError());
        telegram.failNext("answerCallbackQuery", Fault.serverError());

        anna.sends("/ask mini-channels-unbuffered");
        SentMessage question = chat.awaitReply("unbuffered");
        chat.sends("It blocks until a receiver takes the value; it synchronises goroutines.");
        SentMessage feedback = chat.awaitReply(m -> m.hasButton("Good"));
        chat.taps(feedback, "Good");
        chat.awaitReply(m -> m.messageId() == feedback.messageId() && m.edits() == 1);
        chat.sends("/stop");
        SentMessage summary = chat.awaitReply("Practice summary");

        assertThat(chat.messages())
                .extracting(SentMessage::messageId)
                .containsExactly(question.messageId(), feedback.messageId(), summary.messageId());
        assertThat(telegram.unansweredCallbacks()).isEmpty();
        assertThat(telegram.faultsLeft()).isZero();
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void logsNeverShowTheToken() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            FakeUser anna = telegram.user(7, "Anna").language("en");
            telegram.failNext("sendMessage", Fault.timeout(REQUEST_TIMEOUT.multipliedBy(2)));
            telegram.failNext("sendMessage", Fault.serverError());
            telegram.failNext("sendMessage", Fault.tooManyRequests(1));
            anna.sends("/menu");
            anna.dm().awaitReply("Menu");
        } finally {
            System.setErr(original);
        }
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertThat(logs).contains("retrying").doesNotContain(telegram.token()).doesNotContain("AAFake");
    }
}
