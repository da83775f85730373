package dev.sobes.core.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Reply;
import dev.sobes.core.model.Grade;
import dev.sobes.core.store.AnswerRecord;
import dev.sobes.core.store.GradeRecord;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GroupGameTest {
    final Room room = new Room(TestBank.create());
    final Room.Member ann = room.member("1", "Ann");
    final Room.Member bob = room.member("2", "Bob");
    final Room.Member cid = room.member("3", "Cid");

    @Test
    void aGameOfThreeQuestionsWithThreePlayers() {
        ann.command("/group gen 3 2m");
        assertThat(room.shown())
                .contains("Group interview: Generated")
                .contains("all topics · Mixed · 3 questions · 2 min each")
                .contains("how many key points each player covered, not what they wrote")
                .contains("Host: Ann")
                .contains("Players (1): Ann");
        Reply lobby = room.last.get(0);
        assertThat(lobby.allButtons()).extracting("label").containsExactly("Join", "Leave", "Start");

        bob.press("Join");
        assertThat(room.last).singleElement().satisfies(edit -> {
            assertThat(edit.replace()).isTrue();
            assertThat(edit.key()).isEqualTo(lobby.key());
            assertThat(edit.text().plainText()).contains("Players (2): Ann, Bob");
        });
        cid.command("/join");
        assertThat(room.shown()).contains("Players (3): Ann, Bob, Cid");

        bob.press("Start");
        assertThat(bob.heard()).isEqualTo("Only the host (Ann) or a manager of this chat can do that.");
        assertThat(room.shown()).isEmpty();

        ann.press("Start");
        assertThat(room.shown())
                .contains("Started with 3 questions")
                .contains("Group interview · question 1 of 3")
                .contains("Answer privately")
                .contains("Answered: 0 of 3.");
        assertThat(room.wakesAt(Room.START.plusSeconds(120))).isTrue();

        // Ann answers in a private form, Bob in his direct chat (twice: the second replaces the first).
        ann.answerInForm("Answer", TestBank.FULL + ", as I recall");
        assertThat(ann.heard())
                .isEqualTo("Your answer to question 1 is in. Until the reveal you can send another one to replace it.");
        assertThat(room.shown()).isEqualTo("Answered: 1 of 3.");
        assertThat(room.last)
                .filteredOn(r -> r.privateTo() == null)
                .singleElement()
                .satisfies(status -> {
                    assertThat(status.replace()).isTrue();
                    assertThat(status.key()).endsWith("-s1");
                });

        bob.press("Answer");
        assertThat(bob.heard()).startsWith("Write your answer to question 1 here, in this chat with me");
        bob.whisper(TestBank.HALF);
        assertThat(bob.heard()).startsWith("Your answer to question 1 is in.");
        assertThat(room.shown()).isEqualTo("Answered: 2 of 3.");
        bob.whisper(TestBank.QUARTER);
        assertThat(bob.heard()).isEqualTo("Your new answer to question 1 replaced the earlier one.");
        assertThat(room.shown()).isEqualTo("Answered: 2 of 3.");

        // Cid answers with a reply in the group, where everyone can read it: the bot asks to remove it.
        room.clock.advance(Duration.ofSeconds(30));
        cid.say(TestBank.FULL);
        Reply removal = room.last.get(0);
        assertThat(removal.removeInput()).isTrue();
        assertThat(removal.privateTo()).isEqualTo(cid.id());
        assertThat(removal.text().plainText()).startsWith("Others in the chat can read the answer you wrote there");
        assertThat(cid.heard()).contains("Your answer to question 1 is in.");

        String reveal = room.shown();
        assertThat(reveal)
                .contains("Answered: 3 of 3. Everyone has answered.")
                .contains("Question 1 of 3: the answers")
                .contains("1. Point kappa")
                .contains("Reference answer of gen-")
                .containsSubsequence("Ann — 4 of 4: ✅✅✅✅", "Cid — 4 of 4: ✅✅✅✅", "Bob — 1 of 4: ✅❌❌❌")
                .contains("Scoreboard after question 1 of 3")
                .containsSubsequence("1. Ann — 4 (+4)", "2. Cid — 4 (+4)", "3. Bob — 1 (+1)")
                .doesNotContain("as I recall");
        assertThat(room.last.get(room.last.size() - 1).allButtons())
                .extracting("label")
                .containsExactly("Next question", "End game", "Join");

        // Question 2: Cid does not answer before the time is up.
        room.clock.advance(Duration.ofSeconds(10));
        ann.press("Next question");
        assertThat(room.shown()).contains("Group interview · question 2 of 3").contains("Answered: 0 of 3.");
        Instant deadline = Room.START.plusSeconds(40 + 120);
        assertThat(room.wakesAt(deadline)).isTrue();
        ann.answerInForm("Answer", TestBank.HALF);
        bob.whisper(TestBank.FULL);
        assertThat(room.shown()).isEqualTo("Answered: 2 of 3.");

        assertThat(room.tick(deadline.minusSeconds(60))).as("an early tick").isEmpty();
        room.clock.advance(Duration.ofMinutes(2));
        room.tick(deadline);
        assertThat(room.shown())
                .contains("Answered: 2 of 3. Time is up.")
                .containsSubsequence("Bob — 4 of 4", "Ann — 2 of 4", "Cid — no answer")
                .containsSubsequence("1. Ann — 6 (+2)", "2. Bob — 5 (+4)", "3. Cid — 4 (+0)");
        assertThat(room.tick(deadline)).as("the same tick again").isEmpty();

        cid.whisper(TestBank.FULL);
        assertThat(cid.heard())
                .as("no question is open: the direct chat keeps the text")
                .isEmpty();
        assertThat(room.shown()).isEqualTo("There is no open question right now. /practice starts one.");

        // The host leaves: Bob, who joined next, takes over.
        ann.command("/leave");
        assertThat(ann.heard()).isEqualTo("You left the game. Your points so far stay on the scoreboard.");
        assertThat(room.shown()).isEqualTo("Ann left the game; Bob is now the host.");
        ann.press("Next question");
        assertThat(ann.heard()).isEqualTo("Only the host (Bob) or a manager of this chat can do that.");

        bob.press("Next question");
        assertThat(room.shown()).contains("question 3 of 3").contains("Answered: 0 of 2.");
        bob.whisper(TestBank.FULL);
        cid.answerInForm("Answer", TestBank.HALF);
        String end = room.shown();
        assertThat(end)
                .contains("Question 3 of 3: the answers")
                .contains("Group interview over: final scoreboard")
                .contains("Questions played: 3.")
                .containsSubsequence("1. Bob — 9", "2. Ann (left) — 6", "3. Cid — 6")
                .doesNotContain("Next question");
        assertThat(room.last.get(room.last.size() - 1).allButtons())
                .extracting("label")
                .containsExactly("My report", "Leaderboard");

        cid.press("My report");
        assertThat(cid.heard())
                .contains("Your report: group interview")
                .contains("Place 3 of 3 · 6 points")
                .contains("no answer")
                .contains("missed: Point sigma; Point omega")
                .contains("/ask gen-")
                .contains("Every question is scheduled for your review");
        assertThat(room.shown()).isEmpty();
        Room.Member dan = room.member("4", "Dan");
        dan.press("My report");
        assertThat(dan.heard()).isEqualTo("You did not play in that game.");

        assertThat(room.progress.grades(cid.id()))
                .extracting(GradeRecord::grade)
                .containsExactly(Grade.EASY, Grade.AGAIN, Grade.GOOD);
        assertThat(room.progress.grades(bob.id())).noneMatch(GradeRecord::chosen);
        assertThat(room.progress.answers(bob.id()))
                .extracting(AnswerRecord::text)
                .containsExactly(TestBank.QUARTER, TestBank.FULL, TestBank.FULL);
        assertThat(room.groups.playing(bob.id())).isEmpty();

        bob.command("/next");
        assertThat(room.shown())
                .as("after the game, solo practice has the chat again")
                .isEqualTo("No practice is running. /practice starts one.");
    }

    @Test
    void answersAreShownAtTheRevealWhenTheGameIsOpen() {
        ann.command("/group gen 1 open");
        assertThat(room.shown()).contains("everyone sees what each player wrote: by joining you agree to that");
        bob.press("Join");
        ann.press("Start");
        ann.answerInForm("Answer", "kappa and lambda, I think");
        bob.whisper("sigma");
        assertThat(room.shown())
                .containsSubsequence("Ann — 2 of 4", "kappa and lambda, I think", "Bob — 1 of 4", "sigma")
                .contains("Group interview over");
    }

    @Test
    void anOutputQuestionScoresOneForTheRightOutput() {
        ann.command("/group print 1 90s");
        assertThat(room.shown()).contains("1 questions · 90 s each");
        bob.press("Join");
        ann.press("Start");
        assertThat(room.shown()).contains("fmt.Println(b[3], c[3])").contains("Type exactly what this program prints.");
        ann.whisper("5 5");
        bob.whisper("4 5");
        assertThat(room.shown())
                .contains("The program prints")
                .containsSubsequence("Ann — ✅ right", "Bob — ❌ wrong")
                .containsSubsequence("1. Ann — 1", "2. Bob — 0");
    }

    @Test
    void theCountOfAnswersIsOneMessageEditedInPlace() {
        ann.command("/group gen 2");
        bob.press("Join");
        cid.press("Join");
        ann.press("Start");
        String key = java.util.Objects.requireNonNull(room.message("g-", "-s1").key());
        ann.whisper(TestBank.FULL);
        bob.whisper(TestBank.FULL);
        bob.whisper(TestBank.HALF);
        long statusMessages = room.transcript.stream()
                .filter(r -> key.equals(r.key()))
                .filter(r -> !r.replace())
                .count();
        assertThat(statusMessages).isEqualTo(1);
        assertThat(room.transcript.stream().filter(r -> key.equals(r.key())))
                .extracting(r -> r.text().plainText())
                .containsExactly("Answered: 0 of 3.", "Answered: 1 of 3.", "Answered: 2 of 3.", "Answered: 2 of 3.");
    }

    @Test
    void aLateJoinerPlaysFromTheNextQuestion() {
        ann.command("/group gen 2");
        bob.press("Join");
        ann.press("Start");
        cid.press("Join");
        assertThat(cid.heard()).isEqualTo("You are in: you play from question 2.");
        assertThat(room.shown()).isEmpty();
        cid.whisper(TestBank.FULL);
        assertThat(cid.heard()).isEqualTo("You play from question 2: this one is not yours to answer.");
        ann.whisper(TestBank.FULL);
        bob.whisper(TestBank.FULL);
        assertThat(room.shown()).contains("Everyone has answered.").doesNotContain("Cid");
        ann.press("Next question");
        assertThat(room.shown()).contains("Answered: 0 of 3.");
        cid.whisper(TestBank.FULL);
        assertThat(cid.heard()).startsWith("Your answer to question 2 is in.");
    }

    @Test
    void theHostCanSkipRevealEarlyAndEnd() {
        ann.command("/group gen 3");
        bob.press("Join");
        ann.press("Start");
        ann.whisper(TestBank.FULL);
        ann.press("Skip question");
        assertThat(room.shown())
                .contains("The host skipped this question: it does not count.")
                .contains("question 2 of 3");
        assertThat(room.progress.grades(ann.id())).isEmpty();

        ann.whisper(TestBank.HALF);
        ann.command("/reveal");
        assertThat(room.shown())
                .contains("Answered: 1 of 2. The host revealed the answers early.")
                .containsSubsequence("Ann — 2 of 4", "Bob — no answer");

        ann.press("Next question");
        bob.whisper(TestBank.FULL);
        ann.command("/end");
        assertThat(room.shown())
                .contains("The game ended before this question was revealed: it does not count.")
                .contains("Questions played: 1.")
                .containsSubsequence("1. Ann — 2", "2. Bob — 0");
        assertThat(room.progress.answers(bob.id())).isEmpty();
    }

    @Test
    void anAnswerAfterTheDeadlineRevealsInsteadOfCounting() {
        ann.command("/group gen 2 1m");
        bob.press("Join");
        ann.press("Start");
        ann.whisper(TestBank.FULL);
        room.clock.advance(Duration.ofSeconds(61));
        bob.whisper(TestBank.FULL);
        assertThat(bob.heard()).isEqualTo("Too late: the time for this question is up.");
        assertThat(room.shown()).contains("Time is up.").contains("Bob — no answer");
        assertThat(room.tick(Room.START.plusSeconds(60)))
                .as("the tick that comes after")
                .isEmpty();
    }

    @Test
    void theLobbyPassesToTheNextPlayerAndClosesWhenEveryoneLeaves() {
        ann.command("/group gen");
        bob.press("Join");
        ann.press("Leave");
        assertThat(room.shown())
                .contains("Host: Bob")
                .contains("Players (1): Bob")
                .contains("Ann left the game; Bob is now the host.");
        ann.press("Start");
        assertThat(ann.heard()).isEqualTo("Only the host (Bob) or a manager of this chat can do that.");
        bob.press("Leave");
        assertThat(room.shown()).contains("This group interview was closed.");
        bob.command("/join");
        assertThat(bob.heard()).isEqualTo("There is no group interview here. /group opens one.");
        assertThat(room.groups.playing(ann.id())).isEmpty();
        assertThat(room.groups.playing(bob.id())).isEmpty();
    }

    @Test
    void openingAGameExplainsBadArguments() {
        ann.command("/group rust");
        assertThat(ann.heard())
                .startsWith("I don't understand: rust. Use /group [pack]")
                .contains("Packs: gen, print. Topics of gen: alpha, beta.");
        ann.command("/group 50");
        assertThat(ann.heard()).isEqualTo("A group interview has from 1 to 20 questions.");
        ann.command("/group 10s");
        assertThat(ann.heard())
                .isEqualTo("The time per question is from 30 seconds to 30 minutes, for example 90s or 2m.");
        ann.command("/group gen alpha junior 5 3m");
        assertThat(room.shown()).contains("Alpha · Junior · 5 questions · 3 min each");
        ann.press("Start");
        assertThat(room.shown())
                .as("only two questions match")
                .contains("Started with 2 questions")
                .contains("question 1 of 2 · Alpha · Junior");
    }

    @Test
    void groupCommandsNeedAGroupChat() {
        room.input(new dev.sobes.core.chat.Command(ann.direct(), ann.person, "group", java.util.List.of()));
        assertThat(Room.join(room.last))
                .isEqualTo("Group interviews run in a group chat, a channel or a thread: add me there and use /group.");
    }

    @Test
    void helpListsTheGroupCommands() {
        ann.command("/help");
        assertThat(room.shown())
                .contains("/practice [pack] [topic] [level]")
                .contains("Group interviews (in a group chat, channel or thread)")
                .contains("/group [pack] [topic] [level] [N] [Nm] [open]")
                .contains("/leaderboard [week|month|all]")
                .contains("/interview [@member] [pack] [N]");
    }

    @Test
    void whenTheLastPlayerOfAQuestionLeavesItIsRevealedForThoseWhoJoinedLater() {
        ann.command("/group gen 2");
        ann.press("Start");
        bob.press("Join");
        assertThat(bob.heard()).isEqualTo("You are in: you play from question 2.");
        ann.command("/leave");
        assertThat(room.shown())
                .contains("Ann left the game; Bob is now the host.")
                .contains("Question 1 of 2: the answers")
                .contains("Nobody was playing this question.");
        bob.press("Next question");
        assertThat(room.shown()).contains("question 2 of 2").contains("Answered: 0 of 1.");
    }
}
