package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.testkit.discord.FakeChannel;
import dev.sobes.testkit.discord.FakeDiscord;
import dev.sobes.testkit.discord.FakeGuild;
import dev.sobes.testkit.discord.FakeMessage;
import dev.sobes.testkit.discord.FakeUser;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Interviewer mode in a server channel, through the real JDA against the fake Discord: the
 * channel sees the questions only; the interviewer sees the key points privately and ticks what
 * the candidate covered; the candidate gets the report privately.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InterviewerModeIT {
    /** What only the interviewer may see of the two channel questions: their key points. */
    private static final List<String> KEY_POINTS =
            List.of("The send blocks", "Until a receiver takes the value", "The zero value", "ok is false");

    private Harness harness;
    private FakeDiscord discord;
    private FakeChannel pairs;
    private FakeChannel quiet;

    @BeforeAll
    void start() throws InterruptedException {
        discord = FakeDiscord.start();
        FakeGuild club = discord.addGuild("Go club");
        pairs = club.addTextChannel("pairs");
        quiet = club.addTextChannel("quiet");
        harness = new Harness(discord);
        harness.start(harness.settings(DiscordSettings.CommandScope.GLOBAL, false));
        discord.awaitCommands(null);
    }

    @AfterEach
    void noRuleBrokenAndNobodyPinged() {
        assertThat(discord.rejections()).isEmpty();
        assertThat(discord.pings()).isEmpty();
    }

    @AfterAll
    void stop() {
        harness.close();
    }

    @Test
    void theInterviewerSeesAndTicksTheKeyPointsAndTheCandidateGetsTheReport() {
        FakeUser ivan = discord.addUser("ivan", "en-US");
        FakeUser kate = discord.addUser("kate", "en-US");
        FakeUser leo = discord.addUser("leo", "en-US");

        ivan.runs(pairs, "/interview candidate:@kate pack:go topic:channels questions:2");
        FakeMessage invitation = publicReply(pairs, "ivan wants to interview a member: 2 questions from Go interview");
        assertThat(invitation.buttonLabels()).containsExactly("Ready", "Cancel");

        // The seat is kate's: nobody else may take it.
        leo.clicks(invitation, "Ready");
        privateReply(pairs, leo, "The interviewer invited another member");

        kate.clicks(invitation, "Ready");
        pairs.awaitReply(m -> m.id() == invitation.id() && m.text().contains("ivan interviews kate."));
        FakeMessage first = publicReply(pairs, "Interview · question 1 of 2");
        assertThat(first.text()).contains("kate, answer aloud or in writing");
        assertThat(first.buttons()).isEmpty();

        // The interviewer's panel comes privately, in direct messages, since kate's press opened the question.
        FakeChannel ivans = ivan.dm();
        FakeMessage panel = ivans.awaitReplyContaining("For you only: question 1 of 2");
        assertThat(panel.text()).contains("Key points — tick what the candidate covered");
        assertThat(panel.buttonLabels()).containsExactly("⬜ 1", "⬜ 2", "Next question", "End interview");

        ivan.clicks(panel, "⬜ 1");
        FakeMessage ticked = ivans.awaitReply(m -> m.id() == panel.id() && m.hasButton("✅ 1"));
        assertThat(ticked.buttonLabels()).containsExactly("✅ 1", "⬜ 2", "Next question", "End interview");

        // The next question is asked in the channel, its panel again privately.
        ivan.clicks(ticked, "Next question");
        FakeMessage second = publicReply(pairs, "Interview · question 2 of 2");
        FakeMessage secondPanel = ivans.awaitReplyContaining("For you only: question 2 of 2");
        assertThat(secondPanel.buttonLabels()).contains("Finish");
        ivan.clicks(secondPanel, "⬜ 2");
        FakeMessage secondTicked = ivans.awaitReply(m -> m.id() == secondPanel.id() && m.hasButton("✅ 2"));
        ivan.clicks(secondTicked, "Finish");

        FakeMessage over = publicReply(pairs, "Interview over. Questions asked: 2.");
        assertThat(over.text()).contains("kate, your report was sent to you privately");
        FakeMessage report = kate.dm().awaitReplyContaining("Interview report: kate, interviewed by ivan");
        assertThat(report.text())
                .contains("Key points covered: 50% over 2 questions")
                .contains("/ask go-channels-");

        // The channel saw the questions and no key point; leo saw nothing private.
        for (FakeMessage message : pairs.messagesSeenBy(leo)) {
            for (String point : KEY_POINTS) {
                assertThat(message.text()).doesNotContain(point);
            }
        }
        assertThat(second.text()).doesNotContain("Reference answer");
        assertThat(pairs.messages()).noneMatch(m -> m.text().contains("For you only"));
    }

    @Test
    void anInterviewerWhoActsInTheChannelGetsThePanelThereForTheirEyesOnly() {
        FakeUser uma = discord.addUser("uma", "en-US");
        FakeUser vic = discord.addUser("vic", "en-US");

        uma.runs(quiet, "/interview pack:go topic:channels questions:2");
        FakeMessage invitation = publicReply(quiet, "Whoever wants to be the candidate, press Ready");
        vic.clicks(invitation, "Ready");
        FakeMessage panel = uma.dm().awaitReplyContaining("For you only: question 1 of 2");

        uma.runs(quiet, "/next");
        publicReply(quiet, "Interview · question 2 of 2");
        FakeMessage channelPanel = privateReply(quiet, uma, "For you only: question 2 of 2");
        uma.clicks(channelPanel, "⬜ 1");
        quiet.awaitReply(m -> m.id() == channelPanel.id() && m.hasButton("✅ 1"));
        assertThat(uma.dm().current(panel).text()).contains("question 1 of 2");

        // The candidate may end it too; the ticked question counts.
        vic.runs(quiet, "/end");
        publicReply(quiet, "Interview over. Questions asked: 2.");
        FakeMessage report = privateReply(quiet, vic, "Interview report: vic, interviewed by uma");
        assertThat(report.text()).contains("Key points covered: 25% over 2 questions");
    }

    private static FakeMessage publicReply(FakeChannel channel, String fragment) {
        return channel.awaitReply(m -> !m.isEphemeral() && m.text().contains(fragment));
    }

    private static FakeMessage privateReply(FakeChannel channel, FakeUser user, String fragment) {
        return channel.awaitReply(
                m -> Objects.equals(m.ephemeralFor(), user.id()) && m.text().contains(fragment));
    }
}
