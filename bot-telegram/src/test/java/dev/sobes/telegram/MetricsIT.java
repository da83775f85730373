package dev.sobes.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.testkit.telegram.FakeTelegram;
import dev.sobes.testkit.telegram.FakeUser;
import dev.sobes.testkit.telegram.Fault;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the bot tells its operators: replies waiting to go out, and how often Telegram said to wait. */
class MetricsIT {
    private final FakeTelegram telegram = BotUnderTest.fake().start();
    private final BotUnderTest sobes = BotUnderTest.start(telegram, UnaryOperator.identity());

    @AfterEach
    void stop() {
        sobes.close();
    }

    @Test
    void aReplyHeldBackByTooManyRequestsIsQueuedAndEveryRefusalIsCounted() {
        FakeUser anna = telegram.user(7, "Anna").language("en");
        assertThat(sobes.bot.queuedReplies()).isZero();
        assertThat(sobes.bot.rateLimitedResponses()).isZero();
        telegram.failNext("sendMessage", Fault.tooManyRequests(2));
        telegram.failNext("sendMessage", Fault.tooManyRequests(1));

        anna.sends("/menu");
        telegram.await(() -> sobes.bot.queuedReplies() == 1, "the reply waiting out retry_after in the queue");
        anna.dm().awaitReply("Menu");
        telegram.await(() -> sobes.bot.queuedReplies() == 0, "the queue to empty");

        assertThat(sobes.bot.rateLimitedResponses()).isEqualTo(2);
        assertThat(telegram.tooManyRequests()).isEqualTo(2);
        assertThat(anna.messages()).hasSize(1);
    }

    @Test
    void repliesToManyChatsAreCountedUntilSent() {
        for (int i = 0; i < 20; i++) {
            telegram.user(100 + i, "Person " + i).language("en").sends("/menu");
        }

        telegram.await(() -> telegram.allMessages().size() == 20, "a menu in every chat");
        telegram.await(() -> sobes.bot.queuedReplies() == 0, "the queue to empty");

        assertThat(sobes.bot.rateLimitedResponses()).isZero();
    }
}
