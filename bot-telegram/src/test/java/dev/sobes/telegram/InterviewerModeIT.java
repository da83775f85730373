package dev.sobes.telegram;

import static dev.sobes.telegram.GroupUnderTest.FULL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.testkit.telegram.ChatView;
import dev.sobes.testkit.telegram.FakeGroup;
import dev.sobes.testkit.telegram.FakeUser;
import dev.sobes.testkit.telegram.SentMessage;
import dev.sobes.testkit.telegram.UserMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One member interviews another in a Telegram group: the candidate is named by a mention or by
 * replying to their message, the questions appear in the group, and only the interviewer sees the
 * key points, in a private chat, where they tick what the candidate covered.
 */
class InterviewerModeIT {
    private final GroupUnderTest sobes =
            GroupUnderTest.start(BotUnderTest.fake().start());
    private final FakeGroup group = sobes.telegram.group(-100600, "Pairs");
    private final FakeUser anna = sobes.telegram.user(7, "Anna").language("en");
    private final FakeUser boris = sobes.telegram.user(8, "Boris").language("en");
    private final FakeUser chris =
            sobes.telegram.user(9, "Chris").language("en").username("chris_k");
    private final ChatView annaThere = anna.in(group);
    private final ChatView borisThere = boris.in(group);
    private final ChatView chrisThere = chris.in(group);

    @AfterEach
    void stop() {
        sobes.close();
    }

    private static void started(FakeUser person) {
        person.sends("/start");
        person.dm().awaitReply(m -> m.hasButton("Practice"));
    }

    @Test
    void theInterviewerMentionsTheCandidateAndTicksWhatTheyCoveredInPrivate() {
        started(anna);
        started(boris);
        started(chris);

        // Boris has no username: Anna picks him from the member list, a mention by id.
        annaThere.sendsMentioning("/interview ", boris, " drill 2");
        SentMessage invite = annaThere.awaitReply(m -> m.hasButton("Ready"));
        assertThat(invite.text()).startsWith("Anna wants to interview a member: 2 questions from Drill pack.");

        chrisThere.taps(invite, "Ready");
        assertThat(chris.dm().awaitReply("invited another member").text())
                .isEqualTo("The interviewer invited another member to this interview.");

        borisThere.taps(invite, "Ready");
        borisThere.awaitReply(
                m -> m.messageId() == invite.messageId() && m.text().startsWith("Anna interviews Boris"));
        SentMessage question = borisThere.awaitReply(m -> m.text().startsWith("Interview · question 1 of 2"));
        assertThat(question.text())
                .contains("Boris, answer aloud or in writing")
                .doesNotContain("kappa");
        SentMessage panel = anna.dm().awaitReply(m -> m.text().startsWith("For you only: question 1 of 2"));
        assertThat(panel.text()).contains("The kappa part").contains("Reference answer");
        assertThat(panel.allButtons())
                .extracting("text")
                .containsExactly("⬜ 1", "⬜ 2", "⬜ 3", "Next question", "End interview");

        // Boris answers in writing: the bot leaves that to the interviewer.
        borisThere.repliesTo(question, FULL);

        anna.dm().taps(panel, "⬜ 1");
        SentMessage ticked = anna.dm().awaitReply(m -> m.messageId() == panel.messageId() && m.hasButton("✅ 1"));
        anna.dm().taps(ticked, "⬜ 3");
        SentMessage twoTicked = anna.dm().awaitReply(m -> m.messageId() == panel.messageId() && m.hasButton("✅ 3"));
        anna.dm().taps(twoTicked, "Next question");
        annaThere.awaitReply(m -> m.text().startsWith("Interview · question 2 of 2"));
        SentMessage panel2 = anna.dm().awaitReply(m -> m.text().startsWith("For you only: question 2 of 2"));
        assertThat(panel2.hasButton("Finish")).isTrue();
        for (String point : new String[] {"⬜ 1", "⬜ 2", "⬜ 3"}) {
            anna.dm().taps(point);
            String mark = "✅" + point.substring(1);
            anna.dm().awaitReply(m -> m.messageId() == panel2.messageId() && m.hasButton(mark));
        }
        anna.dm().taps("Finish");

        SentMessage over = annaThere.awaitReply(m -> m.text().startsWith("Interview over."));
        assertThat(over.text()).contains("Questions asked: 2. Boris, your report was sent to you privately");
        SentMessage report = boris.dm().awaitReply("Interview report");
        assertThat(report.text())
                .startsWith("Interview report: Boris, interviewed by Anna")
                .contains("Key points covered: 83% over 2 questions.")
                .contains("missed: The lambda part");

        borisThere.taps(over, "My report");
        boris.dm()
                .awaitReply(m -> m.messageId() > report.messageId() && m.text().startsWith("Interview report"));
        assertThat(group.messages())
                .as("the key points never appear in the group")
                .noneMatch(m -> m.text().contains("The kappa part"));
        assertThat(sobes.telegram.violations()).isEmpty();
        assertThat(sobes.telegram.unansweredCallbacks()).isEmpty();
    }

    @Test
    void aCandidateIsNamedByReplyingToTheirMessageOrByAUsernameTheBotHasSeen() {
        FakeUser dana = sobes.telegram.user(10, "Dana").language("en");
        group.owner(dana);
        started(anna);

        // The bot has never seen @chris_k: it cannot tell who that is, and says what to do instead.
        annaThere.sends("/interview @chris_k drill 1");
        assertThat(annaThere.awaitReply("I don't know who").text())
                .startsWith("I don't know who @chris_k is yet")
                .contains("Send /interview as a reply to one of their messages");

        // A reply to one of Chris's messages names him.
        UserMessage hello = chrisThere.sends("Anyone up for a mock interview?");
        annaThere.repliesTo(hello, "/interview drill 1");
        SentMessage invite = annaThere.awaitReply(m -> m.hasButton("Ready"));
        assertThat(invite.text()).startsWith("Anna wants to interview a member");
        borisThere.taps(invite, "Ready");
        chrisThere.taps(invite, "Ready");
        chrisThere.awaitReply(m -> m.text().startsWith("Anna interviews Chris"));

        // The group's owner may end an interview she is not in.
        dana.in(group).sends("/end");
        dana.in(group).awaitReply("The interview ended before any question was marked.");

        // Chris has used the bot's buttons now, so his username names him.
        annaThere.sends("/interview @chris_k drill 1");
        SentMessage again = annaThere.awaitReply(m -> m.hasButton("Ready"));
        chrisThere.taps(again, "Ready");
        chrisThere.awaitReply(m -> m.text().startsWith("Anna interviews Chris"));
        assertThat(sobes.telegram.violations()).isEmpty();
    }
}
