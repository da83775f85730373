package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.testkit.discord.FakeChannel;
import dev.sobes.testkit.discord.FakeDiscord;
import dev.sobes.testkit.discord.FakeGuild;
import dev.sobes.testkit.discord.FakeMessage;
import dev.sobes.testkit.discord.FakeUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** With the Message Content intent, a plain message in the bot's practice thread is an answer too. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MessageContentIT {
    private Harness harness;
    private FakeDiscord discord;
    private FakeGuild guild;
    private FakeChannel general;

    @BeforeAll
    void start() throws InterruptedException {
        discord = FakeDiscord.start();
        guild = discord.addGuild("Readers");
        general = guild.addTextChannel("general");
        harness = new Harness(discord);
        harness.start(harness.settings(DiscordSettings.CommandScope.GLOBAL, true));
        discord.awaitCommands(null);
    }

    @AfterAll
    void stop() {
        harness.close();
    }

    @Test
    void aPlainMessageInThePracticeThreadIsTheAnswer() {
        FakeUser bob = discord.addUser("bob", "en-US");
        bob.runs(general, "/practice pack:go topic:channels level:junior");
        FakeChannel thread = guild.awaitThread();
        FakeMessage card = thread.awaitReply(m -> m.hasButton("Answer"));
        assertThat(card.text()).doesNotContain("Press **Answer**");

        bob.says(thread, DirectMessagePracticeIT.EITHER_ANSWER);
        FakeMessage feedback = thread.awaitReply(m -> m.text().contains("Key points covered"));
        assertThat(feedback.text()).contains("2 of 2");

        // Messages in the channel itself are not the bot's business.
        bob.says(general, "hello everyone");
        bob.runs(general, "/help");
        FakeMessage help = general.awaitReply(m -> m.text().contains("Commands"));
        assertThat(general.botMessages()).hasSize(2).last().isEqualTo(help);
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void aCommandTypedInDirectMessagesWorksLikeTheSlashCommand() {
        FakeUser carol = discord.addUser("carol", "en-US");
        FakeChannel dm = carol.dm();
        carol.says(dm, "/practice go channels junior");
        FakeMessage card = dm.awaitReply(m -> m.hasButton("Answer"));
        assertThat(card.text()).contains("Channels · Junior");
    }
}
