package dev.sobes.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.sobes.core.model.KeyPoint;
import dev.sobes.core.model.Lang;
import dev.sobes.core.model.Level;
import dev.sobes.core.model.LocalizedText;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.model.QuestionKind;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownImporterTest {
    private static final LocalizedText TITLE = LocalizedText.of("Notes");

    @TempDir
    Path dir;

    @Test
    void seedNotesReportTheSectionsWithoutAnswers() throws Exception {
        ImportReport report = seed().report();

        assertThat(report.skipped())
                .extracting(ImportReport.Skipped::line, ImportReport.Skipped::heading, ImportReport.Skipped::reason)
                .containsExactly(
                        tuple(83, "Что такое каналы, зачем они нужны", "no answer: only a link under the heading"),
                        tuple(87, "Какие знаешь примитивы синхронизации", "no answer: only a link under the heading"),
                        tuple(91, "Что такое интерфейс", "no answer: only a link under the heading"),
                        tuple(95, "В чем отличие слайсов от мап", "no answer: only 3 links under the heading"),
                        tuple(
                                106,
                                "Как происходит сборка мусора",
                                "no answer: only a question without an answer, a link, a short note and TODO under"
                                        + " the heading"),
                        tuple(
                                117,
                                "Тесты",
                                "no answer: only 4 questions without answers and a short note under the heading"));
        assertThat(report.language()).isEqualTo(Lang.RU);
    }

    @Test
    void seedNotesAnsweredSectionsBecomeQuestionsWithKeyPoints() throws Exception {
        MarkdownImport result = seed();

        assertThat(result.report().imported())
                .extracting(ImportReport.Imported::line, ImportReport.Imported::heading)
                .containsExactly(
                        tuple(1, "1. Расскажи про планировщик, как он работает"),
                        tuple(12, "Чем занимается рантайм go?"),
                        tuple(55, "За счет чего go позволяет работать с большим колличеством соединений"));
        assertThat(result.report().importedCount()).isEqualTo(3);
        List<Question> questions = result.pack().questions();
        assertThat(questions)
                .extracting(q -> q.text().ru())
                .containsExactly(
                        "Расскажи про планировщик, как он работает",
                        "Чем занимается рантайм go?",
                        "За счет чего go позволяет работать с большим колличеством соединений");
        assertThat(questions).allSatisfy(q -> {
            assertThat(q.kind()).isEqualTo(QuestionKind.OPEN);
            assertThat(q.level()).isEqualTo(Level.MIDDLE);
            assertThat(q.topicId()).isEqualTo("notes");
            assertThat(q.keyPoints()).hasSizeBetween(3, 6);
            assertThat(q.text().en())
                    .as("notes are in one language")
                    .isEqualTo(q.text().ru());
            assertThat(q.answer().ru()).doesNotContain("README.md", "---");
        });

        Question scheduler = questions.get(0);
        assertThat(scheduler.keyPoints())
                .extracting(k -> k.statement().ru())
                .containsExactly(
                        "Горутин может быть создано десятки тысяч без значительных накладных расходов",
                        "Планировщик прозрачен для разработчика, но его поведение критично для производительности",
                        "Планировщик старается минимизировать переключения контекста и синхронизацию между потоками");
        assertThat(scheduler.answer().ru()).startsWith("Ключевые особенности:\nГорутин может быть создано");

        Question runtime = questions.get(1);
        assertThat(runtime.keyPoints())
                .as("eight numbered groups, the first six kept")
                .extracting(k -> k.statement().ru())
                .containsExactly(
                        "Планировщик (Scheduler)",
                        "Сборщик мусора (Garbage Collector)",
                        "Работа с памятью",
                        "Системные вызовы и блокировки",
                        "Отладка и профилирование",
                        "Рефлексия и типовая информация");
        assertThat(runtime.keyPoints().get(0).terms()).containsExactly(List.of("планировщик", "scheduler"));
        assertThat(runtime.keyPoints().get(1).terms()).containsExactly(List.of("сборщик мусора", "garbage collector"));
        assertThat(runtime.answer().ru())
                .contains("1. Планировщик (Scheduler)\n- Управляет жизненным циклом горутин")
                .endsWith("других высокоуровневых возможностей языка.");

        Question connections = questions.get(2);
        assertThat(connections.keyPoints())
                .extracting(KeyPoint::terms)
                .contains(
                        List.of(List.of("горутины", "goroutines")),
                        List.of(List.of("csp", "communicating sequential processes")),
                        List.of(List.of("netpoll")));
        assertThat(result.report().notes())
                .extracting(ImportReport.Note::line, ImportReport.Note::text)
                .containsExactly(
                        tuple(1, "fewer than 3 bullet items: key points were made from the answer's sentences"),
                        tuple(12, "8 points: the first 6 became key points"));
    }

    @Test
    void seedNotesPackLoadsThroughTheLoaderAndMakesAUsableBank() throws Exception {
        MarkdownImport result = seed();

        Path folder = result.writeTo(dir);
        LoadResult loaded = new ContentLoader().load(dir);

        assertThat(folder).isEqualTo(dir.resolve("seed"));
        assertThat(folder.resolve("pack.yaml")).isRegularFile();
        assertThat(folder.resolve("questions.yaml")).isRegularFile();
        assertThat(loaded.errors()).isEmpty();
        assertThat(loaded.bank().pack("seed")).contains(result.pack());
        assertThat(loaded.stats())
                .hasToString("1 pack, 1 topic, 3 questions (junior 0, middle 3, senior 0; open 3, output 0)");

        QuestionBank bank = new QuestionBank(List.of(result.pack()));
        Pack pack = bank.pack("seed").orElseThrow();
        assertThat(pack.questions("notes", Level.MIDDLE)).hasSize(3);
        String id = pack.questions().get(1).id();
        assertThat(id).isEqualTo("seed-chem-zanimaetsya-rantaym-go");
        assertThat(bank.question(id)).isPresent();
    }

    @Test
    void reportPrintsWhatWasImportedAndSkippedWithLines() throws Exception {
        String report = seed().report().toString();

        assertThat(report)
                .startsWith("seed-notes.md: imported 3 questions into pack 'seed' (language ru, level middle),"
                        + " skipped 6 sections\n")
                .contains("  line 12: Чем занимается рантайм go? -> seed-chem-zanimaetsya-rantaym-go"
                        + " (topic notes, 6 key points)\n")
                .contains("  line 83: Что такое каналы, зачем они нужны -- no answer: only a link under the heading\n")
                .contains("  line 12: Чем занимается рантайм go? -- 8 points: the first 6 became key points\n");
    }

    @Test
    void bulletItemsBecomeKeyPointsWithTermsFromTheItem() {
        MarkdownImport result = importText("""
                ## What is a goroutine?
                A goroutine is a function running concurrently with others.

                - Goroutines are multiplexed onto OS threads by the runtime scheduler
                * They start with a small stack that grows on demand
                + Creating one costs far less than creating a thread
                1. Communicate through channels
                2) Synchronise with sync.WaitGroup
                """);

        Question q = result.pack().questions().get(0);
        assertThat(q.keyPoints())
                .extracting(k -> k.statement().en())
                .containsExactly(
                        "Goroutines are multiplexed onto OS threads by the runtime scheduler",
                        "They start with a small stack that grows on demand",
                        "Creating one costs far less than creating a thread",
                        "Communicate through channels",
                        "Synchronise with sync.WaitGroup");
        assertThat(q.keyPoints().get(0).terms())
                .as("seven significant words give two groups, the longest ones")
                .containsExactly(List.of("goroutines"), List.of("multiplexed"));
        assertThat(q.keyPoints().get(4).terms()).containsExactly(List.of("sync.waitgroup"));
        assertThat(q.keyPoints()).allSatisfy(k -> assertThat(k.terms()).hasSizeBetween(1, 3));
        assertThat(result.report().language()).isEqualTo(Lang.EN);
        assertThat(q.answer().en())
                .startsWith("A goroutine is a function")
                .endsWith("2) Synchronise with sync.WaitGroup");
    }

    @Test
    void nestedItemsAreDetailsOfTheirPoint() {
        MarkdownImport result = importText("""
                # Which synchronisation primitives do you know?
                - Mutex (мьютекс)
                  - Lock and Unlock guard a critical section
                - RWMutex
                  - many readers or one writer
                - WaitGroup
                """);

        assertThat(result.pack().questions().get(0).keyPoints())
                .extracting(k -> k.statement().en(), KeyPoint::terms)
                .containsExactly(
                        tuple("Mutex (мьютекс)", List.of(List.of("mutex", "мьютекс"))),
                        tuple("RWMutex", List.of(List.of("rwmutex"))),
                        tuple("WaitGroup", List.of(List.of("waitgroup"))));
    }

    @Test
    void fewerThanThreeItemsMakeKeyPointsFromSentences() {
        MarkdownImport result = importText("""
                ### What does the garbage collector do?
                It finds memory that no live pointer reaches and frees it. It runs concurrently with the program.
                The pauses are short because marking happens alongside the program.

                - Tuned with GOGC
                """);

        Question q = result.pack().questions().get(0);
        assertThat(q.keyPoints())
                .extracting(k -> k.statement().en())
                .containsExactly(
                        "It finds memory that no live pointer reaches and frees it",
                        "It runs concurrently with the program",
                        "The pauses are short because marking happens alongside the program",
                        "Tuned with GOGC");
        assertThat(result.report().notes())
                .extracting(ImportReport.Note::text)
                .containsExactly("fewer than 3 bullet items: key points were made from the answer's sentences");
    }

    @Test
    void sectionTooShortForThreeKeyPointsIsSkipped() {
        MarkdownImport result = importText("""
                ## What is the zero value of a map?
                It is nil. Reading from it works, writing to it panics.
                """);

        assertThat(result.pack().questions()).isEmpty();
        assertThat(result.report().skipped())
                .extracting(ImportReport.Skipped::line, ImportReport.Skipped::reason)
                .containsExactly(tuple(
                        1,
                        "too little to check: 2 key points could be made from the answer, a question needs 3 to 6"
                                + " (write the answer as three or more bullet items)"));
    }

    @Test
    void sectionsWithoutAnAnswerAreSkippedNeverImportedEmpty() {
        MarkdownImport result = importText("""
                ## Empty

                ## Markdown link
                [notes](../channels/README.md)

                ## Bare link
                https://go.dev/doc/effective_go

                ## Indented link
                    https://go.dev/ref/mem

                ## Todo
                TODO

                ## Commented todo
                // TODO:

                ## Todo with words
                TODO: write about the memory model

                ## Only a follow-up question
                Why does it matter?
                """);

        assertThat(result.pack().questions()).isEmpty();
        assertThat(result.report().skipped())
                .extracting(ImportReport.Skipped::line, ImportReport.Skipped::heading, ImportReport.Skipped::reason)
                .containsExactly(
                        tuple(1, "Empty", "no answer: nothing under the heading"),
                        tuple(3, "Markdown link", "no answer: only a link under the heading"),
                        tuple(6, "Bare link", "no answer: only a link under the heading"),
                        tuple(9, "Indented link", "no answer: only a link under the heading"),
                        tuple(12, "Todo", "no answer: only TODO under the heading"),
                        tuple(15, "Commented todo", "no answer: only TODO under the heading"),
                        tuple(18, "Todo with words", "no answer: only TODO under the heading"),
                        tuple(
                                21,
                                "Only a follow-up question",
                                "no answer: only a question without an answer under the" + " heading"));
        assertThatThrownBy(() -> result.writeTo(dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("nothing to write: no section of notes.md was imported");
    }

    @Test
    void sectionHeadingsBecomeTopicsAndFlatNotesGoToNotes() {
        MarkdownImport result = importText("""
                ## Before any section
                - one point here
                - another point there
                - a third point anywhere

                # Конкурентность
                ## Каналы
                - Канал передаёт значения между горутинами
                - Небуферизованный канал синхронизирует отправителя и получателя
                - Закрытый канал отдаёт нулевые значения

                ### Select
                - select ждёт нескольких операций с каналами
                - default делает select неблокирующим
                - Из готовых веток выбирается случайная

                # Память
                ## Escape analysis
                - Компилятор решает, где живёт переменная
                - Убегающие значения попадают в кучу
                - go build -gcflags=-m показывает решения
                """);

        Pack pack = result.pack();
        assertThat(pack.topics())
                .extracting(t -> t.id(), t -> t.title().ru())
                .containsExactly(
                        tuple("notes", "Заметки"), tuple("konkurentnost", "Конкурентность"), tuple("pamyat", "Память"));
        assertThat(pack.questions())
                .extracting(Question::topicId, q -> q.text().en())
                .containsExactly(
                        tuple("notes", "Before any section"),
                        tuple("konkurentnost", "Каналы"),
                        tuple("konkurentnost", "Select"),
                        tuple("pamyat", "Escape analysis"));
        assertThat(result.report().notes())
                .extracting(ImportReport.Note::line, ImportReport.Note::text)
                .containsExactly(
                        tuple(6, "a section, not a question: the questions under it form topic 'konkurentnost'"),
                        tuple(17, "a section, not a question: the questions under it form topic 'pamyat'"));
    }

    @Test
    void sectionWithoutImportedQuestionsMakesNoTopic() throws IOException {
        MarkdownImport result = importText("""
                ### Тесты
                #### Какие бывают тесты?
                - Модульные проверяют одну функцию
                - Интеграционные проверяют связку компонентов
                - Сквозные проверяют систему целиком
                #### Что такое моки?
                [моки](../mocks/README.md)

                ### Профилирование
                #### Как снять профиль CPU?
                TODO
                """);

        assertThat(result.pack().topics()).extracting(t -> t.id()).containsExactly("testy");
        assertThat(result.pack().questions())
                .extracting(Question::topicId, q -> q.text().ru())
                .containsExactly(tuple("testy", "Какие бывают тесты?"));
        assertThat(result.report().skipped())
                .extracting(ImportReport.Skipped::line, ImportReport.Skipped::heading)
                .containsExactly(tuple(6, "Что такое моки?"), tuple(10, "Как снять профиль CPU?"));
        assertThat(result.report().notes())
                .extracting(ImportReport.Note::line, ImportReport.Note::text)
                .containsExactly(
                        tuple(1, "a section, not a question: the questions under it form topic 'testy'"),
                        tuple(9, "a section, not a question; no question under it was imported"));
        result.writeTo(dir);
        assertThat(new ContentLoader().load(dir).errors()).isEmpty();
    }

    @Test
    void labelHeadingsAndNumberedTitlesStayInTheAnswer() {
        MarkdownImport result = importText("""
                ### 2. Как устроена мапа?
                Мапа — хеш-таблица из бакетов.

                #### Главное:
                1. Бакеты (buckets) по восемь пар
                - при переполнении цепочка overflow-бакетов
                2. Рост (evacuation)
                - при росте данные переносятся постепенно
                3. Итерация случайна
                """);

        Question q = result.pack().questions().get(0);
        assertThat(q.text().ru()).isEqualTo("Как устроена мапа?");
        assertThat(q.answer().ru()).isEqualTo("""
                        Мапа — хеш-таблица из бакетов.

                        Главное:
                        1. Бакеты (buckets) по восемь пар
                        - при переполнении цепочка overflow-бакетов
                        2. Рост (evacuation)
                        - при росте данные переносятся постепенно
                        3. Итерация случайна""");
        assertThat(q.keyPoints())
                .extracting(k -> k.statement().ru(), KeyPoint::terms)
                .containsExactly(
                        tuple("Бакеты (buckets) по восемь пар", List.of(List.of("бакеты", "buckets"))),
                        tuple("Рост (evacuation)", List.of(List.of("рост", "evacuation"))),
                        tuple("Итерация случайна", List.of(List.of("итерация"))));
    }

    @Test
    void absoluteLinksBecomeSourcesAndRelativeOnesAreDropped() {
        MarkdownImport result = importText("""
                ## How does the race detector work?
                [local notes](../race/README.md)

                It instruments memory accesses at compile time, see [the article](https://go.dev/doc/articles/race_detector).

                - Enabled with -race
                - Finds races that happen during the run
                - Slows the program down several times
                """);

        Question q = result.pack().questions().get(0);
        assertThat(q.sources()).containsExactly("https://go.dev/doc/articles/race_detector");
        assertThat(q.answer().en()).doesNotContain("README.md").startsWith("It instruments memory accesses");
    }

    @Test
    void questionIdsAreValidAndUnique() {
        MarkdownImport result = importText("""
                ## Что такое горутина и чем она отличается от потока операционной системы на самом деле?
                - Горутина легче потока
                - Стек горутины растёт
                - Планирует рантайм
                ## Что такое горутина и чем она отличается от потока операционной системы на самом деле?
                - Горутина легче потока
                - Стек горутины растёт
                - Планирует рантайм
                """);

        assertThat(result.pack().questions())
                .extracting(Question::id)
                .containsExactly(
                        "notes-chto-takoe-gorutina-i-chem-ona-otlichaetsya-ot-potoka",
                        "notes-chto-takoe-gorutina-i-chem-ona-otlichaetsya-ot-2");
        assertThat(result.pack().questions())
                .allSatisfy(
                        q -> assertThat(q.id()).matches("[a-z0-9][a-z0-9-]*").hasSizeLessThanOrEqualTo(60));
    }

    @Test
    void levelComesFromTheImporterAndBadPackIdsAreRejected() {
        MarkdownImport result = new MarkdownImporter(Level.SENIOR)
                .importText("# Q\n- first point\n- second point\n- third point\n", "q.md", "deep", TITLE);

        assertThat(result.pack().questions()).extracting(Question::level).containsExactly(Level.SENIOR);
        assertThatThrownBy(() -> new MarkdownImporter().importText("# Q", "q.md", "Bad_Id", TITLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad pack id 'Bad_Id'");
    }

    private static MarkdownImport importText(String markdown) {
        return new MarkdownImporter().importText(markdown, "notes.md", "notes", TITLE);
    }

    private static MarkdownImport seed() throws IOException, URISyntaxException {
        Path file = Path.of(Objects.requireNonNull(MarkdownImporterTest.class.getResource("/seed-notes.md"))
                .toURI());
        return new MarkdownImporter().importFile(file, "seed");
    }
}
