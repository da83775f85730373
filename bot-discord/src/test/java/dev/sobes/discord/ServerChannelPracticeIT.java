package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.testkit.discord.FakeChannel;
import dev.sobes.testkit.discord.FakeDiscord;
import dev.sobes.testkit.discord.FakeGuild;
import dev.sobes.testkit.discord.FakeInteraction;
import dev.sobes.testkit.discord.FakeMessage;
import dev.sobes.testkit.discord.FakeUser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A practice started in a server channel goes to a thread of its own, or to DMs where the bot may
 * not open threads, never into the channel.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerChannelPracticeIT {
    private Harness harness;
    private FakeDiscord discord;
    private FakeGuild club;
    private FakeGuild locked;
    private FakeChannel general;
    private FakeChannel lockedGeneral;

    @BeforeAll
    void start() throws InterruptedException {
        discord = FakeDiscord.start();
        club = discord.addGuild("Go club");
        general = club.addTextChannel("general");
        locked = discord.addGuild("No threads here")
                .botPermissions(FakeGuild.BOT_PERMISSIONS & ~FakeGuild.Permissions.CREATE_PUBLIC_THREADS);
        lockedGeneral = locked.addTextChannel("general");
        harness = new Harness(discord);
        harness.start(harness.settings(DiscordSettings.CommandScope.GLOBAL, false));
        discord.awaitCommands(null);
    }

    @AfterAll
    void stop() {
        harness.close();
    }

    @Test
    void practiceInAChannelContinuesInAThreadOfItsOwn() {
        FakeUser bob = discord.addUser("bob", "en-US");
        FakeInteraction started = bob.runs(general, "/practice pack:go topic:channels level:junior");

        FakeChannel thread = club.awaitThread();
        assertThat(thread.name()).isEqualTo("Practice · bob");
        assertThat(thread.ownerId()).isEqualTo(discord.botId());
        FakeMessage card = thread.awaitReply(m -> m.hasButton("Answer"));
        assertThat(card.isEphemeral()).isFalse();
        assertThat(card.text()).contains("Press **Answer** to write your answer");

        FakeMessage note = general.awaitReply(m -> m.text().contains("continues in"));
        assertThat(note.ephemeralFor()).isEqualTo(bob.id());
        assertThat(note.text()).contains("<#" + thread.id() + ">");
        assertThat(started.callbacks()).containsExactly(5);
        assertThat(general.botMessages()).allMatch(FakeMessage::isEphemeral);

        // Without the Message Content intent a plain message in the thread is not an answer...
        bob.says(thread, "The send blocks until a receiver takes the value.");
        // ...the modal is.
        FakeInteraction opened = bob.clicks(card, "Answer");
        bob.submits(opened, DirectMessagePracticeIT.EITHER_ANSWER);
        FakeMessage feedback = thread.awaitReply(m -> !m.buttons().isEmpty());
        assertThat(feedback.text()).contains("Key points covered: 2 of 2");
        assertThat(feedback.isEphemeral()).isFalse();

        assertThat(discord.rejections()).isEmpty();
    }

    @Test
    void commandsForOnePersonAreAnsweredOnlyToThemInAChannel() {
        FakeUser erin = discord.addUser("erin", "en-US");
        erin.runs(general, "/help");
        FakeMessage help = general.awaitReply(m -> m.text().contains("Commands"));
        assertThat(help.ephemeralFor()).isEqualTo(erin.id());
    }

    @Test
    void whereTheBotMayNotOpenThreadsThePracticeGoesToDirectMessages() {
        FakeUser carol = discord.addUser("carol", "ru");
        carol.runs(lockedGeneral, "/practice pack:go topic:channels level:junior");

        FakeMessage card = carol.dm().awaitReply(m -> m.hasButton("Ответить"));
        assertThat(card.text()).contains("Каналы");
        FakeMessage note = lockedGeneral.awaitReply(m -> m.text().contains("личные сообщения"));
        assertThat(note.ephemeralFor()).isEqualTo(carol.id());
        assertThat(locked.threads()).isEmpty();
    }

    @Test
    void whenNeitherAThreadNorADirectMessageIsPossibleThePersonIsToldWhy() {
        FakeUser dave = discord.addUser("dave", "en-GB").refusesDirectMessages();
        dave.runs(lockedGeneral, "/practice pack:go");

        FakeMessage note = lockedGeneral.awaitReply(m -> m.text().contains("can't open a thread"));
        assertThat(note.ephemeralFor()).isEqualTo(dave.id());
        assertThat(note.text()).contains("Allow direct messages from server members");
    }
}
