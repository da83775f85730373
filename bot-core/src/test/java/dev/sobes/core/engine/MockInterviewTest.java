package dev.sobes.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Tick;
import dev.sobes.core.model.Grade;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.store.GradeRecord;
import dev.sobes.core.store.InMemoryProgressStore;
import dev.sobes.core.store.InMemorySessionStore;
import dev.sobes.core.store.InMemoryStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MockInterviewTest {
    static final Instant START = Instant.parse("2026-11-27T10:00:00Z");
    static final Pattern HEADER = Pattern.compile("Mock interview · question (\\d+) of (\\d+) · (\\w+) · (\\w+)");

    final MutableClock clock = new MutableClock(START);
    final InMemoryProgressStore progress = new InMemoryProgressStore();
    final InMemoryStore store = new InMemoryStore(new InMemorySessionStore(), progress);

    Chat chat(QuestionBank bank) {
        Engine engine = new Engine(
                () -> bank,
                store,
                clock,
                2026,
                new ActionCodec("mock interview test secret".getBytes(StandardCharsets.UTF_8)));
        return new Chat(engine, "1", "en");
    }

    /** The level shown on the newest question card. */
    static String level(Chat chat) {
        Matcher m = HEADER.matcher(chat.text());
        assertThat(m.find()).as(chat.text()).isTrue();
        return m.group(4);
    }

    static String topic(Chat chat) {
        Matcher m = HEADER.matcher(chat.text());
        assertThat(m.find()).as(chat.text()).isTrue();
        return m.group(3);
    }

    @Test
    void theLevelFollowsTheAnswersAndTheReportEstimatesIt() {
        Chat chat = chat(GeneratedBank.create());
        chat.send("/mock gen 6");
        assertThat(chat.text())
                .contains("Mock interview: Generated")
                .contains("6 questions across the topics, starting at middle level")
                .contains("There is no time limit.");
        assertThat(chat.text()).contains("question 1 of 6");
        assertThat(chat.lastLabels()).containsExactly("Skip", "Stop");

        List<String> levels = new ArrayList<>();
        List<String> topics = new ArrayList<>();
        String[] answers = {
            GeneratedBank.FULL,
            GeneratedBank.FULL,
            GeneratedBank.QUARTER,
            GeneratedBank.QUARTER,
            GeneratedBank.HALF,
            GeneratedBank.HALF
        };
        for (String answer : answers) {
            levels.add(level(chat));
            topics.add(topic(chat));
            chat.send(answer);
            assertThat(chat.text()).doesNotContain("Reference answer");
        }
        assertThat(levels).containsExactly("Middle", "Senior", "Senior", "Middle", "Junior", "Junior");
        assertThat(topics.subList(0, 3)).doesNotHaveDuplicates();
        assertThat(topics.subList(3, 6)).isEqualTo(topics.subList(0, 3));

        String report = chat.text();
        assertThat(report)
                .contains("Answer 6 of 6 recorded.")
                .contains("Mock interview report")
                .contains("Key points covered overall: 58% over 6 questions.")
                .contains("Estimated level: Senior — the highest level whose questions you covered at 60% or more "
                        + "(Junior questions: 50% (2); Middle questions: 63% (2); Senior questions: 63% (2)).")
                .contains("To review")
                .contains("/ask gen-")
                .contains("Every question of this interview is scheduled for spaced review");
        assertThat(progress.grades(chat.person.id()))
                .extracting(GradeRecord::grade)
                .containsExactly(Grade.EASY, Grade.EASY, Grade.HARD, Grade.HARD, Grade.GOOD, Grade.GOOD);
        assertThat(progress.grades(chat.person.id())).noneMatch(GradeRecord::chosen);

        chat.send("kappa");
        assertThat(chat.text()).isEqualTo("There is no open question right now. /practice starts one.");
    }

    @Test
    void aTimedQuestionEndsWhenItsTickComes() {
        Chat chat = chat(GeneratedBank.create());
        chat.send("/mock 3 2m");
        assertThat(chat.text())
                .contains("You have 2 min for each question.")
                .contains("Time for this question: 2 min.");
        assertThat(store.wakeups(START.plusSeconds(119))).isEmpty();
        assertThat(store.wakeups(START.plusSeconds(120))).containsExactly(chat.conversation);

        clock.advance(Duration.ofSeconds(60));
        assertThat(chat.engine.handle(new Tick(chat.conversation, clock.instant())))
                .isEmpty();

        clock.advance(Duration.ofSeconds(60));
        chat.input(new Tick(chat.conversation, clock.instant()));
        assertThat(chat.text()).startsWith("Time is up for this question.").contains("question 2 of 3");
        assertThat(level(chat)).isEqualTo("Junior");
        assertThat(store.wakeups(START.plusSeconds(239))).isEmpty();
        assertThat(store.wakeups(START.plusSeconds(240))).containsExactly(chat.conversation);

        clock.advance(Duration.ofSeconds(121));
        chat.send(GeneratedBank.FULL);
        assertThat(chat.text()).startsWith("Time is up for this question.").contains("question 3 of 3");

        chat.input(new Tick(chat.conversation, START.plusSeconds(240)));
        assertThat(chat.last).as("a late tick for a question already timed out").isEmpty();

        chat.send(GeneratedBank.FULL);
        assertThat(chat.text()).contains("Key points covered overall: 33% over 3 questions.");
    }

    @Test
    void stopEndsEarlyWithTheReportSoFarAndHintsAreNotGiven() {
        Chat chat = chat(GeneratedBank.create());
        chat.send("/mock");
        chat.send("/hint");
        assertThat(chat.text())
                .isEqualTo("There are no hints in a mock interview. Answer as well as you can, or /skip.");
        chat.send(GeneratedBank.HALF);
        chat.press("Skip");
        assertThat(chat.text()).startsWith("Skipped.").contains("question 3 of 8");
        chat.send("/stop");
        assertThat(chat.text())
                .contains("Mock interview report")
                .contains("Key points covered overall: 25% over 2 questions.");
        chat.send("/stop");
        assertThat(chat.text()).isEqualTo("Nothing to stop. /practice starts a practice.");
    }

    @Test
    void stoppingBeforeTheFirstAnswerEndsQuietly() {
        Chat chat = chat(GeneratedBank.create());
        chat.send("/mock 3");
        chat.send("/stop");
        assertThat(chat.text()).isEqualTo("Stopped. /practice starts again.");
        assertThat(progress.grades(chat.person.id())).isEmpty();
    }

    @Test
    void badArgumentsAreExplained() {
        Chat chat = chat(GeneratedBank.create());
        chat.send("/mock 50");
        assertThat(chat.text()).isEqualTo("A mock interview has from 3 to 20 questions.");
        chat.send("/mock rust");
        assertThat(chat.text()).startsWith("I don't understand: rust. Use /mock [pack]");
    }

    @Test
    void practiceDuringAMockInterviewLeavesIt() {
        Chat chat = chat(GeneratedBank.create());
        chat.send("/mock 3");
        chat.send("/practice gen alpha junior");
        assertThat(chat.text()).startsWith("Alpha · Junior · question");
        chat.send(GeneratedBank.HALF);
        assertThat(chat.text()).contains("Key points covered: 2 of 4").contains("Reference answer");
    }
}
