package dev.sobes.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.model.Grade;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {
    final AnswerCheck check = new AnswerCheck();

    @Test
    void wordEndingsCaseAndYoDoNotMatter() {
        assertThat(check.check(Fixtures.UNBUFFERED, "ОТПРАВИТЕЛЬ БЛОКИРУЕТСЯ, пока ПОЛУЧАТЕЛИ не придут")
                        .covered())
                .containsExactly(true, true, false);
        assertThat(check.check(Fixtures.UNBUFFERED, "The sender waits; it is blocked until the receiving side reads.")
                        .covered())
                .containsExactly(true, true, false);
    }

    @Test
    void coveredPointsSuggestAGrade() {
        Coverage coverage =
                check.check(Fixtures.UNBUFFERED, "Отправитель блокируется и ждёт, пока получатель примет значение");
        assertThat(coverage.covered()).containsExactly(true, true, false);
        assertThat(coverage.suggested()).isEqualTo(Grade.GOOD);
    }

    @Test
    void phraseAlternativesNeedTheirWordsTogether() {
        assertThat(check.check(Fixtures.MUTEX, "normal mode").covered()).containsExactly(true, false, false);
        assertThat(check.check(Fixtures.MUTEX, "mode is normal").covered()).containsExactly(false, false, false);
    }

    @Test
    void anEmptyAnswerCoversNothing() {
        assertThat(check.check(Fixtures.MUTEX, "").suggested()).isEqualTo(Grade.AGAIN);
    }

    @Test
    void outputIsComparedExactlyAfterTrimmingWhitespace() {
        assertThat(check.check(Fixtures.PRINT, "  5 5  \r\n").covered()).containsExactly(true);
        assertThat(check.check(Fixtures.PRINT, "5  5").covered()).containsExactly(false);
        assertThat(check.check(Fixtures.PRINT, "5 4").suggested()).isEqualTo(Grade.AGAIN);
    }
}
