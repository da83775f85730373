package dev.sobes.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.ButtonPress;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.model.Grade;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.store.GradeRecord;
import dev.sobes.core.store.InMemoryProgressStore;
import dev.sobes.core.store.InMemorySessionStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PracticeConversationTest {
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    final InMemoryProgressStore progress = new InMemoryProgressStore();
    final InMemorySessionStore sessions = new InMemorySessionStore();

    Engine engine(QuestionBank bank) {
        return new Engine(
                () -> bank,
                sessions,
                progress,
                Clock.fixed(NOW, ZoneOffset.UTC),
                42,
                new ActionCodec("a test secret of enough bytes".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void startGreetsInTheLanguageThePlatformReports() {
        Chat ru = new Chat(engine(Fixtures.goOnly()), "1", "ru-RU");
        ru.send("/start");
        assertThat(ru.text()).contains("Добро пожаловать в Собес");
        assertThat(ru.lastLabels()).contains("Тренировка", "Помощь", "English");

        Chat en = new Chat(engine(Fixtures.goOnly()), "2", "en");
        en.send("/start");
        assertThat(en.text()).contains("Welcome to Sobes");
        assertThat(en.lastLabels()).contains("Practice", "Help", "Русский");
    }

    @Test
    void wholePracticeByButtonsFromStartToSummary() {
        Chat chat = new Chat(engine(Fixtures.goAndSql()), "1", "en");
        chat.send("/start");
        chat.press("Practice");
        assertThat(chat.text()).isEqualTo("Choose a question pack:");
        assertThat(chat.lastLabels()).containsExactly("Go interview", "SQL");

        chat.press("Go interview");
        assertThat(chat.text()).isEqualTo("Choose a topic in Go interview:");
        assertThat(chat.lastLabels()).containsExactly("All topics", "Channels", "Slices", "Sync");

        chat.press("Channels");
        assertThat(chat.lastLabels()).containsExactly("Junior", "Middle", "Senior", "Mixed");

        chat.press("Junior");
        String card = chat.text();
        assertThat(card).startsWith("Channels · Junior · question 1");
        assertThat(card)
                .containsAnyOf(
                        Fixtures.UNBUFFERED.text().en(), Fixtures.CLOSED.text().en());
        assertThat(chat.lastLabels()).containsExactly("Hint", "Skip", "Stop");

        boolean unbufferedFirst = card.contains(Fixtures.UNBUFFERED.text().en());
        String good = unbufferedFirst
                ? "The sender blocks until a receiver is ready."
                : "You get the zero value, ok is false.";
        chat.send(good);
        String feedback = chat.text();
        assertThat(feedback).contains("Key points covered: 2 of 3");
        assertThat(feedback).contains("Suggested grade: Good");
        assertThat(feedback).contains("Reference answer");
        assertThat(feedback).contains(unbufferedFirst ? "✅ The send blocks" : "✅ The zero value");
        assertThat(feedback).contains(unbufferedFirst ? "❌ It synchronises goroutines" : "❌ It does not block");
        assertThat(chat.lastLabels()).containsExactly("Again", "Hard", "Good", "Easy", "Next", "Stop");
        assertThat(chat.lastReply().key()).isEqualTo("f1");

        chat.press("Hard");
        Reply graded = chat.lastReply();
        assertThat(graded.replace()).isTrue();
        assertThat(graded.key()).isEqualTo("f1");
        assertThat(chat.text()).contains("Your grade: Hard. Saved.");
        assertThat(chat.lastLabels()).containsExactly("Next", "Stop");
        assertThat(progress.grades(chat.person.id()))
                .extracting(GradeRecord::grade, GradeRecord::chosen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Grade.HARD, true));

        chat.press("Next");
        assertThat(chat.text()).startsWith("Channels · Junior · question 2");
        chat.send("no idea");
        assertThat(chat.text()).contains("Key points covered: 0 of 3").contains("Suggested grade: Again");

        chat.send("/stop");
        assertThat(chat.text())
                .contains("Practice summary")
                .contains("answered: 2")
                .contains("key points covered: 33%")
                .contains("Again: 1, Hard: 1, Good: 0, Easy: 0");
        assertThat(progress.answers(chat.person.id())).hasSize(2);
        assertThat(progress.grades(chat.person.id())).hasSize(2);
    }

    @Test
    void practiceByCommandArgumentsAsksAtOnce() {
        Chat chat = new Chat(engine(Fixtures.goAndSql()), "1", "ru");
        chat.send("/practice go sync senior");
        assertThat(chat.text()).startsWith("Синхронизация · Senior · вопрос 1").contains("Как устроен sync.Mutex?");

        chat.send("/practice queries");
        assertThat(chat.text()).isEqualTo("Выберите уровень для темы «Запросы»:");
        chat.press("Любой");
        assertThat(chat.text()).contains("Чем WHERE отличается от HAVING?");
    }

    @Test
    void argumentsThatNameNothingAreExplainedAndChangeNothing() {
        Chat chat = new Chat(engine(Fixtures.goOnly()), "1", "en");
        chat.send("/practice go channels junior");
        Object before = sessions.load(chat.conversation.key()).orElseThrow();

        chat.send("/practice go kubernetes expert");
        assertThat(chat.text())
                .contains("I don't know: kubernetes, expert.")
                .contains("topics of go: channels, slices, sync")
                .contains("levels: junior, middle, senior, mixed");
        assertThat(sessions.load(chat.conversation.key())).contains((Session) before);
    }

    @Test
    void badInputGetsAClearReplyAndLeavesTheSessionAsItWas() {
        Chat chat = new Chat(engine(Fixtures.goOnly()), "1", "en");
        chat.send("an answer to nothing");
        assertThat(chat.text()).isEqualTo("There is no open question right now. /practice starts one.");
        chat.send("/frobnicate now");
        assertThat(chat.text()).isEqualTo("I don't know the command /frobnicate. /help lists the commands.");

        chat.send("/practice go slices middle");
        Session asking = sessions.load(chat.conversation.key()).orElseThrow();

        chat.send("   \n\t ");
        assertThat(chat.text()).isEqualTo("The answer is empty. Write your answer in your own words, or /skip.");
        chat.send("x".repeat(100_000));
        assertThat(chat.text())
                .isEqualTo("Your answer is 100000 characters long; the limit is 4000. Shorten it and send it again.");
        chat.input(new ButtonPress(chat.conversation, chat.person, "grade:easy:1.AAAAAAAAAAAA"));
        assertThat(chat.text()).startsWith("That button is not one I can accept here");
        chat.input(new ButtonPress(chat.conversation, chat.person, "💥<b>&amp;"));
        assertThat(chat.text()).startsWith("That button is not one I can accept here");

        assertThat(sessions.load(chat.conversation.key())).contains(asking);
        assertThat(progress.answers(chat.person.id())).isEmpty();

        chat.send("5 5");
        assertThat(chat.text()).contains("✅ Correct");
    }

    @Test
    void aButtonIssuedInAnotherConversationIsRefused() {
        Engine engine = engine(Fixtures.goOnly());
        Chat ann = new Chat(engine, "1", "en");
        Chat bob = new Chat(engine, "2", "en");
        ann.send("/practice go sync senior");
        bob.send("/practice go sync senior");
        String annsSkip = ann.button("Skip").action();

        bob.input(new ButtonPress(bob.conversation, bob.person, annsSkip));
        assertThat(bob.text()).startsWith("That button is not one I can accept here");
        bob.input(new ButtonPress(
                Conversation.direct(Platform.DISCORD, "2"),
                bob.person,
                bob.button("Skip").action()));
        assertThat(bob.text()).startsWith("That button is not one I can accept here");
    }

    @Test
    void aButtonFromAnEarlierQuestionIsStale() {
        Chat chat = new Chat(engine(Fixtures.goOnly()), "1", "en");
        chat.send("/practice go channels junior");
        chat.send("it blocks");
        String oldEasy = chat.button("Easy").action();
        chat.press("Next");
        chat.input(new ButtonPress(chat.conversation, chat.person, oldEasy));
        assertThat(chat.text()).startsWith("That button belongs to an earlier message");
        assertThat(progress.grades(chat.person.id()))
                .extracting(GradeRecord::grade)
                .doesNotContain(Grade.EASY);
    }

    @Test
    void markupInAnAnswerIsKeptAsTextAndScored() {
        Chat chat = new Chat(engine(Fixtures.goOnly()), "1", "en");
        chat.send("/ask go-channels-unbuffered");
        String answer = "<b>blocks</b> & **waits** for the `receiver` </pre><script>";
        chat.send(answer);
        assertThat(chat.text()).contains("Key points covered: 2 of 3");
        assertThat(progress.answers(chat.person.id()).get(0).text()).isEqualTo(answer);
    }

    @Test
    void hintsRevealContentHintsThenKeyPointsOneAtATime() {
        Chat chat = new Chat(engine(Fixtures.goOnly()), "1", "ru");
        chat.send("/ask go-channels-unbuffered");
        chat.send("/hint");
        assertThat(chat.text()).isEqualTo("Подсказка 1 из 4: Где хранится значение без буфера?");
        chat.press("Подсказка");
        assertThat(chat.text()).isEqualTo("Подсказка 2 из 4: Отправка блокируется");
        chat.send("/hint");
        chat.send("/hint");
        chat.send("/hint");
        assertThat(chat.text()).startsWith("Подсказок больше нет");
    }

    @Test
    void skipMovesOnAndIsCountedInTheSummary() {
        Chat chat = new Chat(engine(Fixtures.goOnly()), "1", "en");
        chat.send("/practice go channels junior");
        chat.press("Skip");
        assertThat(chat.text()).startsWith("Skipped.").contains("question 2");
        chat.send("/skip");
        assertThat(chat.text())
                .contains("That was every question of this selection")
                .contains("skipped: 2");
        chat.send("/skip");
        assertThat(chat.text()).isEqualTo("There is no open question right now. /practice starts one.");
    }

    @Test
    void deepLinkAndAskOpenOneQuestionById() {
        Chat chat = new Chat(engine(Fixtures.goOnly()), "1", "en");
        chat.send("/start q_go-slices-append-print");
        assertThat(chat.text()).contains("Slices · Middle · question 1").contains("fmt.Println(b[3], c[3])");
        chat.send("5 4");
        assertThat(chat.text()).contains("❌ Not quite. The program prints:").contains("5 5");

        chat.send("/ask no-such-question");
        assertThat(chat.text())
                .isEqualTo(
                        "There is no question with the id \"no-such-question\". Check the id, or /practice to choose by topic.");
    }

    @Test
    void languageSwitchesAndIsRemembered() {
        Engine engine = engine(Fixtures.goOnly());
        Chat chat = new Chat(engine, "1", "en");
        chat.send("/lang ru");
        assertThat(chat.text()).isEqualTo("Язык: русский.");
        chat.send("/help");
        assertThat(chat.text()).startsWith("Команды");
        chat.send("/menu");
        chat.press("English");
        assertThat(chat.text()).isEqualTo("Language: English.");
        chat.send("/lang klingon");
        assertThat(chat.text()).isEqualTo("I don't know the language \"klingon\". Use /lang ru or /lang en.");

        Chat again = new Chat(engine, "1", "ru");
        again.send("/start");
        assertThat(again.text()).contains("Welcome to Sobes");
    }

    @Test
    void movingOnWithoutGradingKeepsTheSuggestedGrade() {
        Chat chat = new Chat(engine(Fixtures.goOnly()), "1", "en");
        chat.send("/ask go-sync-mutex");
        chat.send("normal mode and starvation mode, with spinning");
        assertThat(chat.text()).contains("Key points covered: 3 of 3").contains("Suggested grade: Easy");
        chat.send("/next");
        assertThat(progress.grades(chat.person.id()))
                .extracting(GradeRecord::grade, GradeRecord::chosen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Grade.EASY, false));
    }

    @Test
    void theFeedbackCardSaysWhyABareListOfTermsEarnedLittle() {
        Chat chat = new Chat(engine(Fixtures.goOnly()), "1", "en");
        chat.send("/ask go-channels-unbuffered");
        chat.send("block, receiver, synchronise");
        assertThat(chat.text())
                .contains("Key points covered: 1 of 3")
                .contains("A bare list of terms earns at most a third of the key points");
        chat.press("Good");
        assertThat(chat.text())
                .as("the card edited with the grade keeps the note")
                .contains("Your grade: Good")
                .contains("A bare list of terms");

        chat.send("/ask go-channels-unbuffered");
        chat.send("The send blocks until a receiver takes the value, so it synchronises the two goroutines.");
        assertThat(chat.text()).contains("Key points covered: 3 of 3").doesNotContain("A bare list of terms");
    }
}
