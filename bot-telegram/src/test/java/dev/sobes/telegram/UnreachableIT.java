package dev.sobes.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.Tick;
import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.store.InMemoryStore;
import dev.sobes.testkit.ManualClock;
import dev.sobes.testkit.telegram.ChatView;
import dev.sobes.testkit.telegram.FakeTelegram;
import dev.sobes.testkit.telegram.FakeUser;
import dev.sobes.testkit.telegram.Fault;
import dev.sobes.testkit.telegram.SentMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A daily reminder to a private chat Telegram will not deliver to, through TelegramBots: a person
 * who blocked the bot (403) has the reminder turned off and gets no further ones; a reminder
 * given up after server errors leaves it on. Ticks are delivered the way the launcher does it.
 */
class UnreachableIT {
    /** Attempts at one call before it is given up: few, so a given-up reminder comes quickly. */
    private static final int ATTEMPTS = 3;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final InMemoryStore store = new InMemoryStore();
    private final Engine engine = new Engine(
            BotUnderTest::bank,
            store,
            clock,
            42,
            new ActionCodec("a secret for the telegram tests".getBytes(StandardCharsets.UTF_8)));
    private final FakeTelegram telegram = BotUnderTest.fake().start();
    private final BotUnderTest sobes = BotUnderTest.start(telegram, UnreachableIT::fewAttempts, engine::handle);
    private final Conversation dm = Conversation.direct(Platform.TELEGRAM, "7");

    @AfterEach
    void stop() {
        sobes.close();
    }

    @Test
    void aPersonWhoBlockedTheBotHasTheReminderTurnedOffAndGetsNoMore() {
        FakeUser anna = telegram.user(7, "Anna").language("en");
        ChatView chat = anna.dm();
        aCardDueAndAReminderAtEleven(anna, chat);
        int sentBefore = telegram.calls("sendMessage", 7);

        anna.blocksBot();
        clock.advance(Duration.ofHours(1));
        tick();
        telegram.await(() -> telegram.refusals().size() == 1, "the reminder refused");
        // A refusal is reported to the engine as the outbox gives the message up.
        telegram.await(() -> sobes.bot.queuedReplies() == 0, "the refused reminder given up");
        assertThat(telegram.refusals()).containsExactly("sendmessage: Forbidden: bot was blocked by the user");

        clock.advance(Duration.ofDays(1));
        assertThat(store.wakeups(clock.instant())).doesNotContain(dm);
        assertThat(engine.handle(new Tick(dm, clock.instant()))).isEmpty();

        anna.unblocksBot();
        anna.sends("/remind");
        SentMessage off = chat.awaitReply("Reminders are off");
        assertThat(off.text()).contains("/remind 09:00 turns them on");
        assertThat(telegram.calls("sendMessage", 7)).isEqualTo(sentBefore + 2);
        assertThat(telegram.refusals()).hasSize(1);
        assertThat(chat.messages()).noneSatisfy(m -> assertThat(m.text()).contains("Cards due for review"));

        anna.sends("/remind on");
        assertThat(chat.awaitReply("Reminder on").text()).contains("every day at 11:00");
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void aReminderGivenUpAfterServerErrorsLeavesTheReminderOn() {
        FakeUser boris = telegram.user(7, "Boris").language("en");
        ChatView chat = boris.dm();
        aCardDueAndAReminderAtEleven(boris, chat);
        for (int i = 0; i < ATTEMPTS; i++) {
            telegram.failNext("sendMessage", Fault.serverError());
        }

        clock.advance(Duration.ofHours(1));
        tick();
        telegram.await(() -> telegram.faultsLeft() == 0, "every attempt at the reminder failed");
        telegram.await(() -> sobes.bot.queuedReplies() == 0, "the reminder given up");
        assertThat(chat.messages()).noneSatisfy(m -> assertThat(m.text()).contains("Cards due for review"));

        clock.advance(Duration.ofDays(1));
        assertThat(store.wakeups(clock.instant())).containsExactly(dm);
        tick();
        SentMessage reminder = chat.awaitReply("Cards due for review: 1");
        assertThat(reminder.text()).contains("Your daily reminder at 11:00");

        boris.sends("/remind");
        assertThat(chat.awaitReply("Reminder: every day at 11:00").text()).contains("/remind off stops it");
        assertThat(telegram.refusals()).isEmpty();
        assertThat(telegram.violations()).isEmpty();
    }

    /** A card graded Again (due a minute later), and a daily reminder at 11:00 UTC, an hour from now. */
    private void aCardDueAndAReminderAtEleven(FakeUser person, ChatView chat) {
        person.sends("/ask mini-channels-unbuffered");
        chat.awaitReply(m -> m.text().contains("question 1"));
        chat.sends("I am not sure at all.");
        SentMessage feedback = chat.awaitReply(m -> m.hasButton("Again"));
        chat.taps(feedback, "Again");
        chat.awaitReply(m -> m.messageId() == feedback.messageId() && m.edits() == 1);
        person.sends("/remind 11:00");
        assertThat(chat.awaitReply("Reminder on").text()).contains("every day at 11:00 (UTC)");
        telegram.await(() -> telegram.unansweredCallbacks().isEmpty(), "every button press answered");
        telegram.await(() -> sobes.bot.queuedReplies() == 0, "every reply sent");
    }

    /** The timer's tick, as the launcher's wakeups deliver it. */
    private void tick() {
        assertThat(store.wakeups(clock.instant())).containsExactly(dm);
        List<Reply> replies = engine.handle(new Tick(dm, clock.instant()));
        sobes.bot.deliver(replies);
    }

    private static TelegramSettings fewAttempts(TelegramSettings settings) {
        OutboxLimits limits = settings.limits();
        return settings.withLimits(new OutboxLimits(
                limits.chatInterval(),
                limits.groupMessages(),
                limits.groupWindow(),
                limits.globalMessages(),
                limits.globalWindow(),
                limits.chatBacklog(),
                limits.totalBacklog(),
                limits.firstRetry(),
                limits.maxRetry(),
                ATTEMPTS));
    }
}
