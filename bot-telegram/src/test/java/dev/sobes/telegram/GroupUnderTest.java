package dev.sobes.telegram;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Tick;
import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.store.InMemoryGroupStore;
import dev.sobes.core.store.InMemoryStore;
import dev.sobes.testkit.ManualClock;
import dev.sobes.testkit.telegram.FakeTelegram;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * The real bot and engine over one in-memory store, with a clock the test moves, against a fake
 * Telegram: for group interviews, whose questions run out of time. {@link #tick} does what the
 * launcher's timer does: asks the store which conversations are due, hands each a tick, and has
 * the bot send the replies.
 *
 * <p>The questions come from the "drill" pack: every question's key points are "kappa", "lambda"
 * and "sigma", so an answer scores the number of those words it has.
 */
final class GroupUnderTest implements AutoCloseable {
    static final Instant START = Instant.parse("2026-11-27T10:00:00Z");

    /** Covers every key point of a drill question. */
    static final String FULL = "First comes kappa, then lambda follows from it, and sigma is why it matters.";

    /** Covers one key point of three. */
    static final String PART = "I only remember that kappa comes first.";

    final ManualClock clock = new ManualClock(START);
    final InMemoryStore store = new InMemoryStore();
    final Engine engine;
    final FakeTelegram telegram;
    final TelegramBot bot;

    private GroupUnderTest(FakeTelegram telegram, UnaryOperator<TelegramSettings> adjust) {
        this.telegram = telegram;
        this.engine = new Engine(
                GroupUnderTest::bank,
                store,
                clock,
                42,
                new ActionCodec("a secret for the group tests".getBytes(StandardCharsets.UTF_8)),
                new InMemoryGroupStore());
        try {
            this.bot = TelegramBot.start(adjust.apply(BotUnderTest.settings(telegram)), engine);
        } catch (RuntimeException e) {
            telegram.close();
            throw e;
        }
    }

    static GroupUnderTest start(FakeTelegram telegram) {
        return new GroupUnderTest(telegram, UnaryOperator.identity());
    }

    /** Moves the clock on by {@code by}, then delivers the ticks that are due; returns how many. */
    int tick(Duration by) {
        clock.advance(by);
        Instant now = clock.instant();
        int ticked = 0;
        for (Conversation due : store.wakeups(now)) {
            bot.deliver(engine.handle(new Tick(due, now)));
            ticked++;
        }
        return ticked;
    }

    static QuestionBank bank() {
        return TestPacks.load("/group-packs");
    }

    @Override
    public void close() {
        try {
            bot.close();
        } finally {
            telegram.close();
        }
    }
}
