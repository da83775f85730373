package dev.sobes.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.model.Pack;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class PackUploadTest {
    static final PackUpload.Taken NOTHING_TAKEN = new PackUpload.Taken() {
        @Override
        public boolean pack(String packId) {
            return packId.equals("go");
        }

        @Override
        public boolean question(String packId, String questionId) {
            return questionId.equals("go-goroutines");
        }
    };

    static final String YAML = """
            id: mine
            title: {ru: Моё, en: Mine}
            topics:
              - id: basics
                title: {ru: Основы, en: Basics}
            questions:
              - id: mine-one
                topic: basics
                level: junior
                question: {ru: "Что такое горутина?", en: "What is a goroutine?"}
                answer: {ru: "Лёгкий поток.", en: "A light thread."}
                key_points:
                  - {ru: "Лёгкая", en: "Light", terms: [[light, лёгкая]]}
                  - {ru: "Рантайм", en: "Runtime", terms: [[runtime, рантайм]]}
                  - {ru: "Стек растёт", en: "Stack grows", terms: [[stack, стек]]}
            """;

    private final PackUpload upload = new PackUpload();

    private PackUpload.Result read(String name, String text) {
        return upload.read(name, text.getBytes(StandardCharsets.UTF_8), "own-abc", NOTHING_TAKEN);
    }

    @Test
    void aPackInOneYamlFileReads() {
        PackUpload.Result result = read("mine.yaml", YAML);
        assertThat(result.errors()).isEmpty();
        Pack pack = Objects.requireNonNull(result.pack());
        assertThat(pack.id()).isEqualTo("mine");
        assertThat(pack.questions()).hasSize(1);
    }

    @Test
    void yamlErrorsNameTheFileAsSentWithLineAndColumn() {
        PackUpload.Result result = read("mine.yaml", YAML.replace("level: junior", "level: expert"));
        assertThat(result.pack()).isNull();
        assertThat(result.errors())
                .singleElement()
                .asString()
                .startsWith("mine.yaml:9:")
                .contains("expert");
    }

    @Test
    void idsTakenByOthersAreRefusedWhereTheyAreWritten() {
        PackUpload.Result result =
                read("mine.yaml", YAML.replace("id: mine\n", "id: go\n").replace("id: mine-one", "id: go-goroutines"));
        assertThat(result.errors())
                .anySatisfy(e -> assertThat(e).startsWith("mine.yaml:1:").contains("'go' is taken"))
                .anySatisfy(e -> assertThat(e).startsWith("mine.yaml:7:").contains("'go-goroutines' is taken"));
    }

    @Test
    void aYamlFileWithoutQuestionsSaysSo() {
        PackUpload.Result result = read("mine.yaml", YAML.substring(0, YAML.indexOf("questions:")));
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).contains("missing field 'questions'"));
    }

    @Test
    void markdownNotesBecomeAPackWithTheGivenIdAndSkippedSectionsAreNoted() {
        PackUpload.Result result = read("notes.md", """
                # What is a goroutine?

                A function that runs concurrently.

                - cheaper than a thread
                - scheduled by the runtime
                - its stack grows

                # TODO later
                """);
        assertThat(result.errors()).isEmpty();
        Pack pack = Objects.requireNonNull(result.pack());
        assertThat(pack.id()).isEqualTo("own-abc");
        assertThat(pack.title().en()).isEqualTo("notes");
        assertThat(result.notes()).anySatisfy(n -> assertThat(n).startsWith("notes.md:9:"));
    }

    @Test
    void notesWithoutAnyAnswerAreRefusedWithTheSectionsLines() {
        PackUpload.Result result = read("notes.md", "# Only a heading\n\n# Another\n");
        assertThat(result.pack()).isNull();
        assertThat(result.errors()).anySatisfy(e -> assertThat(e).startsWith("notes.md:1:"));
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() {
        PackUpload.Result result =
                upload.read("notes.md", new byte[] {(byte) 0xff, (byte) 0xfe, 0x41}, "own-abc", NOTHING_TAKEN);
        assertThat(result.errors()).singleElement().asString().contains("not UTF-8");
    }
}
