package dev.sobes.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.model.Lang;
import org.junit.jupiter.api.Test;

class TextsTest {
    final Texts texts = new Texts();

    @Test
    void everyLanguageHasEveryText() {
        assertThat(texts.keys(Lang.RU)).isEqualTo(texts.keys(Lang.EN));
        assertThat(texts.keys(Lang.EN)).hasSizeGreaterThan(50);
    }

    @Test
    void placeholdersAreFilledInOrder() {
        assertThat(texts.get(Lang.EN, "error.long-answer", 5000, 4000))
                .isEqualTo("Your answer is 5000 characters long; the limit is 4000. Shorten it and send it again.");
    }
}
