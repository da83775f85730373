package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerIdsTest {
    @Test
    void aCardKeyRoundTrips() {
        assertThat(AnswerIds.keyOfButton(AnswerIds.button("q12"))).contains("q12");
        assertThat(AnswerIds.keyOfModal(AnswerIds.modal("q12"))).contains("q12");
    }

    @Test
    void otherIdsAreNotAnswerIds() {
        assertThat(AnswerIds.keyOfButton("hint:1.AbCdEfGhIjKl")).isEmpty();
        assertThat(AnswerIds.keyOfButton("!answer:../../x")).isEmpty();
        assertThat(AnswerIds.keyOfButton(AnswerIds.modal("q1"))).isEmpty();
        assertThat(AnswerIds.button("q1")).hasSizeLessThanOrEqualTo(100);
    }
}
