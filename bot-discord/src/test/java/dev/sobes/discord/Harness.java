package dev.sobes.discord;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.Tick;
import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.store.InMemoryProgressStore;
import dev.sobes.core.store.InMemorySessionStore;
import dev.sobes.testkit.discord.FakeDiscord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The real bot (JDA included) against a fake Discord, with the engine over a test bank. */
final class Harness implements AutoCloseable {
    final FakeDiscord discord;
    final InMemoryProgressStore progress = new InMemoryProgressStore();
    final TestClock clock = new TestClock();
    final Engine engine;
    private @Nullable DiscordBot bot;

    private final QuestionBank bank;

    Harness(FakeDiscord discord) {
        this(discord, TestBank.bank());
    }

    Harness(FakeDiscord discord, QuestionBank bank) {
        this.discord = discord;
        this.bank = bank;
        this.engine = new Engine(
                () -> bank,
                new InMemorySessionStore(),
                progress,
                clock,
                42,
                new ActionCodec("a test secret of enough bytes".getBytes(StandardCharsets.UTF_8)));
    }

    DiscordSettings settings(DiscordSettings.CommandScope scope, boolean messageContent) {
        return new DiscordSettings(discord.token(), scope, null, 0, 0, 0, discord.restUrl(), messageContent);
    }

    Harness start(DiscordSettings settings) throws InterruptedException {
        return start(settings, engine::handle, DiscordBot.ACK_BUDGET);
    }

    Harness start(DiscordSettings settings, Function<Input, List<Reply>> handler, Duration ackBudget)
            throws InterruptedException {
        bot = DiscordBot.start(settings, handler, () -> bank, progress::language, ackBudget);
        bot.awaitReady();
        return this;
    }

    /**
     * Stops the bot and starts a new one (a new JDA, with nothing cached) against the same fake
     * Discord, engine and stores, as a redeployed process would come up.
     */
    Harness restart(DiscordSettings settings, Function<Input, List<Reply>> handler) throws InterruptedException {
        bot().close();
        bot = null;
        return start(settings, handler, DiscordBot.ACK_BUDGET);
    }

    /**
     * Lets the clock run {@code by} and wakes {@code conversation} as the launcher's timer would:
     * the engine's tick, then its replies through the bot.
     */
    void tick(Conversation conversation, Duration by) {
        clock.advance(by);
        bot().deliver(engine.handle(new Tick(conversation, clock.instant())));
    }

    DiscordBot bot() {
        if (bot == null) {
            throw new IllegalStateException("the bot is not started");
        }
        return bot;
    }

    @Override
    public void close() {
        if (bot != null) {
            bot.close();
        }
        discord.close();
    }
}
