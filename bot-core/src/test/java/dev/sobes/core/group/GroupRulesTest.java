package dev.sobes.core.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.ButtonPress;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.store.GradeRecord;
import org.junit.jupiter.api.Test;

/** Fairness and safety: who may do what in a group interview. */
class GroupRulesTest {
    final Room room = new Room(TestBank.create());
    final Room.Member ann = room.member("1", "Ann");
    final Room.Member bob = room.member("2", "Bob");
    final Room.Member dan = room.member("4", "Dan");

    void twoPlayersAtQuestionOne() {
        ann.command("/group gen 3");
        bob.press("Join");
        ann.press("Start");
    }

    @Test
    void onlyTheHostControlsTheGame() {
        ann.command("/group gen 3");
        bob.press("Join");
        String refused = "Only the host (Ann) or a manager of this chat can do that.";
        bob.command("/begin");
        assertThat(bob.heard()).isEqualTo(refused);
        bob.press("Start");
        assertThat(bob.heard()).isEqualTo(refused);
        ann.press("Start");

        bob.command("/reveal");
        assertThat(bob.heard()).isEqualTo(refused);
        bob.press("Reveal now");
        assertThat(bob.heard()).isEqualTo(refused);
        bob.command("/next");
        assertThat(bob.heard()).isEqualTo(refused);
        bob.press("Skip question");
        assertThat(bob.heard()).isEqualTo(refused);
        bob.command("/end");
        assertThat(bob.heard()).isEqualTo(refused);
        bob.press("End game");
        assertThat(bob.heard()).isEqualTo(refused);
        assertThat(room.shown()).isEmpty();

        ann.command("/reveal");
        assertThat(room.shown()).contains("The host revealed the answers early.");
        bob.press("Next question");
        assertThat(bob.heard()).isEqualTo(refused);
        bob.press("End game");
        assertThat(bob.heard()).isEqualTo(refused);
    }

    @Test
    void aManagerOfTheChatMayControlAGameTheyDoNotHost() {
        Room.Member mia = room.manager("9", "Mia");
        ann.command("/group gen 3");
        bob.press("Join");
        mia.press("Start");
        assertThat(room.shown()).contains("question 1 of 3");
        mia.press("Skip question");
        assertThat(room.shown()).contains("The host skipped this question").contains("question 2 of 3");
        mia.command("/reveal");
        assertThat(room.shown()).contains("Question 2 of 3: the answers");
        mia.command("/end");
        assertThat(room.shown()).contains("Group interview over");
    }

    @Test
    void oneChatRunsOneGameAtATime() {
        ann.command("/group gen");
        bob.command("/group gen 3");
        assertThat(bob.heard())
                .isEqualTo("A group interview is already running here (host: Ann). One chat runs one game at a time.");
        bob.command("/interview");
        assertThat(bob.heard())
                .isEqualTo("A group interview is running here. The host (or a manager of the chat) ends it with /end.");
        bob.command("/practice");
        assertThat(bob.heard()).startsWith("A group interview is running here.");
        assertThat(room.shown()).isEmpty();

        Conversation thread = new Conversation(Platform.TELEGRAM, room.chat.chatId(), "77", true);
        room.input(new dev.sobes.core.chat.Command(thread, bob.person, "group", java.util.List.of("gen")));
        assertThat(Room.join(room.last)).as("a thread is a chat of its own").contains("Host: Bob");
    }

    @Test
    void aSecondAnswerReplacesTheFirstAndNoneIsTakenAfterTheReveal() {
        twoPlayersAtQuestionOne();
        bob.whisper(TestBank.FULL);
        bob.whisper(TestBank.QUARTER);
        ann.whisper(TestBank.HALF);
        assertThat(room.shown()).contains("Bob — 1 of 4").contains("Ann — 2 of 4");
        bob.whisper(TestBank.FULL);
        assertThat(room.shown())
                .as("no question is open, so the direct chat keeps the text")
                .isEqualTo("There is no open question right now. /practice starts one.");
        bob.command("/join");
        bob.say(TestBank.FULL);
        assertThat(bob.heard()).isEqualTo("There is no open question right now. Wait for the next one.");
        assertThat(room.progress.answers(bob.id())).hasSize(1);
    }

    @Test
    void onlyParticipantsAnswerAndEachForThemselves() {
        twoPlayersAtQuestionOne();
        dan.answerInForm("Answer", TestBank.FULL);
        assertThat(dan.heard())
                .isEqualTo("You are not playing this question. Join between questions with the Join button (/join).");
        dan.say(TestBank.FULL);
        assertThat(dan.heard()).startsWith("You are not playing this question.");
        dan.press("Answer");
        assertThat(dan.heard()).startsWith("You are not playing this question.");
        dan.whisper(TestBank.FULL);
        assertThat(room.shown())
                .as("a direct chat of someone not playing stays their own")
                .isEqualTo("There is no open question right now. /practice starts one.");
        assertThat(room.message("g-", "-s1").text().plainText()).isEqualTo("Answered: 0 of 2.");

        // Bob submits a form opened from the same button: the answer is his, not Ann's.
        bob.answerInForm("Answer", TestBank.FULL);
        assertThat(room.message("g-", "-s1").text().plainText()).isEqualTo("Answered: 1 of 2.");
        ann.whisper(TestBank.QUARTER);
        assertThat(room.shown()).contains("Bob — 4 of 4").contains("Ann — 1 of 4");
        assertThat(room.progress.grades(dan.id())).isEmpty();
    }

    @Test
    void aFormOfAnEarlierQuestionOrAnotherChatIsRefused() {
        twoPlayersAtQuestionOne();
        String firstQuestion = ann.button("Answer").action();
        ann.command("/next");
        assertThat(room.shown()).contains("question 2 of 3");
        room.input(new TextMessage(room.chat, bob.person, TestBank.FULL, null, firstQuestion));
        assertThat(bob.heard()).isEqualTo("That question is closed; this answer was not taken.");

        room.input(new TextMessage(room.chat, bob.person, TestBank.FULL, null, "g:x:ans:2.AAAAAAAAAAAA"));
        assertThat(bob.heard()).startsWith("That button is not one I can accept here");

        Conversation other = new Conversation(Platform.TELEGRAM, "-2002", null, true);
        room.input(new ButtonPress(other, bob.person, ann.button("End game").action()));
        assertThat(Room.join(room.last)).startsWith("That button is not one I can accept here");
        assertThat(room.message("g-", "-s2").text().plainText()).isEqualTo("Answered: 0 of 2.");
    }

    @Test
    void aButtonOfAnEarlierQuestionNoLongerActs() {
        twoPlayersAtQuestionOne();
        String skipFirst = ann.button("Skip question").action();
        ann.press("Skip question");
        assertThat(room.shown()).contains("question 2 of 3");
        room.input(new ButtonPress(room.chat, ann.person, skipFirst));
        assertThat(ann.heard()).isEqualTo("That button belongs to an earlier question; it no longer applies.");
        assertThat(room.shown()).isEmpty();
    }

    @Test
    void aButtonOfAFinishedGameDoesNotJoinTheNextOne() {
        ann.command("/group gen 1");
        String joinFirst = ann.button("Join").action();
        ann.command("/end");
        ann.command("/group gen 1");
        room.input(new ButtonPress(room.chat, bob.person, joinFirst));
        assertThat(bob.heard()).isEqualTo("That game is over. /group opens a new one.");
        assertThat(room.shown()).isEmpty();
    }

    @Test
    void joiningTwiceOrLeavingWithoutJoiningIsExplained() {
        ann.command("/group gen");
        ann.press("Join");
        assertThat(ann.heard()).isEqualTo("You are already in this game.");
        bob.press("Leave");
        assertThat(bob.heard()).isEqualTo("You are not in this game.");
        assertThat(room.shown()).isEmpty();
    }

    @Test
    void timedOutParticipantsGetTheQuestionBackForReview() {
        twoPlayersAtQuestionOne();
        ann.whisper(TestBank.FULL);
        room.clock.advance(java.time.Duration.ofMinutes(2));
        room.tick(room.clock.instant());
        assertThat(room.shown()).contains("Bob — no answer");
        assertThat(room.progress.grades(bob.id()))
                .singleElement()
                .satisfies(g -> assertThat(g.grade()).isEqualTo(dev.sobes.core.model.Grade.AGAIN))
                .extracting(GradeRecord::chosen)
                .isEqualTo(false);
    }
}
