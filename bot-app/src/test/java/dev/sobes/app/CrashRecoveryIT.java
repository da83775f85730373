package dev.sobes.app;

import static dev.sobes.app.ConsolePracticeIT.MINI;
import static dev.sobes.app.ConsolePracticeIT.choice;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress outlives the process: the terminal is killed with SIGKILL in the middle of a practice
 * and started again on the same database, and everything it confirmed is there.
 */
class CrashRecoveryIT {
    static final String ANSWER = "The sender blocks until a receiver takes the value.";

    @TempDir
    Path dir;

    Map<String, String> settings() {
        return Map.of(
                "SOBES_CONTENT_DIR",
                MINI,
                "SOBES_LANG",
                "en",
                "SOBES_SEED",
                "3",
                "SOBES_DB_PATH",
                dir.resolve("sobes.db").toString());
    }

    @Test
    void everyConfirmedAnswerSurvivesAKillAndTheSessionResumes() throws Exception {
        try (TerminalProcess first = TerminalProcess.start(settings())) {
            first.screen();
            first.type("/ask mini-channels-print");
            first.send("1\\");
            String output = first.type("2");
            assertThat(output).contains("✅ Correct: that is exactly what the program prints.");
            String graded = first.type(choice(output, "Easy"));
            assertThat(graded).contains("Your grade: Easy. Saved.");
            String open = first.type("/ask mini-channels-unbuffered");
            assertThat(open).contains("Channels · Junior · question 2");
            String feedback = first.type(ANSWER);
            assertThat(feedback).contains("Key points covered: 2 of 3");
            first.kill();
        }

        try (TerminalProcess second = TerminalProcess.start(settings())) {
            second.screen();
            assertThat(second.type("Another go at the same question."))
                    .as("the second question was answered before the kill, so the session is reviewing it")
                    .contains("You have already answered this question");
            String summary = second.type("/stop");
            assertThat(summary)
                    .contains("answered: 2")
                    .contains("programs read correctly: 1")
                    .contains("key points covered: 67%")
                    .contains("Again: 0, Hard: 0, Good: 1, Easy: 1");
            second.send("/quit");
            assertThat(second.finish()).isZero();
        }
    }

    @Test
    void anOpenQuestionIsStillOpenAfterAKill() throws Exception {
        try (TerminalProcess first = TerminalProcess.start(settings())) {
            first.screen();
            assertThat(first.type("/ask mini-channels-unbuffered")).contains("question 1");
            first.kill();
        }

        try (TerminalProcess second = TerminalProcess.start(settings())) {
            second.screen();
            String feedback = second.type(ANSWER);
            assertThat(feedback)
                    .contains("Key points covered: 2 of 3")
                    .contains("The send blocks the goroutine until another goroutine receives the value.");
            second.send("/quit");
            assertThat(second.finish()).isZero();
        }
    }

    @Test
    void progressIsKeptUnderTheWorkingDirectoryByDefault() throws Exception {
        Map<String, String> settings = Map.of("SOBES_CONTENT_DIR", MINI, "SOBES_LANG", "en");
        try (TerminalProcess first = TerminalProcess.start(dir, settings)) {
            first.screen();
            first.type("/ask mini-channels-unbuffered");
            assertThat(first.type(ANSWER)).contains("Key points covered: 2 of 3");
            first.send("/quit");
            assertThat(first.finish()).isZero();
        }
        assertThat(dir.resolve("data/sobes.db")).isRegularFile();

        try (TerminalProcess second = TerminalProcess.start(dir, settings)) {
            second.screen();
            assertThat(second.type("/stop")).contains("answered: 1");
            String export = second.type("/export");
            assertThat(export).contains("Saved to " + dir.resolve("data/sobes-console-"));
            second.send("/quit");
            assertThat(second.finish()).isZero();
        }
        try (var files = Files.list(dir.resolve("data"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("sobes-console-") && name.endsWith(".json"));
        }
    }

    @Test
    void aDatabaseThatCannotBeUsedStopsTheStartWithTheSettingToFix() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "my own notes\n");
        Map<String, String> settings = Map.of("SOBES_CONTENT_DIR", MINI, "SOBES_DB_PATH", notes.toString());
        try (TerminalProcess terminal = TerminalProcess.start(settings)) {
            assertThat(terminal.finish()).isEqualTo(2);
            assertThat(terminal.stderr())
                    .contains("The file " + notes + " is not a SQLite database. Nothing was changed.")
                    .contains("SOBES_DB_PATH");
        }
        assertThat(Files.readString(notes)).isEqualTo("my own notes\n");
    }
}
