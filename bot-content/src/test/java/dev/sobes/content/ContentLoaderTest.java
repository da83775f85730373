package dev.sobes.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.model.KeyPoint;
import dev.sobes.core.model.Level;
import dev.sobes.core.model.LocalizedText;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
    private static final String GO_PACK = """
            id: go
            title: {ru: "Go", en: "Go"}
            topics:
              - id: channels
                title: {ru: "Каналы", en: "Channels"}
              - id: slices
                title: {ru: "Слайсы", en: "Slices"}
            """;

    private static final String GOOD_QUESTIONS = """
            questions:
              - id: go-channels-unbuffered-send
                topic: channels
                level: junior
                question:
                  ru: "Что происходит при отправке в небуферизованный канал?"
                  en: "What happens when you send on an unbuffered channel?"
                answer:
                  ru: |
                    Отправка блокирует горутину, пока другая не примет значение.
                  en: |
                    The send blocks the goroutine until another one receives the value.
                key_points:
                  - ru: "Отправка блокируется, пока получатель не заберёт значение"
                    en: "The send blocks until a receiver takes the value"
                    terms:
                      - [block, blocks, блокирует]
                      - [receiver, получатель]
                  - ru: "Это точка синхронизации"
                    en: "It synchronises the goroutines"
                    terms: [[synchronise, синхронизирует]]
                  - ru: "Буфера нет"
                    en: "There is no buffer"
                    terms: [[no buffer, без буфера, нет буфера]]
                hints:
                  - {ru: "Где хранится значение?", en: "Where is the value kept?"}
                follow_ups: [go-slices-append-shared]
                tags: [channels, yes, 42]
                sources: ["https://go.dev/ref/spec#Channel_types"]
              - id: go-slices-append-shared
                kind: output
                topic: slices
                level: middle
                question: {ru: "Что выведет программа?", en: "What does this program print?"}
                code: |
                  package main

                  func main() { println(1) }
                output: |
                  1
                answer: {ru: "Единица.", en: "One."}
            """;

    @TempDir
    Path dir;

    @Test
    void goodPackLoadsIntoTheBank() throws IOException {
        write("go/pack.yaml", GO_PACK);
        write("go/channels.yaml", GOOD_QUESTIONS);

        LoadResult result = load();

        assertThat(result.errors()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.bank().packs()).hasSize(1);
        Question open = result.bank().question("go-channels-unbuffered-send").orElseThrow();
        assertThat(open.packId()).isEqualTo("go");
        assertThat(open.topicId()).isEqualTo("channels");
        assertThat(open.level()).isEqualTo(Level.JUNIOR);
        assertThat(open.kind()).isEqualTo(QuestionKind.OPEN);
        assertThat(open.answer().en()).isEqualTo("The send blocks the goroutine until another one receives the value.");
        assertThat(open.keyPoints().get(0))
                .isEqualTo(new KeyPoint(
                        new LocalizedText(
                                "Отправка блокируется, пока получатель не заберёт значение",
                                "The send blocks until a receiver takes the value"),
                        List.of(List.of("block", "blocks", "блокирует"), List.of("receiver", "получатель"))));
        assertThat(open.hints())
                .containsExactly(new LocalizedText("Где хранится значение?", "Where is the value kept?"));
        assertThat(open.followUps()).containsExactly("go-slices-append-shared");
        assertThat(open.tags()).as("scalars keep their text").containsExactly("channels", "yes", "42");
        assertThat(open.sources()).containsExactly("https://go.dev/ref/spec#Channel_types");
        Question output = result.bank().question("go-slices-append-shared").orElseThrow();
        assertThat(output.kind()).isEqualTo(QuestionKind.OUTPUT);
        assertThat(output.code()).isEqualTo("package main\n\nfunc main() { println(1) }\n");
        assertThat(output.output()).isEqualTo("1\n");
        assertThat(output.keyPoints()).isEmpty();
        assertThat(result.stats())
                .hasToString("1 pack, 2 topics, 2 questions (junior 1, middle 1, senior 0; open 1, output 1)");
    }

    @Test
    void unknownFieldIsReportedWithLineAndColumn() throws IOException {
        write("go/pack.yaml", GO_PACK.replace("title: {ru: \"Go\", en: \"Go\"}", "titel: {ru: \"Go\", en: \"Go\"}"));
        write("go/channels.yaml", GOOD_QUESTIONS.replace("    tags: [channels", "    tag: [channels"));

        assertThat(errors(load()))
                .containsExactly(
                        "go/channels.yaml:28:5: unknown field 'tag' in question 'go-channels-unbuffered-send'"
                                + " (did you mean 'tags'?); allowed fields: id, kind, topic, level, question, answer,"
                                + " key_points, code, output, hints, follow_ups, tags, sources",
                        "go/pack.yaml:1:1: missing field 'title' in pack.yaml",
                        "go/pack.yaml:2:1: unknown field 'titel' in pack.yaml (did you mean 'title'?);"
                                + " allowed fields: id, title, description, topics");
    }

    @Test
    void missingFieldIsReportedAtTheQuestion() throws IOException {
        write("go/pack.yaml", GO_PACK);
        write("go/q.yaml", """
                questions:
                  - id: go-a
                    level: junior
                    question: {ru: "В", en: "Q"}
                    key_points:
                      - {ru: "1", en: "1", terms: [[one]]}
                      - {ru: "2", en: "2", terms: [[two]]}
                      - {ru: "3", en: "3", terms: [[three]]}
                """);

        assertThat(errors(load()))
                .containsExactly(
                        "go/q.yaml:2:5: missing field 'topic' in question 'go-a'",
                        "go/q.yaml:2:5: missing field 'answer' in question 'go-a'");
    }

    @Test
    void missingLanguageIsReportedInEveryLocalizedText() throws IOException {
        write("go/pack.yaml", GO_PACK.replace("{ru: \"Слайсы\", en: \"Slices\"}", "{ru: \"Слайсы\"}"));
        write("go/q.yaml", """
                questions:
                  - id: go-a
                    topic: channels
                    level: junior
                    question:
                      en: "Q"
                    answer: {ru: "О", en: ""}
                    key_points:
                      - {en: "1", terms: [[one]]}
                      - {ru: "2", en: "2", terms: [[two]]}
                      - {ru: "3", en: "3", terms: [[three]]}
                    hints:
                      - {ru: "Подсказка"}
                """);

        assertThat(errors(load()))
                .containsExactly(
                        "go/pack.yaml:7:12: missing language 'en' in the topic title: every text needs both ru and en",
                        "go/q.yaml:6:7: missing language 'ru' in 'question': every text needs both ru and en",
                        "go/q.yaml:7:27: the en text of 'answer' is empty",
                        "go/q.yaml:9:9: missing language 'ru' in key point 1: every text needs both ru and en",
                        "go/q.yaml:13:9: missing language 'en' in a hint: every text needs both ru and en");
    }

    @Test
    void duplicateQuestionIdAcrossFilesNamesTheFirstPlace() throws IOException {
        write("go/pack.yaml", GO_PACK);
        write("go/a.yaml", GOOD_QUESTIONS);
        write("go/b.yaml", GOOD_QUESTIONS.replace("go-slices-append-shared", "go-other"));

        assertThat(errors(load()))
                .containsExactly(
                        "go/b.yaml:2:9: duplicate question id 'go-channels-unbuffered-send': already defined at "
                                + dir.resolve("go/a.yaml") + ":2:9");
    }

    @Test
    void duplicateQuestionIdAcrossPacksSkipsOnlyTheLaterPack() throws IOException {
        write("go/pack.yaml", GO_PACK);
        write("go/q.yaml", GOOD_QUESTIONS);
        write("go2/pack.yaml", GO_PACK.replace("id: go\n", "id: go2\n"));
        write("go2/q.yaml", GOOD_QUESTIONS.replace("go-slices-append-shared", "go2-other"));

        LoadResult result = load();

        assertThat(errors(result))
                .containsExactly(
                        "go2/q.yaml:2:9: duplicate question id 'go-channels-unbuffered-send': already defined at "
                                + dir.resolve("go/q.yaml") + ":2:9");
        assertThat(result.skippedPacks()).containsExactly("go2");
        assertThat(result.bank().pack("go")).isPresent();
    }

    @Test
    void duplicatePackIdIsReported() throws IOException {
        write("go/pack.yaml", GO_PACK);
        write("golang/pack.yaml", GO_PACK);

        LoadResult result = load();

        assertThat(errors(result))
                .containsExactly("golang/pack.yaml:1:5: duplicate pack id 'go': already used at "
                        + dir.resolve("go/pack.yaml") + ":1:5");
        assertThat(result.skippedPacks()).containsExactly("golang");
    }

    @Test
    void danglingFollowUpIsReportedAndFollowUpsResolveAcrossPacks() throws IOException {
        write("go/pack.yaml", GO_PACK);
        write("go/q.yaml", GOOD_QUESTIONS.replace("follow_ups: [go-slices-append-shared]", "follow_ups: [sql-joins]"));
        write("sql/pack.yaml", """
                id: sql
                title: {ru: "SQL", en: "SQL"}
                topics:
                  - {id: queries, title: {ru: "Запросы", en: "Queries"}}
                """);
        write("sql/q.yaml", """
                questions:
                  - id: sql-joins
                    topic: queries
                    level: junior
                    question: {ru: "В", en: "Q"}
                    answer: {ru: "О", en: "A"}
                    key_points:
                      - {ru: "1", en: "1", terms: [[one]]}
                      - {ru: "2", en: "2", terms: [[two]]}
                      - {ru: "3", en: "3", terms: [[three]]}
                    follow_ups:
                      - go-channels-unbuffered-send
                      - go-missing
                """);

        LoadResult result = load();

        assertThat(errors(result))
                .containsExactly(
                        "sql/q.yaml:13:9: dangling follow-up 'go-missing': no question in any pack has this id");
        assertThat(result.bank()
                        .question("go-channels-unbuffered-send")
                        .orElseThrow()
                        .followUps())
                .containsExactly("sql-joins");
        assertThat(result.skippedPacks()).containsExactly("sql");
    }

    @Test
    void unknownTopicAndLevelAreReportedWithWhatIsAllowed() throws IOException {
        write("go/pack.yaml", GO_PACK);
        write(
                "go/q.yaml",
                GOOD_QUESTIONS.replace("topic: channels", "topic: chanels").replace("level: middle", "level: expert"));

        assertThat(errors(load()))
                .containsExactly(
                        "go/q.yaml:3:12: unknown topic 'chanels' (did you mean 'channels'?);"
                                + " topics of pack 'go': channels, slices",
                        "go/q.yaml:33:12: unknown level 'expert'; allowed: junior, middle, senior");
    }

    @Test
    void badIdFormatIsReported() throws IOException {
        String longId = "go-" + "x".repeat(58);
        write("go/pack.yaml", GO_PACK.replace("- id: slices", "- id: Slices"));
        write(
                "go/q.yaml",
                GOOD_QUESTIONS
                        .replace("id: go-channels-unbuffered-send", "id: go_channels")
                        .replace("id: go-slices-append-shared", "id: " + longId)
                        .replace("follow_ups: [go-slices-append-shared]", "follow_ups: [-go]")
                        .replace("topic: slices", "topic: channels"));

        assertThat(errors(load()))
                .containsExactly(
                        "go/pack.yaml:6:9: bad topic id 'Slices': use lowercase Latin letters, digits and '-',"
                                + " starting with a letter or digit",
                        "go/q.yaml:2:9: bad question id 'go_channels': use lowercase Latin letters, digits and '-',"
                                + " starting with a letter or digit",
                        "go/q.yaml:27:18: bad follow-up id '-go': use lowercase Latin letters, digits and '-',"
                                + " starting with a letter or digit",
                        "go/q.yaml:30:9: question id '" + longId + "' is 61 characters long; at most 60");
    }

    @Test
    void keyPointCountOutsideThreeToSixIsReportedForOpenQuestions() throws IOException {
        write("go/pack.yaml", GO_PACK);
        write("go/q.yaml", """
                questions:
                  - id: go-two
                    topic: channels
                    level: junior
                    question: {ru: "В", en: "Q"}
                    answer: {ru: "О", en: "A"}
                    key_points:
                      - {ru: "1", en: "1", terms: [[one]]}
                      - {ru: "2", en: "2", terms: [[two]]}
                  - id: go-seven
                    topic: channels
                    level: junior
                    question: {ru: "В", en: "Q"}
                    answer: {ru: "О", en: "A"}
                    key_points: [{ru: "1", en: "1", terms: [[a]]}, {ru: "2", en: "2", terms: [[b]]},
                      {ru: "3", en: "3", terms: [[c]]}, {ru: "4", en: "4", terms: [[d]]},
                      {ru: "5", en: "5", terms: [[e]]}, {ru: "6", en: "6", terms: [[f]]},
                      {ru: "7", en: "7", terms: [[g]]}]
                  - id: go-output-with-two
                    kind: output
                    topic: channels
                    level: junior
                    question: {ru: "В", en: "Q"}
                    answer: {ru: "О", en: "A"}
                    code: "package main"
                    output: "1"
                    key_points:
                      - {ru: "1", en: "1", terms: [[one]]}
                      - {ru: "2", en: "2", terms: [[two]]}
                """);

        assertThat(errors(load()))
                .containsExactly(
                        "go/q.yaml:7:5: an open question needs 3 to 6 key points, found 2",
                        "go/q.yaml:15:5: an open question needs 3 to 6 key points, found 7");
    }

    @Test
    void emptyTermGroupsAndEmptyTermsAreReported() throws IOException {
        write("go/pack.yaml", GO_PACK);
        write("go/q.yaml", """
                questions:
                  - id: go-a
                    topic: channels
                    level: junior
                    question: {ru: "В", en: "Q"}
                    answer: {ru: "О", en: "A"}
                    key_points:
                      - ru: "1"
                        en: "1"
                        terms: []
                      - ru: "2"
                        en: "2"
                        terms:
                          - [two]
                          - []
                      - ru: "3"
                        en: "3"
                        terms:
                          - [three, ""]
                          - three
                """);

        assertThat(errors(load()))
                .containsExactly(
                        "go/q.yaml:10:16: empty terms in key point 1: list at least one group of alternatives",
                        "go/q.yaml:15:13: empty term group in key point 2: a group lists at least one alternative",
                        "go/q.yaml:19:21: empty term in key point 3: every alternative needs some text",
                        "go/q.yaml:20:13: a term group in key point 3 must be a list of alternatives,"
                                + " such as [mutex, мьютекс]; found text");
    }

    @Test
    void outputQuestionWithoutCodeOrOutputIsReported() throws IOException {
        write("go/pack.yaml", GO_PACK);
        write("go/q.yaml", """
                questions:
                  - id: go-no-code
                    kind: output
                    topic: slices
                    level: middle
                    question: {ru: "Что выведет?", en: "What does it print?"}
                    answer: {ru: "О", en: "A"}
                    output: "1"
                  - id: go-no-output
                    kind: output
                    topic: slices
                    level: middle
                    question: {ru: "Что выведет?", en: "What does it print?"}
                    answer: {ru: "О", en: "A"}
                    code: "package main"
                    output:
                """);

        assertThat(errors(load()))
                .containsExactly(
                        "go/q.yaml:2:5: missing field 'code' in question 'go-no-code'",
                        "go/q.yaml:16:5: field 'output' in question 'go-no-output' has no value");
    }

    @Test
    void codeOnAnOpenQuestionIsReported() throws IOException {
        write("go/pack.yaml", GO_PACK);
        write("go/q.yaml", GOOD_QUESTIONS.replace("    tags:", "    code: \"package main\"\n    tags:"));

        assertThat(errors(load()))
                .containsExactly("go/q.yaml:28:5: field 'code' is only for output questions;"
                        + " add 'kind: output' or remove it");
    }

    @Test
    void invalidKindIsReported() throws IOException {
        write("go/pack.yaml", GO_PACK);
        write("go/q.yaml", GOOD_QUESTIONS.replace("kind: output", "kind: quiz"));

        assertThat(errors(load()))
                .containsExactly("go/q.yaml:31:11: invalid kind 'quiz'; allowed: open, output (open is the default)");
    }

    @Test
    void malformedYamlIsReportedWhereTheParserStopped() throws IOException {
        write("go/pack.yaml", GO_PACK);
        write("go/q.yaml", """
                questions:
                  - id: go-a
                    tags: [a, b
                  - id: go-b
                """);
        write("go/tabs.yaml", "questions:\n\t- id: go-c\n");

        assertThat(errors(load()))
                .containsExactly(
                        "go/q.yaml:4:7: malformed YAML: expected ',' or ']', but got : (while parsing a flow sequence"
                                + " at line 3, column 11)",
                        "go/tabs.yaml:2:1: malformed YAML: found character '\\t(TAB)' that cannot start any token."
                                + " (Do not use \\t(TAB) for indentation) (while scanning for the next token)");
    }

    @Test
    void yamlTheTreeCannotHoldIsReported() throws IOException {
        write("go/pack.yaml", GO_PACK);
        write("go/q.yaml", """
                questions:
                  - id: go-a
                    id: go-b
                    topic: channels
                    level: junior
                    question: {ru: "В", en: "Q"}
                    answer: {ru: "О", en: "A"}
                    key_points:
                      - {ru: "1", en: "1", terms: &t [[one]]}
                      - {ru: "2", en: "2", terms: *t}
                      - {ru: "3", en: "3", terms: [[three]]}
                ---
                questions: []
                """);
        write("go/empty.yaml", "# nothing yet\n");

        assertThat(errors(load()))
                .containsExactly(
                        "go/empty.yaml:1:1: the file is empty",
                        "go/q.yaml:3:5: duplicate field 'id': it is already set at line 2, column 5",
                        "go/q.yaml:9:35: anchors (&name) are not supported: write the value out in full",
                        "go/q.yaml:10:28: field 'terms' in key point 2 has no value",
                        "go/q.yaml:10:35: aliases (*name) are not supported: write the value out in full",
                        "go/q.yaml:13:1: a second YAML document ('---') starts here;"
                                + " a content file holds exactly one document");
    }

    @Test
    void duplicateTopicIdInPackYamlIsReported() throws IOException {
        write("go/pack.yaml", GO_PACK.replace("- id: slices", "- id: channels"));

        assertThat(errors(load()))
                .containsExactly(
                        "go/pack.yaml:6:9: duplicate topic id 'channels': already defined at line 4, column 9");
    }

    @Test
    void packFolderWithoutPackYamlIsReported() throws IOException {
        write("go/runtime.yaml", GOOD_QUESTIONS);
        write("go/channels.yaml", GOOD_QUESTIONS);

        LoadResult result = load();

        assertThat(errors(result))
                .containsExactly("go/channels.yaml:1:1: pack folder 'go' has no pack.yaml: every pack folder needs one"
                        + " (id, title, topics) next to its question files");
        assertThat(result.skippedPacks()).containsExactly("go");
    }

    @Test
    void ymlFilesAreReportedRatherThanIgnored() throws IOException {
        write("go/pack.yaml", GO_PACK);
        write("go/runtime.yml", GOOD_QUESTIONS);

        assertThat(errors(load()))
                .containsExactly("go/runtime.yml:1:1: content files end in .yaml; rename this file so that it is read");
    }

    @Test
    void everyErrorOfAFolderIsReported() throws IOException {
        write("go/pack.yaml", """
                id: Go
                title: {ru: "Go"}
                topics:
                  - id: channels
                    title: {ru: "Каналы", en: "Channels"}
                  - id: channels
                    title: {ru: "Каналы", en: "Channels"}
                """);
        write("go/a.yaml", """
                questions:
                  - id: go-a
                    kind: open
                    topic: channels
                    level: Junior
                    question: {ru: "В", en: "Q"}
                    answer: {ru: "О", en: "A"}
                    key_point: []
                """);
        write("go/b.yaml", """
                questions:
                  - id: go-a
                    topic: goroutines
                    level: senior
                    question: {ru: "В", en: "Q"}
                    answer: {ru: "О", en: "A"}
                    key_points:
                      - {ru: "1", en: "1", terms: [[one]]}
                      - {ru: "2", en: "2", terms: [[two]]}
                      - {ru: "3", en: "3", terms: [[]]}
                    follow_ups: [go-b]
                """);
        write("go/c.yaml", "questions: [\n");

        assertThat(errors(load()))
                .containsExactly(
                        "go/a.yaml:2:5: missing field 'key_points' in question 'go-a':"
                                + " an open question needs 3 to 6 key points",
                        "go/a.yaml:5:12: unknown level 'Junior'; allowed: junior, middle, senior",
                        "go/a.yaml:8:5: unknown field 'key_point' in question 'go-a' (did you mean 'key_points'?);"
                                + " allowed fields: id, kind, topic, level, question, answer, key_points, code, output,"
                                + " hints, follow_ups, tags, sources",
                        "go/b.yaml:2:9: duplicate question id 'go-a': already defined at " + dir.resolve("go/a.yaml")
                                + ":2:9",
                        "go/b.yaml:3:12: unknown topic 'goroutines'; topics of pack 'go': channels",
                        "go/b.yaml:10:36: empty term group in key point 3: a group lists at least one alternative",
                        "go/b.yaml:11:18: dangling follow-up 'go-b': no question in any pack has this id",
                        "go/c.yaml:2:1: malformed YAML: expected the node content, but found '<stream end>'"
                                + " (while parsing a flow node)",
                        "go/pack.yaml:1:5: bad pack id 'Go': use lowercase Latin letters, digits and '-',"
                                + " starting with a letter or digit",
                        "go/pack.yaml:2:8: missing language 'en' in the pack title: every text needs both ru and en",
                        "go/pack.yaml:6:9: duplicate topic id 'channels': already defined at line 4, column 9");
    }

    @Test
    void brokenPackDoesNotTakeDownAGoodOne() throws IOException {
        write("go/pack.yaml", GO_PACK);
        write("go/q.yaml", GOOD_QUESTIONS);
        write("broken/pack.yaml", GO_PACK.replace("id: go\n", "id: broken\n"));
        write("broken/q.yaml", GOOD_QUESTIONS.replace("go-", "broken-").replace("level: junior", "level: expert"));

        LoadResult result = load();

        assertThat(errors(result))
                .containsExactly("broken/q.yaml:4:12: unknown level 'expert'; allowed: junior, middle, senior");
        assertThat(result.skippedPacks()).containsExactly("broken");
        assertThat(result.bank().packs()).extracting(p -> p.id()).containsExactly("go");
        assertThat(result.bank().question("broken-slices-append-shared"))
                .as("a broken pack is skipped whole, its valid questions too")
                .isEmpty();
        assertThat(result.bank().questionCount()).isEqualTo(2);
    }

    @Test
    void hiddenFoldersFoldersWithoutYamlAndTopLevelFilesAreIgnored() throws IOException {
        write("README.md", "# Question packs\n");
        write(".drafts/pack.yaml", "not: [valid\n");
        write("notes/ideas.md", "- channels\n");
        write("go/pack.yaml", GO_PACK);

        LoadResult result = load();

        assertThat(result.errors()).isEmpty();
        assertThat(result.bank().packs()).extracting(p -> p.id()).containsExactly("go");
        assertThat(result.stats())
                .hasToString("1 pack, 2 topics, 0 questions (junior 0, middle 0, senior 0; open 0, output 0)");
    }

    @Test
    void contentErrorPrintsAsFileLineColumnMessage() {
        ContentError error = new ContentError(Path.of("content/go/q.yaml"), 12, 7, "unknown level 'expert'");

        assertThat(error).hasToString("content/go/q.yaml:12:7: unknown level 'expert'");
    }

    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private LoadResult load() throws IOException {
        return new ContentLoader().load(dir);
    }

    /** Errors with paths relative to the content folder, as {@code file:line:column: message}. */
    private List<String> errors(LoadResult result) {
        return result.errors().stream()
                .map(e -> dir.relativize(e.file()) + ":" + e.line() + ":" + e.column() + ": " + e.message())
                .toList();
    }
}
