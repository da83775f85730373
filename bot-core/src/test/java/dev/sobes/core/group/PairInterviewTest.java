package dev.sobes.core.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.ButtonPress;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.model.Grade;
import dev.sobes.core.store.AnswerRecord;
import dev.sobes.core.store.GradeRecord;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PairInterviewTest {
    final Room room = new Room(TestBank.create());
    final Room.Member ann = room.member("1", "Ann");
    final Room.Member bob = room.member("2", "Bob");
    final Room.Member cid = room.member("3", "Cid");

    @Test
    void theInterviewerSeesTheKeyPointsAndTheCandidateGetsTheReport() {
        ann.command("/interview " + Command.mention(bob.id()) + " gen 2");
        assertThat(room.shown())
                .isEqualTo("Ann wants to interview a member: 2 questions from Generated. "
                        + "The invited member presses Ready when they are.");
        cid.press("Ready");
        assertThat(cid.heard()).isEqualTo("The interviewer invited another member to this interview.");
        ann.press("Ready");
        assertThat(ann.heard()).isEqualTo("You cannot interview yourself.");

        bob.press("Ready");
        assertThat(room.shown())
                .contains("Ann interviews Bob.")
                .contains("Interview · question 1 of 2")
                .contains("Bob, answer aloud or in writing")
                .doesNotContain("Point kappa")
                .doesNotContain("Reference answer");
        Reply panel = ann.lastPrivate();
        assertThat(panel.text().plainText())
                .contains("For you only: question 1 of 2")
                .contains("⬜ 1. Point kappa")
                .contains("Reference answer of gen-")
                .contains("Follow-up questions")
                .contains("What does this program print?");
        assertThat(panel.allButtons())
                .extracting("label")
                .containsExactly("⬜ 1", "⬜ 2", "⬜ 3", "⬜ 4", "Next question", "End interview");

        room.input(new ButtonPress(room.chat, bob.person, ann.button("⬜ 1").action()));
        assertThat(bob.heard())
                .as("a button of the interviewer's private panel, pressed by the candidate")
                .isEqualTo("Only the interviewer (Ann) can do that.");
        bob.command("/next");
        assertThat(bob.heard()).isEqualTo("Only the interviewer (Ann) can do that.");

        // On Telegram the panel is a direct message, so its buttons come back from Ann's direct chat.
        ann.pressPrivately("⬜ 1");
        ann.pressPrivately("⬜ 3");
        Reply ticked = ann.lastPrivate();
        assertThat(ticked.replace()).isTrue();
        assertThat(ticked.key()).isEqualTo(panel.key());
        assertThat(ticked.text().plainText()).contains("✅ 1. Point kappa").contains("⬜ 2. Point lambda");
        assertThat(room.shown()).isEmpty();

        bob.say("I think it blocks");
        assertThat(room.last)
                .as("the candidate's written answer is for the interviewer to read")
                .isEmpty();

        ann.pressPrivately("Next question");
        assertThat(room.shown()).contains("Interview · question 2 of 2");
        assertThat(ann.lastPrivate().allButtons()).extracting("label").contains("Finish");
        for (String label : new String[] {"⬜ 1", "⬜ 2", "⬜ 3", "⬜ 4"}) {
            ann.pressPrivately(label);
        }
        ann.pressPrivately("Finish");
        assertThat(room.shown())
                .isEqualTo("Interview over. Questions asked: 2. Bob, your report was sent to you privately; "
                        + "press My report to see it again.");
        assertThat(bob.heard())
                .contains("Interview report: Bob, interviewed by Ann")
                .contains("Key points covered: 75% over 2 questions.")
                .contains("2 of 4: ✅❌✅❌")
                .contains("missed: Point lambda; Point omega")
                .contains("4 of 4: ✅✅✅✅");

        assertThat(room.progress.grades(bob.id()))
                .extracting(GradeRecord::grade)
                .containsExactly(Grade.GOOD, Grade.EASY);
        assertThat(room.progress.answers(bob.id()))
                .extracting(AnswerRecord::coveredPoints)
                .containsExactly(2, 4);
        assertThat(room.progress.grades(ann.id())).isEmpty();

        bob.press("My report");
        assertThat(bob.heard()).contains("Key points covered: 75% over 2 questions.");
        cid.press("My report");
        assertThat(cid.heard()).isEqualTo("This report is only for the candidate and the interviewer.");
        assertThat(room.groups.interviews(bob.id(), ann.id())).hasSize(1);
    }

    @Test
    void thePairsHistoryIsKept() {
        ann.command("/interview " + Command.mention(bob.id()) + " gen 1");
        bob.press("Ready");
        ann.pressPrivately("⬜ 1");
        ann.pressPrivately("Finish");

        room.clock.advance(Duration.ofDays(1));
        ann.command("/interview " + Command.mention(bob.id()) + " gen 1");
        bob.press("Ready");
        assertThat(ann.heard())
                .contains("Interviews you two had before: 1; the last one covered 25% of the key points.");
        ann.pressPrivately("⬜ 1");
        ann.pressPrivately("⬜ 2");
        ann.pressPrivately("Finish");
        assertThat(bob.heard()).contains("Your interviews with each other: 2 (key points covered: 25% → 50%).");
    }

    @Test
    void withoutAMentionAnyoneButTheInterviewerMayTakeTheSeat() {
        ann.command("/interview gen 1");
        assertThat(room.shown()).contains("Whoever wants to be the candidate, press Ready.");
        cid.press("Ready");
        assertThat(room.shown()).contains("Ann interviews Cid.");
        bob.press("Ready");
        assertThat(bob.heard()).isEqualTo("Cid has already taken the candidate's seat.");
    }

    @Test
    void theCandidateOrAManagerMayEndItButNobodyElse() {
        ann.command("/interview " + Command.mention(bob.id()) + " gen 3");
        bob.press("Ready");
        cid.command("/end");
        assertThat(cid.heard()).isEqualTo("Only the interviewer (Ann) can do that.");
        ann.pressPrivately("⬜ 2");
        bob.command("/end");
        assertThat(room.shown()).startsWith("Interview over. Questions asked: 1.");
        assertThat(room.progress.grades(bob.id()))
                .extracting(GradeRecord::grade)
                .containsExactly(Grade.HARD);

        ann.command("/interview gen 3");
        room.manager("9", "Mia").command("/end");
        assertThat(room.shown()).isEqualTo("The interview was called off.");
        assertThat(room.groups.playing(ann.id())).isEmpty();
    }

    @Test
    void oneChatHoldsOneInterviewOrGameAtATime() {
        ann.command("/interview gen 2");
        bob.command("/group gen");
        assertThat(bob.heard()).isEqualTo("An interview between members is running here. It ends with /end.");
        bob.command("/interview gen");
        assertThat(bob.heard()).isEqualTo("An interview between members is running here. It ends with /end.");
        ann.command("/interview " + Command.mention(ann.id()));
        assertThat(ann.heard()).isEqualTo("An interview between members is running here. It ends with /end.");
        ann.command("/end");
        ann.command("/interview " + Command.mention(ann.id()));
        assertThat(ann.heard()).isEqualTo("You cannot interview yourself.");
    }
}
