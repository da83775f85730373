package dev.sobes.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sobes.core.model.KeyPoint;
import dev.sobes.core.model.Level;
import dev.sobes.core.model.LocalizedText;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionKind;
import dev.sobes.core.model.Topic;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackWriterTest {
    /** Texts as the loader gives them: stripped at the ends, anything inside. */
    private static final List<String> AWKWARD = List.of(
            "He said \"hi\": yes # not a comment",
            "C:\\path\\to",
            "line one\n  indented\n\nlast line",
            "ends with a full stop.",
            "trailing space on a line \nnext",
            "tab\there",
            "yes",
            "No",
            "null",
            "~",
            "42",
            "3.14",
            "-dash",
            "[bracket]",
            "{brace}",
            "a, b",
            "key: value",
            "emoji 😀 and ё",
            "line\u2028separator",
            "windows\r\nline");

    @TempDir
    Path dir;

    @Test
    void writtenPackLoadsBackEqual() throws IOException {
        Pack pack = awkwardPack();

        PackWriter.write(pack, dir);
        LoadResult result = new ContentLoader().load(dir);

        assertThat(result.errors()).isEmpty();
        assertThat(result.bank().pack("awkward").orElseThrow())
                .usingRecursiveComparison()
                .isEqualTo(pack);
        assertThat(result.bank().pack("awkward")).contains(pack);
    }

    @Test
    void loadedPackWrittenAndLoadedAgainIsUnchanged() throws IOException {
        Path first = dir.resolve("first");
        PackWriter.write(awkwardPack(), first);
        Pack loaded = new ContentLoader().load(first).bank().packs().get(0);

        Path second = dir.resolve("second");
        PackWriter.write(loaded, second);

        assertThat(new ContentLoader().load(second).bank().packs()).containsExactly(loaded);
        assertThat(PackWriter.questionsYaml(loaded)).isEqualTo(PackWriter.questionsYaml(awkwardPack()));
    }

    @Test
    void writesTheReadmeFormat() {
        Pack pack = new Pack(
                "notes",
                new LocalizedText("Заметки", "Notes"),
                null,
                List.of(new Topic("runtime", LocalizedText.of("Рантайм"))),
                List.of(Question.open(
                        "notes-runtime",
                        "notes",
                        "runtime",
                        Level.MIDDLE,
                        LocalizedText.of("Чем занимается рантайм?"),
                        LocalizedText.of("Планирует горутины.\nСобирает мусор."),
                        List.of(
                                new KeyPoint(
                                        LocalizedText.of("Планировщик"), List.of(List.of("планировщик", "scheduler"))),
                                new KeyPoint(
                                        LocalizedText.of("Сборщик мусора"), List.of(List.of("сборщик мусора", "gc"))),
                                new KeyPoint(LocalizedText.of("Память"), List.of(List.of("память")))))));

        assertThat(PackWriter.packYaml(pack)).isEqualTo("""
                        id: notes
                        title:
                          ru: Заметки
                          en: Notes
                        topics:
                          - id: runtime
                            title: {ru: Рантайм, en: Рантайм}
                        """);
        assertThat(PackWriter.questionsYaml(pack)).isEqualTo("""
                        questions:
                          - id: notes-runtime
                            topic: runtime
                            level: middle
                            question:
                              ru: "Чем занимается рантайм?"
                              en: "Чем занимается рантайм?"
                            answer:
                              ru: |-
                                Планирует горутины.
                                Собирает мусор.
                              en: |-
                                Планирует горутины.
                                Собирает мусор.
                            key_points:
                              - ru: Планировщик
                                en: Планировщик
                                terms:
                                  - [планировщик, scheduler]
                              - ru: Сборщик мусора
                                en: Сборщик мусора
                                terms:
                                  - [сборщик мусора, gc]
                              - ru: Память
                                en: Память
                                terms:
                                  - [память]
                        """);
    }

    @Test
    void existingPackFolderIsNeverOverwritten() throws IOException {
        PackWriter.write(awkwardPack(), dir);

        assertThatThrownBy(() -> PackWriter.write(awkwardPack(), dir)).isInstanceOf(FileAlreadyExistsException.class);
    }

    /** A pack whose texts, terms and code need quoting, escaping or block style. */
    private static Pack awkwardPack() {
        List<KeyPoint> points = AWKWARD.stream()
                .limit(6)
                .map(s -> new KeyPoint(new LocalizedText(s, "en " + s), List.of(AWKWARD, List.of(s))))
                .toList();
        Question open = new Question(
                "awkward-open",
                "awkward",
                "t-1",
                Level.SENIOR,
                QuestionKind.OPEN,
                new LocalizedText("Вопрос: \"кавычки\"?", "Question #1?"),
                new LocalizedText("Ответ\n\n- пункт\n- пункт 2", "yes"),
                points,
                null,
                null,
                AWKWARD.stream().map(s -> new LocalizedText(s, s)).toList(),
                List.of("awkward-output"),
                AWKWARD,
                List.of("https://go.dev/ref/spec#Channel_types", "Effective Go, section \"Channels\""));
        Question output = new Question(
                "awkward-output",
                "awkward",
                "t-1",
                Level.JUNIOR,
                QuestionKind.OUTPUT,
                LocalizedText.of("Что выведет программа?"),
                LocalizedText.of("Пробел в конце строки вывода: важен."),
                List.of(),
                "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"a\\tb\")\n}\n",
                "a\tb \n",
                List.of(),
                List.of(),
                List.of(),
                List.of());
        return new Pack(
                "awkward",
                new LocalizedText("Неудобный: пакет", "Awkward # pack"),
                new LocalizedText("Описание\nв две строки", "yes"),
                List.of(new Topic("t-1", new LocalizedText("Тема [1]", "Topic {1}"))),
                List.of(open, output));
    }
}
