package dev.sobes.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate and import through the packaged launcher, as a script would run them. */
class ContentCommandsIT {
    @TempDir
    Path temp;

    @Test
    void validateAcceptsTheRealPacksAndPrintsTheirCounts() throws Exception {
        try (TerminalProcess sobes = TerminalProcess.start(
                Map.of(), "validate", TerminalProcess.repo().resolve("content").toString())) {
            assertThat(sobes.finish()).isZero();
            assertThat(sobes.stdout()).contains("2 packs").contains("All packs are valid.");
            assertThat(sobes.stderr()).isEmpty();
        }
    }

    @Test
    void validateReportsEveryErrorWithItsLocationAndFails() throws Exception {
        Path pack = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(pack.resolve("pack.yaml"), """
                id: broken
                title: {ru: Сломан, en: Broken}
                topics:
                  - id: basics
                    title: {ru: Основы, en: Basics}
                """);
        Files.writeString(pack.resolve("q.yaml"), """
                questions:
                  - id: broken-one
                    topic: basics
                    level: expert
                    question: {ru: "Вопрос?", en: "Question?"}
                    answer: {ru: Ответ., en: Answer.}
                    key_point: []
                """);
        try (TerminalProcess sobes = TerminalProcess.start(Map.of(), "validate", temp.toString())) {
            assertThat(sobes.finish()).isEqualTo(1);
            assertThat(sobes.stderr())
                    .contains(pack.resolve("q.yaml") + ":4:")
                    .contains("expert")
                    .contains(pack.resolve("q.yaml") + ":7:")
                    .contains("key_point")
                    .contains("The pack broken has errors and would be skipped.");
        }
    }

    @Test
    void seedNotesImportAsAPackThatCanBePractised() throws Exception {
        Path notes = TerminalProcess.repo().resolve("bot-content/src/test/resources/seed-notes.md");
        Path content = Files.createDirectories(temp.resolve("content"));
        Map<String, String> env = Map.of("SOBES_CONTENT_DIR", content.toString(), "SOBES_LANG", "ru");
        try (TerminalProcess sobes = TerminalProcess.start(env, "import", notes.toString(), "--pack", "seed")) {
            assertThat(sobes.finish()).isZero();
            assertThat(sobes.stdout())
                    .contains("Как происходит сборка мусора")
                    .contains("Wrote the pack to " + content.resolve("seed"));
        }
        try (TerminalProcess sobes = TerminalProcess.start(env, "validate")) {
            assertThat(sobes.finish()).isZero();
        }
        try (TerminalProcess sobes = TerminalProcess.start(env)) {
            sobes.screen();
            String card = sobes.type("/practice seed all mixed");
            assertThat(card).contains("вопрос 1").containsAnyOf("планировщик", "рантайм", "соединений");
            String feedback = sobes.type("Горутины лёгкие, планировщик распределяет их по потокам, netpoller и epoll");
            assertThat(feedback).contains("Раскрыто ключевых пунктов:");
            sobes.send("/quit");
            assertThat(sobes.finish()).isZero();
        }
        try (TerminalProcess sobes = TerminalProcess.start(env, "import", notes.toString(), "--pack", "seed")) {
            assertThat(sobes.finish()).isEqualTo(2);
            assertThat(sobes.stderr()).contains("already has a pack folder");
        }
    }

    @Test
    void importWithoutAPackIdExplainsItsUsage() throws Exception {
        try (TerminalProcess sobes = TerminalProcess.start(Map.of(), "import", "notes.md")) {
            assertThat(sobes.finish()).isEqualTo(2);
            assertThat(sobes.stderr()).contains("Usage: sobes import NOTES.md --pack ID");
        }
    }
}
