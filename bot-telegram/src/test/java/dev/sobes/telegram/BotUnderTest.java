package dev.sobes.telegram;

import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.store.InMemoryProgressStore;
import dev.sobes.core.store.InMemorySessionStore;
import dev.sobes.testkit.telegram.FakeTelegram;
import dev.sobes.testkit.telegram.RateLimits;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The real bot (TelegramBots, the adapter, the engine with the test packs) against a fake
 * Telegram. Time limits are scaled down fiftyfold on both sides, so tests that send many
 * messages finish in seconds while the adapter keeps Telegram's counts.
 *
 * <p>Each flow of the engine has its own end-to-end test on top of this: {@code SoloPracticeIT},
 * {@code GroupExchangeIT}, {@code ReviewAndMockIT}.
 */
final class BotUnderTest implements AutoCloseable {
    /** Every window and wait of the limits, on both sides, is this fraction of Telegram's. */
    static final double TIME_SCALE = 0.02;

    final FakeTelegram telegram;
    final TelegramBot bot;

    private BotUnderTest(FakeTelegram telegram, TelegramBot bot) {
        this.telegram = telegram;
        this.bot = bot;
    }

    static FakeTelegram.Builder fake() {
        return FakeTelegram.builder().limits(RateLimits.telegram().scaledBy(TIME_SCALE));
    }

    static BotUnderTest start() {
        return start(fake().start(), UnaryOperator.identity());
    }

    static BotUnderTest start(FakeTelegram telegram, UnaryOperator<TelegramSettings> adjust) {
        return start(telegram, adjust, engine()::handle);
    }

    static BotUnderTest start(
            FakeTelegram telegram, UnaryOperator<TelegramSettings> adjust, Function<Input, List<Reply>> engine) {
        try {
            return new BotUnderTest(telegram, TelegramBot.start(adjust.apply(settings(telegram)), engine));
        } catch (RuntimeException e) {
            telegram.close();
            throw e;
        }
    }

    static TelegramSettings settings(FakeTelegram telegram) {
        return TelegramSettings.polling(telegram.token())
                .withApiUrl(URI.create(telegram.baseUrl()))
                .withLimits(OutboxLimits.telegram().scaledBy(TIME_SCALE))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(50), Duration.ofSeconds(20));
    }

    static Engine engine() {
        return new Engine(
                BotUnderTest::bank,
                new InMemorySessionStore(),
                new InMemoryProgressStore(),
                Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC),
                42,
                new ActionCodec("a secret for the telegram tests".getBytes(StandardCharsets.UTF_8)));
    }

    static QuestionBank bank() {
        return TestPacks.load("/packs");
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
