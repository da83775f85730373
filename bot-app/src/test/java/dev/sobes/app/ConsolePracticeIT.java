package dev.sobes.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The packaged launcher in terminal mode, driven through its standard streams as a person would. */
class ConsolePracticeIT {
    static final String MINI = TerminalProcess.repo()
            .resolve("bot-app/src/test/resources/practice-pack")
            .toString();

    /** The number shown before a choice's label, as in "[3] Good". */
    static String choice(String screen, String label) {
        Matcher m = Pattern.compile("\\[(\\d+)] " + Pattern.quote(label) + "(\\s|$)")
                .matcher(screen);
        assertThat(m.find()).as("choice '%s' on screen:%n%s", label, screen).isTrue();
        return m.group(1);
    }

    @Test
    void wholePracticeFromStartToSummary() throws Exception {
        try (TerminalProcess terminal =
                TerminalProcess.start(Map.of("SOBES_CONTENT_DIR", MINI, "SOBES_LANG", "en", "SOBES_SEED", "3"))) {
            String menu = terminal.screen();
            assertThat(menu).contains("Welcome to Sobes").contains("[1] Practice");

            String topics = terminal.type(choice(menu, "Practice"));
            assertThat(topics).contains("Choose a topic in Mini pack:").contains("All topics");
            String levels = terminal.type(choice(topics, "Channels"));
            assertThat(levels).contains("[1] Junior");
            String card = terminal.type(choice(levels, "Junior"));
            assertThat(card).contains("Channels · Junior · question 1");

            String feedback = answer(terminal, card);
            String graded = terminal.type(choice(feedback, "Good"));
            assertThat(graded).contains("Your grade: Good. Saved.");

            String second = terminal.type(choice(graded, "Next"));
            assertThat(second).contains("Channels · Junior · question 2");
            answer(terminal, second);

            String summary = terminal.type("/stop");
            assertThat(summary)
                    .contains("Practice summary")
                    .contains("answered: 2")
                    .contains("key points covered: 67%")
                    .contains("programs read correctly: 1");
            terminal.send("/quit");
            assertThat(terminal.finish()).isZero();
            assertThat(terminal.stdout()).endsWith("Bye.\n");
        }
    }

    /** Answers whichever question the card shows: two of three key points, or the exact output. */
    private static String answer(TerminalProcess terminal, String card) {
        if (card.contains("What does this program print?")) {
            terminal.send("1\\");
            String feedback = terminal.type("2");
            assertThat(feedback).contains("✅ Correct: that is exactly what the program prints.");
            return feedback;
        }
        String feedback = terminal.type("The sender blocks until a receiver takes the value.");
        assertThat(feedback)
                .contains("Key points covered: 2 of 3")
                .contains("✅ The send blocks")
                .contains("✅ Until a receiver takes the value")
                .contains("❌ It synchronises two goroutines")
                .contains("Reference answer")
                .contains("The send blocks the goroutine until another goroutine receives the value.");
        return feedback;
    }

    @Test
    void aTimedQuestionRunsOutOnScreenWithoutAnyInput() throws Exception {
        try (TerminalProcess terminal = TerminalProcess.start(Map.of("SOBES_CONTENT_DIR", MINI, "SOBES_LANG", "en"))) {
            terminal.screen();
            String first = terminal.type("/mock mini 3 5s");
            assertThat(first)
                    .contains("You have 5 s for each question.")
                    .contains("Mock interview · question 1 of 3")
                    .contains("Time for this question: 5 s.");
            String timedOut = terminal.screen();
            assertThat(timedOut).contains("Time is up for this question.").contains("question 2 of 3");
            String report = terminal.type("/stop");
            assertThat(report).contains("Mock interview report").contains("over 1 questions");
            terminal.send("/quit");
            assertThat(terminal.finish()).isZero();
        }
    }

    @Test
    void answersPipedInAllAtOnceAreTakenInOrder() throws Exception {
        try (TerminalProcess terminal = TerminalProcess.start(Map.of("SOBES_CONTENT_DIR", MINI, "SOBES_LANG", "ru"))) {
            terminal.send("/ask mini-channels-print\n1\\\n3\n/hint\n/ask mini-channels-unbuffered\n/hint\n"
                    + "Отправитель блокируется, пока получатель не примет значение; это синхронизация\n/stop");
            assertThat(terminal.finish()).isZero();
            String out = terminal.stdout();
            assertThat(out)
                    .contains("Добро пожаловать в Собес")
                    .contains("❌ Не совсем. Программа выведет:")
                    .contains("Сейчас нет открытого вопроса")
                    .contains("Подсказка 1 из 4: Где лежит значение, если буфера нет?")
                    .contains("Раскрыто ключевых пунктов: 3 из 3")
                    .contains("Итоги тренировки")
                    .contains("отвечено: 2");
            assertThat(out.indexOf("Не совсем")).isLessThan(out.indexOf("Раскрыто ключевых пунктов"));
        }
    }

    @Test
    void theRealPacksCanBePractised() throws Exception {
        String content = TerminalProcess.repo().resolve("content").toString();
        try (TerminalProcess terminal =
                TerminalProcess.start(Map.of("SOBES_CONTENT_DIR", content, "SOBES_LANG", "en"))) {
            terminal.screen();
            String card = terminal.type("/practice go channels junior");
            assertThat(card).contains("Channels and select · Junior · question 1");
            String feedback = terminal.type("I am not sure.");
            assertThat(feedback).containsAnyOf("Key points covered: 0 of", "❌ Not quite.");
            terminal.send("/quit");
            assertThat(terminal.finish()).isZero();
            assertThat(terminal.stderr()).isEmpty();
        }
    }

    @Test
    void aMissingContentFolderIsRefusedWithTheSettingToFix() throws Exception {
        try (TerminalProcess terminal = TerminalProcess.start(Map.of("SOBES_CONTENT_DIR", "/nonexistent/packs"))) {
            assertThat(terminal.finish()).isEqualTo(2);
            assertThat(terminal.stderr())
                    .contains("The content folder /nonexistent/packs does not exist")
                    .contains("SOBES_CONTENT_DIR");
        }
    }

    @Test
    void aSeedThatIsNotANumberIsRefused() throws Exception {
        try (TerminalProcess terminal =
                TerminalProcess.start(Map.of("SOBES_CONTENT_DIR", MINI, "SOBES_SEED", "lucky"))) {
            assertThat(terminal.finish()).isEqualTo(2);
            assertThat(terminal.stderr()).contains("SOBES_SEED must be a whole number, not \"lucky\".");
        }
    }
}
