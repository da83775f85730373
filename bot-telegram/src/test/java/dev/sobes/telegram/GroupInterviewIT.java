package dev.sobes.telegram;

import static dev.sobes.telegram.GroupUnderTest.FULL;
import static dev.sobes.telegram.GroupUnderTest.PART;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.testkit.telegram.BotCommandEntry;
import dev.sobes.testkit.telegram.ChatView;
import dev.sobes.testkit.telegram.FakeGroup;
import dev.sobes.testkit.telegram.FakeUser;
import dev.sobes.testkit.telegram.SentMessage;
import dev.sobes.testkit.telegram.UserMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A group interview in a Telegram group, through the real library, from the lobby to the final
 * scoreboard: answers written privately and as replies in the group, a question that runs out of
 * time, the host leaving, an administrator's control, private reports and the leaderboard.
 */
class GroupInterviewIT {
    private final GroupUnderTest sobes =
            GroupUnderTest.start(BotUnderTest.fake().start());
    private final FakeGroup group = sobes.telegram.group(-100500, "Go club");
    private final FakeUser anna = sobes.telegram.user(7, "Anna").language("en");
    private final FakeUser boris = sobes.telegram.user(8, "Boris").language("en");
    private final FakeUser chris = sobes.telegram.user(9, "Chris").language("en");
    private final ChatView annaThere = anna.in(group);
    private final ChatView borisThere = boris.in(group);
    private final ChatView chrisThere = chris.in(group);

    @AfterEach
    void stop() {
        sobes.close();
    }

    @Test
    void groupsOfferTheGroupCommandsFirstInEveryLanguage() {
        assertThat(sobes.telegram.commands("all_group_chats", ""))
                .extracting(BotCommandEntry::command)
                .startsWith("group", "join", "leave", "begin", "reveal", "next", "end", "leaderboard", "interview");
        assertThat(sobes.telegram.commands("all_group_chats", "ru"))
                .extracting(BotCommandEntry::description)
                .startsWith("Открыть групповое собеседование");
        assertThat(sobes.telegram.commands(""))
                .extracting(BotCommandEntry::command)
                .startsWith("practice");
    }

    @Test
    void threeMembersPlayAGameFromTheLobbyToTheirReports() {
        group.owner(anna).promoteBot(true);
        anna.sends("/start");
        anna.dm().awaitReply(m -> m.hasButton("Practice"));
        boris.sends("/start");
        boris.dm().awaitReply(m -> m.hasButton("Practice"));
        // Chris has never opened a private chat with the bot.

        // The lobby: one message, edited as people join.
        annaThere.sends("/group@" + sobes.telegram.botUsername() + " drill 3 2m");
        SentMessage lobby = annaThere.awaitReply(m -> m.hasButton("Join"));
        assertThat(lobby.text())
                .contains("Group interview: Drill pack")
                .contains("3 questions · 2 min each")
                .contains("Players (1): Anna");
        borisThere.taps(lobby, "Join");
        borisThere.awaitReply(
                m -> m.messageId() == lobby.messageId() && m.text().contains("Players (2)"));
        chrisThere.sends("/join");
        chrisThere.awaitReply(
                m -> m.messageId() == lobby.messageId() && m.text().contains("Players (3)"));

        borisThere.taps(lobby, "Start");
        assertThat(boris.dm().awaitReply("Only the host").text())
                .isEqualTo("Only the host (Anna) or a manager of this chat can do that.");
        annaThere.taps(lobby, "Start");
        SentMessage first = annaThere.awaitReply(m -> m.text().startsWith("Group interview · question 1 of 3"));
        SentMessage count = annaThere.awaitReply(m -> m.text().startsWith("Answered: 0 of 3."));
        assertThat(first.allButtons()).extracting("text").containsExactly("Answer");

        // Question 1. Anna presses Answer: Telegram has no private forms, so she is told where to write.
        String press = annaThere.taps(first, "Answer");
        assertThat(sobes.telegram.callbackNote(press))
                .startsWith("Write your answer to me in a private chat, @" + sobes.telegram.botUsername());
        assertThat(anna.dm().awaitReply("Write your answer to question 1 here").text())
                .contains("in this chat with me");
        anna.sends(FULL);
        anna.dm().awaitReply("Your answer to question 1 is in.");
        annaThere.awaitReply(m -> m.messageId() == count.messageId() && m.text().startsWith("Answered: 1 of 3."));

        // Chris replies to the question in the group: the bot may delete it, and does.
        UserMessage chrisAnswer = chrisThere.repliesTo(first, PART);
        chrisThere.awaitReply(
                m -> m.messageId() == count.messageId() && m.text().startsWith("Answered: 2 of 3."));
        sobes.telegram.await(() -> sobes.telegram.deleted(chrisAnswer), "Chris's answer deleted from the group");
        // The bot's private note to Chris cannot reach him: the group gets one note to start a chat.
        assertThat(chrisThere.awaitReply("private message for you").text())
                .startsWith("Chris, I have a private message for you");

        // Boris does not answer: the time runs out, and the timer reveals the question.
        assertThat(sobes.tick(Duration.ofSeconds(60))).as("not yet due").isZero();
        assertThat(sobes.tick(Duration.ofSeconds(61))).isEqualTo(1);
        SentMessage reveal1 = annaThere.awaitReply(m -> m.text().contains("Question 1 of 3: the answers"));
        assertThat(reveal1.text())
                .contains("Time is up.")
                .contains("1. The kappa part")
                .contains("Reference answer")
                .containsSubsequence("Anna — 3 of 3: ✅✅✅", "Chris — 1 of 3: ✅❌❌", "Boris — no answer")
                .containsSubsequence("1. Anna — 3 (+3)", "2. Chris — 1 (+1)", "3. Boris — 0 (+0)")
                .doesNotContain(PART);
        assertThat(message(count).text()).isEqualTo("Answered: 2 of 3. Time is up.");
        assertThat(message(count).allButtons()).isEmpty();

        // Chris opens the private chat; the owner takes the bot's right to delete messages away.
        chris.sends("/start");
        chris.dm().awaitReply(m -> m.hasButton("Practice"));
        group.promoteBot(false);

        // Question 2: Boris replies in the group, where the bot may no longer delete it, and is warned.
        annaThere.taps(reveal1, "Next question");
        SentMessage second = annaThere.awaitReply(m -> m.text().startsWith("Group interview · question 2 of 3"));
        SentMessage count2 = annaThere.awaitReply(m -> m.text().startsWith("Answered: 0 of 3."));
        UserMessage borisAnswer = borisThere.repliesTo(second, FULL);
        assertThat(boris.dm().awaitReply("Others in the chat can read").text())
                .startsWith("Others in the chat can read the answer you wrote there, and I could not delete it.");
        boris.dm().awaitReply("Your answer to question 2 is in.");
        borisThere.awaitReply(
                m -> m.messageId() == count2.messageId() && m.text().startsWith("Answered: 1 of 3."));
        assertThat(sobes.telegram.deleted(borisAnswer)).isFalse();

        // The host leaves: the longest-standing player takes over.
        annaThere.sends("/leave");
        annaThere.awaitReply("Anna left the game; Boris is now the host.");
        annaThere.awaitReply(
                m -> m.messageId() == count2.messageId() && m.text().startsWith("Answered: 1 of 2."));
        assertThat(anna.dm().awaitReply("You left the game").text()).contains("Your points so far stay");

        chris.sends(PART);
        chris.dm().awaitReply("Your answer to question 2 is in.");
        SentMessage reveal2 = chrisThere.awaitReply(m -> m.text().contains("Question 2 of 3: the answers"));
        assertThat(reveal2.text())
                .contains("Everyone has answered.")
                .containsSubsequence("Boris — 3 of 3", "Chris — 1 of 3")
                .containsSubsequence("Anna (left) — 3 (+0)", "Boris — 3 (+3)", "Chris — 2 (+1)");

        // Question 3: Boris goes on as host; Chris may not end the game; Anna, the group's owner, may reveal.
        borisThere.taps(reveal2, "Next question");
        borisThere.awaitReply(m -> m.text().startsWith("Group interview · question 3 of 3"));
        SentMessage count3 = borisThere.awaitReply(m -> m.text().startsWith("Answered: 0 of 2."));
        chrisThere.taps(count3, "End game");
        assertThat(chris.dm().awaitReply("Only the host").text())
                .isEqualTo("Only the host (Boris) or a manager of this chat can do that.");
        boris.sends(FULL);
        boris.dm().awaitReply("Your answer to question 3 is in.");
        borisThere.awaitReply(
                m -> m.messageId() == count3.messageId() && m.text().startsWith("Answered: 1 of 2."));
        annaThere.taps(message(count3), "Reveal now");
        SentMessage reveal3 = annaThere.awaitReply(m -> m.text().contains("Question 3 of 3: the answers"));
        assertThat(reveal3.text()).contains("The host revealed the answers early.");
        assertThat(reveal3.allButtons()).as("no next question after the last").isEmpty();

        SentMessage board = annaThere.awaitReply(m -> m.text().contains("final scoreboard"));
        assertThat(board.text())
                .contains("Questions played: 3.")
                .containsSubsequence("1. Boris — 6", "2. Anna (left) — 3", "3. Chris — 2");

        // Reports come privately.
        chrisThere.taps(board, "My report");
        SentMessage report = chris.dm().awaitReply("Your report: group interview");
        assertThat(report.text())
                .contains("Place 3 of 3 · 2 points")
                .contains("no answer")
                .contains("/ask drill-")
                .contains("scheduled for your review");
        borisThere.taps(board, "My report");
        assertThat(boris.dm().awaitReply("Your report").text()).contains("Place 1 of 3 · 6 points");

        // The group's leaderboard.
        chrisThere.sends("/leaderboard");
        SentMessage leaderboard = chrisThere.awaitReply(m -> m.hasButton("Week"));
        assertThat(leaderboard.text())
                .startsWith("Leaderboard: all time")
                .containsSubsequence("1. Boris — 6 points · games: 1", "2. Anna — 3 points", "3. Chris — 2 points");
        chrisThere.taps(leaderboard, "Week");
        assertThat(chrisThere
                        .awaitReply(m -> m.messageId() == leaderboard.messageId())
                        .text())
                .startsWith("Leaderboard: the last 7 days")
                .contains("1. Boris — 6 points");

        // Every question was posted once, and each count is one message edited in place.
        List<SentMessage> shown = group.messages();
        for (int n = 1; n <= 3; n++) {
            String header = "Group interview · question " + n + " of 3";
            assertThat(shown).filteredOn(m -> m.text().startsWith(header)).hasSize(1);
        }
        assertThat(shown).filteredOn(m -> m.text().startsWith("Answered:")).hasSize(3);
        assertThat(shown)
                .filteredOn(m -> m.text().contains("private message for you"))
                .as("one note to start a chat, however many private messages Chris missed")
                .hasSize(1);
        assertThat(sobes.telegram.violations()).isEmpty();
        assertThat(sobes.telegram.rateLimited()).isZero();
        assertThat(sobes.telegram.unansweredCallbacks()).isEmpty();
    }

    /** The message as it stands now. */
    private SentMessage message(SentMessage sent) {
        return group.messages().stream()
                .filter(m -> m.messageId() == sent.messageId())
                .findFirst()
                .orElseThrow();
    }
}
