package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.model.Lang;
import org.junit.jupiter.api.Test;

class AdapterTextsTest {
    private final AdapterTexts texts = new AdapterTexts();

    @Test
    void everyLanguageHasEveryText() {
        assertThat(texts.keys(Lang.RU)).isEqualTo(texts.keys(Lang.EN)).isNotEmpty();
    }

    @Test
    void theAnswerNoteHasAPlaceForTheButtonsName() {
        for (Lang lang : Lang.values()) {
            assertThat(texts.get(lang, "answer.use-button", "X")).contains("X");
        }
    }

    @Test
    void modalTitlesFitDiscordsLimit() {
        for (Lang lang : Lang.values()) {
            assertThat(texts.get(lang, "answer.modal.title")).hasSizeLessThanOrEqualTo(45);
            assertThat(texts.get(lang, "answer.modal.label")).hasSizeLessThanOrEqualTo(45);
        }
    }
}
