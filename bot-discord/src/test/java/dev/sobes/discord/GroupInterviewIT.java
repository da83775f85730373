package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Platform;
import dev.sobes.testkit.discord.FakeChannel;
import dev.sobes.testkit.discord.FakeDiscord;
import dev.sobes.testkit.discord.FakeGuild;
import dev.sobes.testkit.discord.FakeInteraction;
import dev.sobes.testkit.discord.FakeMessage;
import dev.sobes.testkit.discord.FakeUser;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Group mock interviews in a server, through the real JDA against the fake Discord: the lobby, the
 * questions answered privately in a modal or in direct messages, the count of answers edited in
 * place, reveals by everyone answering, by the host and by the timer, the host's controls and their
 * hand-over, the final scoreboard and each player's private report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupInterviewIT {
    private Harness harness;
    private FakeDiscord discord;
    private FakeGuild club;
    private FakeGuild.Role moderators;
    private FakeGuild.Role channelKeepers;
    private FakeChannel interviews;
    private FakeChannel rules;
    private FakeChannel lounge;
    private FakeChannel runtime;

    @BeforeAll
    void start() throws InterruptedException {
        discord = FakeDiscord.start();
        club = discord.addGuild("Go club");
        moderators = club.addRole("Moderators", FakeGuild.Permissions.MANAGE_GUILD);
        channelKeepers = club.addRole("Channel keepers", FakeGuild.Permissions.MANAGE_CHANNELS);
        interviews = club.addTextChannel("interviews");
        rules = club.addTextChannel("rules");
        lounge = club.addTextChannel("lounge");
        runtime = club.addTextChannel("runtime");
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
    void aGroupInterviewInAChannelFromTheLobbyToTheFinalScoreboard() {
        FakeUser alice = discord.addUser("alice", "en-US");
        FakeUser bob = discord.addUser("bob", "en-US");
        FakeUser carol = discord.addUser("carol", "en-US");

        // The lobby: one message everyone sees, edited as people join.
        alice.runs(interviews, "/group pack:go topic:channels level:junior questions:2 minutes:2");
        FakeMessage lobby = publicReply(interviews, "Group interview: Go interview");
        assertThat(lobby.text())
                .contains("Channels · Junior · 2 questions · 2 min each")
                .contains("Host: alice")
                .contains("Players (1): alice")
                .contains("not what they wrote");
        assertThat(lobby.buttonLabels()).containsExactly("Join", "Leave", "Start");

        bob.clicks(lobby, "Join");
        interviews.awaitReply(m -> m.id() == lobby.id() && m.text().contains("Players (2): alice, bob"));
        carol.runs(interviews, "/join");
        interviews.awaitReply(m -> m.id() == lobby.id() && m.text().contains("Players (3): alice, bob, carol"));

        // Only the host starts; the refusal is for the one who tried.
        bob.clicks(interviews.current(lobby), "Start");
        FakeMessage refusal = privateReply(interviews, bob, "Only the host (alice)");
        assertThat(refusal.text()).contains("or a manager of this chat");
        assertThat(interviews.current(lobby).hasButton("Start")).isTrue();

        alice.clicks(interviews.current(lobby), "Start");
        FakeMessage first = publicReply(interviews, "question 1 of 2");
        assertThat(first.buttonLabels()).containsExactly("Answer");
        FakeMessage status = publicReply(interviews, "Answered: 0 of 3.");
        assertThat(status.buttonLabels()).containsExactly("Reveal now", "Skip question", "End game");
        assertThat(interviews.current(lobby).text()).contains("Started with 2 questions");
        assertThat(interviews.current(lobby).buttons()).isEmpty();

        // Bob answers in the form the Answer button opens; only he is told it is in.
        FakeInteraction opened = bob.clicks(first, "Answer");
        FakeInteraction.Modal form = opened.awaitModal();
        assertThat(form.title()).isEqualTo("Answer");
        assertThat(form.maxLength()).isEqualTo(4000);
        bob.submits(opened, DirectMessagePracticeIT.EITHER_ANSWER);
        privateReply(interviews, bob, "Your answer to question 1 is in");
        interviews.awaitReply(m -> m.id() == status.id() && m.text().contains("Answered: 1 of 3."));

        // Carol writes hers to the bot in direct messages.
        carol.says(carol.dm(), partialAnswer(first));
        carol.dm().awaitReplyContaining("Your answer to question 1 is in");
        interviews.awaitReply(m -> m.id() == status.id() && m.text().contains("Answered: 2 of 3."));

        // Alice does not answer: the timer reveals the question.
        harness.tick(conversation(interviews), Duration.ofMinutes(3));
        interviews.awaitReply(m -> m.id() == status.id() && m.text().contains("Answered: 2 of 3. Time is up."));
        FakeMessage reveal = publicReply(interviews, "Question 1 of 2: the answers");
        assertThat(reveal.text())
                .contains("Time is up.")
                .contains("Key points")
                .contains("bob — 2 of 2: ✅✅")
                .contains("carol — 1 of 2: ")
                .contains("alice — no answer")
                .contains("Scoreboard after question 1 of 2")
                .contains("bob — 2 (+2)");
        assertThat(reveal.buttonLabels()).containsExactly("Next question", "End game", "Join");
        assertThat(interviews.current(status).buttons()).isEmpty();

        // The host leaves: the longest-standing player hosts from now on.
        alice.runs(interviews, "/leave");
        privateReply(interviews, alice, "You left the game");
        publicReply(interviews, "alice left the game; bob is now the host.");
        alice.clicks(reveal, "Next question");
        privateReply(interviews, alice, "Only the host (bob)");

        bob.clicks(reveal, "Next question");
        FakeMessage second = publicReply(interviews, "question 2 of 2");
        FakeMessage secondStatus = publicReply(interviews, "Answered: 0 of 2.");
        assertThat(secondStatus.id()).isNotEqualTo(status.id());

        FakeInteraction bobs = bob.clicks(second, "Answer");
        bob.submits(bobs, DirectMessagePracticeIT.EITHER_ANSWER);
        interviews.awaitReply(m -> m.id() == secondStatus.id() && m.text().contains("Answered: 1 of 2."));
        FakeInteraction carols = carol.clicks(second, "Answer");
        carol.submits(carols, partialAnswer(second));

        // Everyone has answered: the reveal, then the final scoreboard.
        interviews.awaitReply(m -> m.id() == secondStatus.id() && m.text().contains("Everyone has answered."));
        publicReply(interviews, "Question 2 of 2: the answers");
        FakeMessage board = publicReply(interviews, "final scoreboard");
        assertThat(board.text())
                .contains("Questions played: 2.")
                .contains("1. bob — 4")
                .contains("2. carol — 2")
                .contains("3. alice (left) — 0");
        assertThat(board.buttonLabels()).containsExactly("My report", "Leaderboard");

        carol.clicks(board, "My report");
        FakeMessage report = privateReply(interviews, carol, "Your report: group interview");
        assertThat(report.text()).contains("Place 2 of 3").contains("/ask go-channels-");

        // What each person saw: the count was one message a question, edited in place; nobody's
        // private confirmations or report reached anyone else; nobody's answer was shown.
        List<FakeMessage> counts = interviews.messages().stream()
                .filter(m -> m.text().startsWith("Answered:"))
                .toList();
        assertThat(counts).extracting(FakeMessage::id).containsExactly(status.id(), secondStatus.id());
        assertThat(interviews.messagesSeenBy(alice))
                .noneMatch(m -> m.text().contains("Your answer to question"))
                .noneMatch(m -> m.text().contains("Your report"));
        assertThat(interviews.messagesSeenBy(carol)).noneMatch(m -> m.text().contains("Only the host"));
        assertThat(interviews.messages())
                .noneMatch(m -> m.text().contains(DirectMessagePracticeIT.EITHER_ANSWER))
                .noneMatch(m -> m.text().contains(partialAnswer(first)));

        // The channel's leaderboard counts the finished game.
        bob.runs(interviews, "/leaderboard period:week");
        FakeMessage leaderboard = publicReply(interviews, "Leaderboard: the last 7 days");
        assertThat(leaderboard.text()).contains("1. bob — 4 points · games: 1");
        carol.clicks(leaderboard, "All time");
        interviews.awaitReply(m -> m.id() == leaderboard.id() && m.text().contains("Leaderboard: all time"));
    }

    @Test
    void onlyTheHostOrAMemberWhoManagesTheServerOrChannelControlsAGame() {
        FakeUser mia = discord.addUser("mia", "en-US");
        FakeUser ned = discord.addUser("ned", "en-US");
        FakeUser olga = discord.addUser("olga", "en-US");
        FakeUser dave = discord.addUser("dave", "en-US");
        FakeUser erin = discord.addUser("erin", "en-US");
        club.giveRole(dave, moderators).giveRole(erin, channelKeepers);

        mia.runs(rules, "/group pack:go topic:channels questions:1");
        FakeMessage lobby = publicReply(rules, "Players (1): mia");
        ned.clicks(lobby, "Join");
        rules.awaitReply(m -> m.id() == lobby.id() && m.text().contains("Players (2): mia, ned"));

        olga.runs(rules, "/begin");
        privateReply(rules, olga, "Only the host (mia) or a manager of this chat can do that.");
        ned.clicks(rules.current(lobby), "Start");
        privateReply(rules, ned, "Only the host (mia)");
        assertThat(rules.current(lobby).hasButton("Start")).isTrue();

        // A moderator who does not play starts the game.
        dave.runs(rules, "/begin");
        publicReply(rules, "question 1 of 1");
        FakeMessage status = publicReply(rules, "Answered: 0 of 2.");

        olga.clicks(status, "Reveal now");
        privateReply(rules, olga, "Only the host (mia)");
        olga.runs(rules, "/end");
        privateReply(rules, olga, "Only the host (mia)");
        assertThat(rules.current(status).text()).contains("Answered: 0 of 2.");

        // A member who may manage channels reveals it early.
        erin.clicks(rules.current(status), "Reveal now");
        FakeMessage reveal = publicReply(rules, "Question 1 of 1: the answers");
        assertThat(reveal.text()).contains("The host revealed the answers early.");
        publicReply(rules, "final scoreboard");
    }

    @Test
    void aGameInAThreadIsAConversationOfItsOwnAndItsTimerRevealsThere() {
        FakeUser frank = discord.addUser("frank", "en-US");
        FakeUser gina = discord.addUser("gina", "ru");
        FakeChannel thread = frank.startsThread(lounge, "mock night");

        frank.runs(thread, "/group pack:go topic:channels questions:1 minutes:0.5");
        FakeMessage lobby = publicReply(thread, "30 s each");
        gina.clicks(lobby, "Join");
        thread.awaitReply(m -> m.id() == lobby.id() && m.text().contains("Players (2): frank, gina"));
        frank.runs(thread, "/begin");
        FakeMessage question = publicReply(thread, "question 1 of 1");

        // The form speaks the game's language in its title, the person's in its box.
        FakeInteraction opened = gina.clicks(question, "Answer");
        assertThat(opened.awaitModal().label()).isEqualTo("Ваш ответ");
        gina.submits(opened, DirectMessagePracticeIT.EITHER_ANSWER);
        privateReply(thread, gina, "Ваш ответ на вопрос 1 принят");

        harness.tick(
                new Conversation(Platform.DISCORD, Long.toString(lounge.id()), Long.toString(thread.id()), true),
                Duration.ofMinutes(1));
        FakeMessage reveal = publicReply(thread, "Question 1 of 1: the answers");
        assertThat(reveal.text())
                .contains("Time is up.")
                .contains("gina — 2 of 2")
                .contains("frank — no answer");
        publicReply(thread, "final scoreboard");
        assertThat(lounge.botMessages()).isEmpty();
    }

    @Test
    void aRevealLongerThanAnEmbedIsSplitWithinDiscordsLimits() {
        FakeUser pete = discord.addUser("pete", "en-US");
        FakeUser quinn = discord.addUser("quinn", "en-US");
        pete.runs(runtime, "/group pack:go topic:runtime questions:1 open:true");
        FakeMessage lobby = publicReply(runtime, "everyone sees what each player wrote");
        quinn.clicks(lobby, "Join");
        runtime.awaitReply(m -> m.id() == lobby.id() && m.text().contains("Players (2)"));
        pete.clicks(runtime.current(lobby), "Start");
        FakeMessage question = publicReply(runtime, "question 1 of 1");

        FakeInteraction opened = pete.clicks(question, "Answer");
        pete.submits(opened, "The scheduler follows the G-M-P model: goroutines run on threads through processors.");
        FakeInteraction quinns = quinn.clicks(question, "Answer");
        quinn.submits(quinns, "Goroutines are cheap threads.");

        publicReply(runtime, "Question 1 of 1: the answers");
        FakeMessage board = publicReply(runtime, "final scoreboard");
        List<FakeMessage> reveal = runtime.messages().stream()
                .filter(m -> !m.isEphemeral() && m.id() > question.id() && m.id() < board.id())
                .filter(m -> !m.embeds().isEmpty())
                .toList();
        assertThat(reveal).hasSizeGreaterThan(1);
        String shown = String.join("\n", reveal.stream().map(FakeMessage::text).toList());
        assertThat(shown)
                .contains("step 1:")
                .contains("step 60:")
                .contains("pete — 1 of 1: ✅")
                .contains("quinn — 0 of 1: ❌")
                .contains("goroutines run on threads through processors")
                .contains("Scoreboard after question 1 of 1");
        for (FakeMessage message : reveal) {
            assertThat(message.embeds())
                    .allSatisfy(e ->
                            assertThat(Objects.requireNonNull(e.description())).hasSizeLessThanOrEqualTo(4096));
        }
    }

    private static Conversation conversation(FakeChannel channel) {
        return new Conversation(Platform.DISCORD, Long.toString(channel.id()), null, true);
    }

    /** Half of what the question asks: the first key point only. */
    private static String partialAnswer(FakeMessage question) {
        return question.text().contains("unbuffered")
                ? "The send blocks the goroutine."
                : "You get the zero value of the element type.";
    }

    private static FakeMessage publicReply(FakeChannel channel, String fragment) {
        return channel.awaitReply(m -> !m.isEphemeral() && m.text().contains(fragment));
    }

    private static FakeMessage privateReply(FakeChannel channel, FakeUser user, String fragment) {
        return channel.awaitReply(
                m -> Objects.equals(m.ephemeralFor(), user.id()) && m.text().contains(fragment));
    }
}
