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
    private FakeGuild tidy;
    private FakeGuild untidy;

    @BeforeAll
    void start() throws InterruptedException {
        discord = FakeDiscord.start();
        guild = discord.addGuild("Readers");
        general = guild.addTextChannel("general");
        tidy = discord.addGuild("Tidy")
                .botPermissions(FakeGuild.BOT_PERMISSIONS | FakeGuild.Permissions.MANAGE_MESSAGES);
        tidy.addTextChannel("general");
        untidy = discord.addGuild("Untidy");
        untidy.addTextChannel("general");
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

    @Test
    void anAnswerWrittenWhereAGameIsPlayedIsDeletedWhereTheBotMay() {
        FakeUser hana = discord.addUser("hana", "en-US");
        FakeUser ian = discord.addUser("ian", "en-US");
        FakeChannel thread = gameThread(tidy, hana, ian);

        FakeMessage written = ian.says(thread, DirectMessagePracticeIT.EITHER_ANSWER);
        thread.awaitReply(m -> m.text().contains("Answered: 1 of 2."));
        assertThat(thread.messages()).noneMatch(m -> m.id() == written.id());
        ian.dm().awaitReplyContaining("Your answer to question 1 is in");
        assertThat(ian.dm().messages()).noneMatch(m -> m.text().contains("Others in the chat can read"));
        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void whereTheBotMayNotDeleteItTheWriterIsWarnedThatOthersCanReadIt() {
        FakeUser jack = discord.addUser("jack", "en-US");
        FakeUser kim = discord.addUser("kim", "en-US");
        FakeChannel thread = gameThread(untidy, jack, kim);

        FakeMessage written = kim.says(thread, DirectMessagePracticeIT.EITHER_ANSWER);
        thread.awaitReply(m -> m.text().contains("Answered: 1 of 2."));
        assertThat(thread.messages()).anyMatch(m -> m.id() == written.id());
        kim.dm().awaitReplyContaining("Others in the chat can read the answer you wrote there");
        assertThat(discord.rejections()).isEmpty();
    }

    /** A group interview in {@code host}'s practice thread, with {@code player} in it and its question open. */
    private static FakeChannel gameThread(FakeGuild where, FakeUser host, FakeUser player) {
        host.runs(where.channels().get(0), "/practice pack:go topic:channels level:junior");
        FakeChannel thread = where.awaitThread();
        thread.awaitReply(m -> m.hasButton("Answer"));
        host.runs(thread, "/group pack:go topic:channels questions:1");
        FakeMessage lobby = thread.awaitReply(m -> m.text().contains("Players (1)"));
        player.clicks(lobby, "Join");
        thread.awaitReply(m -> m.id() == lobby.id() && m.text().contains("Players (2)"));
        host.clicks(thread.current(lobby), "Start");
        thread.awaitReply(m -> m.text().contains("Answered: 0 of 2."));
        return thread;
    }
}
