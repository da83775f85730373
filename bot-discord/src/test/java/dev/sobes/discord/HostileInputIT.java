package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.testkit.discord.FakeChannel;
import dev.sobes.testkit.discord.FakeDiscord;
import dev.sobes.testkit.discord.FakeGuild;
import dev.sobes.testkit.discord.FakeInteraction;
import dev.sobes.testkit.discord.FakeMessage;
import dev.sobes.testkit.discord.FakeUser;
import dev.sobes.testkit.discord.RecordedRequest;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Hostile input: Markdown and mentions where the bot repeats a person's words, answers as long as
 * the text box allows and longer, forged button ids. Nothing may ping anyone, ever.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {
    private static final String HOSTILE = "@everyone **boom** <@123> <@&456> ||spoiler|| [link](http://x)";

    private Harness harness;
    private FakeDiscord discord;
    private FakeGuild guild;
    private FakeChannel general;

    @BeforeAll
    void start() throws InterruptedException {
        discord = FakeDiscord.start();
        // The bot may mention everyone here, so only the way it sends messages keeps it from doing so.
        guild = discord.addGuild("Trolls")
                .botPermissions(FakeGuild.BOT_PERMISSIONS | FakeGuild.Permissions.MENTION_EVERYONE);
        general = guild.addTextChannel("general");
        harness = new Harness(discord);
        harness.start(harness.settings(DiscordSettings.CommandScope.GLOBAL, false));
        discord.awaitCommands(null);
    }

    @AfterEach
    void nothingPingedAndNoRuleBroken() {
        assertThat(discord.pings()).isEmpty();
        assertThat(discord.rejections()).isEmpty();
        for (RecordedRequest request : discord.requests()) {
            if (request.postsMessage()) {
                assertThat(request.message()
                                .path("allowed_mentions")
                                .path("parse")
                                .size())
                        .as("allowed mentions of %s %s", request.method(), request.path())
                        .isZero();
            }
        }
    }

    @AfterAll
    void stop() {
        harness.close();
    }

    @Test
    void markdownAndMentionsTheBotRepeatsShowAsWritten() {
        FakeUser troll = discord.addUser("@everyone", "en-US");
        troll.runs(general, "/practice topic:\"" + HOSTILE + "\"");

        FakeChannel thread = guild.awaitThread();
        FakeMessage echo = thread.awaitReply(m -> m.text().contains("I don't know"));
        assertThat(echo.content())
                .contains("@\u200Beveryone")
                .contains("\\*\\*boom\\*\\*")
                .contains("\\<@123>")
                .contains("\\<@&456>")
                .contains("\\|\\|spoiler\\|\\|")
                .contains("\\[link\\]")
                .doesNotContain("@everyone");
    }

    @Test
    void aForgedLanguageIsRepeatedHarmlessly() {
        FakeUser alice = discord.addUser("alice", "en-US");
        alice.runsUnchecked(alice.dm(), "lang", Map.of("language", "@here `x` *y*"));
        FakeMessage reply = alice.dm().awaitReply(m -> m.text().contains("don't know the language"));
        assertThat(reply.content()).contains("@\u200Bhere").contains("\\`x\\`").contains("\\*y\\*");
    }

    @Test
    void answersFullOfMarkdownAndMentionsAreTakenAsAnswers() {
        FakeUser bob = discord.addUser("bob", "en-US");
        FakeChannel dm = bob.dm();
        bob.runs(dm, "/practice pack:go topic:channels level:junior");
        FakeMessage card = dm.awaitReply(m -> m.hasButton("Answer"));
        FakeInteraction opened = bob.clicks(card, "Answer");
        bob.submits(opened, HOSTILE + "\n> quote\n# heading\n```go\npanic()\n```");
        FakeMessage feedback = dm.awaitReply(m -> m.text().contains("Key points covered"));
        assertThat(feedback.text()).contains("0 of 2");
    }

    @Test
    void anAnswerAsLongAsTheTextBoxAllowsIsChecked() {
        FakeUser carol = discord.addUser("carol", "en-US");
        FakeChannel dm = carol.dm();
        carol.runs(dm, "/practice pack:go topic:channels level:junior");
        FakeMessage card = dm.awaitReply(m -> m.hasButton("Answer"));
        String longAnswer =
                (DirectMessagePracticeIT.EITHER_ANSWER + " ").repeat(40).substring(0, 4000);
        FakeInteraction opened = carol.clicks(card, "Answer");
        carol.submits(opened, longAnswer);
        FakeMessage feedback = dm.awaitReply(m -> m.text().contains("Key points covered"));
        assertThat(feedback.text()).contains("2 of 2");
    }

    @Test
    void aLongerAnswerIsRefusedWithTheLimitAndTheQuestionStaysOpen() {
        FakeUser dave = discord.addUser("dave", "en-US");
        FakeChannel dm = dave.dm();
        dave.runs(dm, "/practice pack:go topic:channels level:junior");
        FakeMessage card = dm.awaitReply(m -> m.hasButton("Answer"));
        dave.says(dm, "x".repeat(4500));
        FakeMessage refusal = dm.awaitReply(m -> m.text().contains("limit is 4000"));
        assertThat(refusal.text()).contains("4500 characters");

        FakeInteraction opened = dave.clicks(card, "Answer");
        dave.submits(opened, DirectMessagePracticeIT.EITHER_ANSWER);
        assertThat(dm.awaitReply(m -> m.text().contains("Key points covered")).text())
                .contains("2 of 2");
    }

    @Test
    void forgedButtonIdsAreRefusedAndChangeNothing() {
        FakeUser erin = discord.addUser("erin", "en-US");
        FakeChannel dm = erin.dm();
        erin.runs(dm, "/practice pack:go topic:channels level:junior");
        FakeMessage card = dm.awaitReply(m -> m.hasButton("Answer"));

        for (String forged :
                new String[] {"stop", "stop.AAAAAAAAAAAA", "x".repeat(100), "!answer:../../etc", "grade:easy:1.zzz"}) {
            erin.pressesForged(card, forged);
            FakeMessage refusal = dm.awaitReply(m -> m.text().contains("not one I can accept"));
            assertThat(refusal.buttons()).isEmpty();
        }

        FakeInteraction opened = erin.clicks(card, "Answer");
        erin.submits(opened, DirectMessagePracticeIT.EITHER_ANSWER);
        assertThat(dm.awaitReply(m -> m.text().contains("Key points covered")).text())
                .contains("2 of 2");
    }
}
