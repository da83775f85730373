package dev.sobes.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.model.Grade;
import dev.sobes.core.model.KeyPoint;
import dev.sobes.core.model.Level;
import dev.sobes.core.model.LocalizedText;
import dev.sobes.core.model.Question;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class AnswerFeedbackTest {
    final AnswerFeedback feedback = new AnswerFeedback();

    static final Question SEND = question(
            "Что происходит при отправке в небуферизованный канал?",
            "Отправка блокируется, пока получатель не примет значение; unlock и block — разные слова.",
            point(
                    "Отправка блокируется",
                    "The send blocks",
                    List.of("block", "blocks", "блокирует", "блокируется", "блокироваться")),
            point(
                    "Пока получатель не примет значение",
                    "Until a receiver takes the value",
                    List.of("receiver", "получатель", "примет", "прочитает")),
            point(
                    "Это синхронизация двух горутин",
                    "It synchronises two goroutines",
                    List.of("synchronisation", "synchronization", "синхронизация", "синхронизирует")));

    static final Question MAP = question(
            "Можно ли писать в map из нескольких горутин?",
            "Нет: map не потокобезопасна, recover это не перехватит.",
            point(
                    "Map не потокобезопасна",
                    "A map is not safe",
                    List.of("not safe", "не потокобезопасна", "не безопасна", "data race", "гонка")),
            point(
                    "recover это не ловит",
                    "recover cannot catch it",
                    List.of("recover"),
                    List.of("not", "не", "нельзя")),
            point("Защита мьютексом", "Protect it with a mutex", List.of("mutex", "мьютекс")));

    @Test
    void wordsMatchWholeNeverAsPartsOfLongerWords() {
        Question air = question(
                "Что такое air?",
                "Air.",
                point("air", "air", List.of("air")),
                point("map", "map", List.of("map")),
                point("x", "x", List.of("channel")));
        assertThat(feedback.assess(air, "a chair and a heap map").covered()).containsExactly(false, true, false);
        assertThat(feedback.assess(air, "the air, maps and channels").covered()).containsExactly(true, true, true);
        assertThat(feedback.assess(air, "we change things").covered()).containsExactly(false, false, false);
    }

    @Test
    void wordFormsCaseYoAndPunctuationDoNotMatter() {
        assertThat(feedback.assess(SEND, "ОТПРАВИТЕЛЬ БЛОКИРУЕТСЯ… ПОЛУЧАТЕЛИ ждут")
                        .covered())
                .containsExactly(true, true, false);
        assertThat(feedback.assess(SEND, "The sender is blocked; receivers (any of them) take it.")
                        .covered())
                .containsExactly(true, true, false);
        assertThat(feedback.assess(SEND, "горутины синхронизируются: СИНХРОНИЗАЦИЯ")
                        .covered())
                .containsExactly(false, false, true);
    }

    @Test
    void oneTypoCountsInMiddleLengthWordsTwoInLongOnesNoneInShortOnes() {
        assertThat(feedback.assess(SEND, "отправитель блакирует до прихода получтеля")
                        .covered())
                .containsExactly(true, true, false);
        assertThat(feedback.assess(SEND, "it is a sinchronisatoin point").covered())
                .containsExactly(false, false, true);
        assertThat(feedback.assess(SEND, "it is a sinhcronisatoin poitn").covered())
                .as("three edits are too many")
                .containsExactly(false, false, false);
        assertThat(feedback.assess(SEND, "the send blok").covered())
                .as("no typos in short words")
                .containsExactly(false, false, false);
    }

    @Test
    void aWordOfTheQuestionsOwnTextIsNeverTakenForATypo() {
        Question unblock = question(
                "Чем unlock отличается от unblock?",
                "unlock снимает блокировку мьютекса, unblock будит горутину.",
                point("unblock", "unblock", List.of("unblock")),
                point("x", "x", List.of("горутина")),
                point("y", "y", List.of("мьютекс")));
        assertThat(feedback.assess(unblock, "вызываем unlock у мьютекса").covered())
                .containsExactly(false, false, true);
        assertThat(feedback.assess(unblock, "вызываем unblok").covered()).containsExactly(true, false, false);
    }

    @Test
    void lookAlikeLettersOfTheOtherScriptAreRead() {
        // Latin "o" and "p" in Cyrillic words, Cyrillic "е" in a Latin one
        assertThat(feedback.assess(SEND, "oтпpавка блoкируется до пoлучателя").covered())
                .containsExactly(true, true, false);
        assertThat(feedback.assess(MAP, "wrap it with a mutеx").covered()).containsExactly(false, false, true);
    }

    @Test
    void aNegatedStatementDoesNotCover() {
        assertThat(feedback.assess(SEND, "Канал не блокирует отправителя").covered())
                .containsExactly(false, false, false);
        assertThat(feedback.assess(SEND, "The send doesn't block.").covered()).containsExactly(false, false, false);
        assertThat(feedback.assess(SEND, "The send does not block and never waits.")
                        .covered())
                .containsExactly(false, false, false);
        assertThat(feedback.assess(SEND, "Отправка никогда не блокируется").covered())
                .containsExactly(false, false, false);
        assertThat(feedback.assess(SEND, "Ни одна горутина не блокируется").covered())
                .containsExactly(false, false, false);
        assertThat(feedback.assess(SEND, "Блокировки не будет, синхронизации нет")
                        .covered())
                .containsExactly(false, false, false);
        assertThat(feedback.assess(SEND, "Sending without blocking").covered()).containsExactly(false, false, false);
    }

    @Test
    void negationStaysInItsClause() {
        assertThat(feedback.assess(SEND, "Канал не буферизован, поэтому отправка блокируется")
                        .covered())
                .containsExactly(true, false, false);
        assertThat(feedback.assess(SEND, "It is not buffered and it blocks").covered())
                .containsExactly(true, false, false);
        assertThat(feedback.assess(SEND, "Without a buffer, it blocks").covered())
                .containsExactly(true, false, false);
    }

    @Test
    void notOnlyDoubleNegativesAndUntilAreNotNegations() {
        assertThat(feedback.assess(SEND, "Канал не только блокирует, но и синхронизирует")
                        .covered())
                .containsExactly(true, false, true);
        assertThat(feedback.assess(SEND, "It does not only block.").covered()).containsExactly(true, false, false);
        assertThat(feedback.assess(SEND, "The send cannot not block.").covered())
                .containsExactly(true, false, false);
        assertThat(feedback.assess(SEND, "Отправка не может не блокироваться").covered())
                .containsExactly(true, false, false);
        assertThat(feedback.assess(SEND, "Ждём, пока получатель не прочитает").covered())
                .containsExactly(false, true, false);
    }

    @Test
    void aNegativeClaimMatchesOnlyWithItsNegation() {
        assertThat(feedback.assess(MAP, "map не потокобезопасна").covered()).containsExactly(true, false, false);
        assertThat(feedback.assess(MAP, "map небезопасна для записи").covered()).containsExactly(true, false, false);
        assertThat(feedback.assess(MAP, "it isn't safe for concurrent writes").covered())
                .containsExactly(true, false, false);
        assertThat(feedback.assess(MAP, "map потокобезопасна, гонки нет").covered())
                .containsExactly(false, false, false);
        assertThat(feedback.assess(MAP, "a map is safe, there is no data race").covered())
                .containsExactly(false, false, false);
    }

    @Test
    void aNegationGroupIsSatisfiedByANegationNearTheOtherTerms() {
        assertThat(feedback.assess(MAP, "recover это не перехватит").covered()).containsExactly(false, true, false);
        assertThat(feedback.assess(MAP, "you cannot recover from it").covered()).containsExactly(false, true, false);
        assertThat(feedback.assess(MAP, "recover it with a deferred function").covered())
                .containsExactly(false, false, false);
    }

    @Test
    void phrasesNeedTheirWordsTogetherAndInOneClause() {
        assertThat(feedback.assess(MAP, "there is a data race").covered()).containsExactly(true, false, false);
        assertThat(feedback.assess(MAP, "the data, race conditions aside").covered())
                .containsExactly(false, false, false);
        assertThat(feedback.assess(MAP, "race of the data").covered()).containsExactly(false, false, false);
    }

    @Test
    void theGroupsOfOnePointMustBeNearEachOther() {
        String filler = " word".repeat(Matcher.POINT_SPAN + 5);
        assertThat(feedback.assess(MAP, "recover is not possible").covered()).containsExactly(false, true, false);
        assertThat(feedback.assess(MAP, "recover." + filler + ". Not here.").covered())
                .containsExactly(false, false, false);
    }

    @Test
    void codeAlternativesAreFoundLiterally() {
        Question make = question(
                "new или make?",
                "make( создаёт, %w оборачивает.",
                point("make(", "make(", List.of("make(")),
                point("%w", "%w", List.of("%w")),
                point("x", "x", List.of("канал")));
        assertThat(feedback.assess(make, "use make([]int, 0, n) and fmt.Errorf(\"%w\", err)")
                        .covered())
                .containsExactly(true, true, false);
        assertThat(feedback.assess(make, "make sure the w is there").covered()).containsExactly(false, false, false);
        assertThat(feedback.assess(make, "remake(x)").covered()).containsExactly(false, false, false);
    }

    @Test
    void keywordAlternativesThatAreCommonWordsMatchOnlyInCapitals() {
        Question sql = question(
                "WHERE или HAVING?",
                "WHERE фильтрует строки.",
                point("AND", "AND", List.of("AND")),
                point("x", "x", List.of("строки")),
                point("y", "y", List.of("группы")));
        assertThat(feedback.assess(sql, "a AND b AND c").covered()).containsExactly(true, false, false);
        assertThat(feedback.assess(sql, "bread and butter").covered()).containsExactly(false, false, false);
    }

    @Test
    void coverageSuggestsAGrade() {
        assertThat(feedback.assess(SEND, "").suggested()).isEqualTo(Grade.AGAIN);
        assertThat(feedback.assess(SEND, "отправка блокируется").suggested()).isEqualTo(Grade.HARD);
        assertThat(feedback.assess(SEND, "отправка блокируется до прихода получателя")
                        .suggested())
                .isEqualTo(Grade.GOOD);
        assertThat(feedback.assess(SEND, "отправка блокируется до прихода получателя, это синхронизация горутин")
                        .suggested())
                .isEqualTo(Grade.EASY);
    }

    @Test
    void assessingIsTheSameFromManyThreadsAndOnRepeat() throws Exception {
        String answer = "отправка блокируется до прихода получателя";
        List<Boolean> expected = feedback.assess(SEND, answer).covered();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Boolean>>> results = pool.invokeAll(Arrays.asList(
                    () -> feedback.assess(SEND, answer).covered(),
                    () -> feedback.assess(SEND, answer).covered(),
                    () -> feedback.assess(SEND, answer).covered(),
                    () -> feedback.assess(SEND, answer).covered()));
            for (Future<List<Boolean>> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
        assertThat(feedback.assess(SEND, "совсем другой текст про погоду").covered())
                .containsExactly(false, false, false);
        assertThat(feedback.assess(SEND, answer).covered()).isEqualTo(expected);
    }

    private static KeyPoint point(String ru, String en, List<String> terms) {
        return new KeyPoint(new LocalizedText(ru, en), List.of(terms));
    }

    private static KeyPoint point(String ru, String en, List<String> subject, List<String> claim) {
        return new KeyPoint(new LocalizedText(ru, en), List.of(subject, claim));
    }

    private static Question question(String text, String answer, KeyPoint... points) {
        return Question.open(
                "test-" + Integer.toHexString(text.hashCode()),
                "go",
                "test",
                Level.JUNIOR,
                LocalizedText.of(text),
                LocalizedText.of(answer),
                List.of(points));
    }
}
