package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormIdsTest {
    /** As long as the engine's actions get: a 48-character payload, a dot and a 12-character MAC. */
    private static final String LONGEST_ACTION = "g:" + "x".repeat(46) + ".AbCdEfGhIj-_";

    @Test
    void anActionRoundTripsThroughTheButtonAndItsModal() {
        assertThat(FormIds.actionOfButton(FormIds.button("g:abc:ans:1.AbCdEfGhIjKl")))
                .contains("g:abc:ans:1.AbCdEfGhIjKl");
        assertThat(FormIds.actionOfModal(FormIds.modal("g:abc:ans:1.AbCdEfGhIjKl")))
                .contains("g:abc:ans:1.AbCdEfGhIjKl");
    }

    @Test
    void theLongestActionFitsDiscordsCustomIds() {
        assertThat(FormIds.button(LONGEST_ACTION)).hasSizeLessThanOrEqualTo(Layout.CUSTOM_ID);
        assertThat(FormIds.modal(LONGEST_ACTION)).hasSizeLessThanOrEqualTo(Layout.CUSTOM_ID);
    }

    @Test
    void otherIdsAreNotForms() {
        assertThat(FormIds.actionOfButton("g:abc:ans:1.AbCdEfGhIjKl")).isEmpty();
        assertThat(FormIds.actionOfButton(FormIds.modal("g:a.b"))).isEmpty();
        assertThat(FormIds.actionOfModal(FormIds.button("g:a.b"))).isEmpty();
        assertThat(FormIds.actionOfButton("!text:<@123> *x*")).isEmpty();
        assertThat(FormIds.actionOfButton(AnswerIds.button("q1"))).isEmpty();
        assertThatThrownBy(() -> FormIds.button("has space")).isInstanceOf(IllegalArgumentException.class);
    }
}
