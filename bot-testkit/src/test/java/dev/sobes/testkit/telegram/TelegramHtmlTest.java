package dev.sobes.testkit.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TelegramHtmlTest {

    @Test
    void documentedMarkupParsesToItsVisibleText() throws Exception {
        String html = "<b>bold</b> <strong>s</strong> <i>i</i> <u>u</u> <s>s</s> <span class=\"tg-spoiler\">x</span>"
                + " <a href=\"https://go.dev\">go</a> <code>c</code> <pre><code class=\"language-go\">a &lt; b</code></pre>"
                + " <blockquote>q</blockquote> &amp; &quot; &#128512; &#x1F600;";

        assertThat(TelegramHtml.visibleText(html)).isEqualTo("bold s i u s x go c a < b q & \" 😀 😀");
    }

    @Test
    void whatTelegramRefusesIsRefusedWithItsReason() {
        assertThatThrownBy(() -> TelegramHtml.visibleText("<script>x</script>"))
                .hasMessageContaining("Unsupported start tag \"script\"");
        assertThatThrownBy(() -> TelegramHtml.visibleText("<b><i>x</b></i>")).hasMessageContaining("Unmatched end tag");
        assertThatThrownBy(() -> TelegramHtml.visibleText("<b>x")).hasMessageContaining("Can't find end tag");
        assertThatThrownBy(() -> TelegramHtml.visibleText("a < b")).hasMessageContaining("Unsupported start tag");
        assertThatThrownBy(() -> TelegramHtml.visibleText("fish & chips")).hasMessageContaining("'&'");
        assertThatThrownBy(() -> TelegramHtml.visibleText("<pre><b>x</b></pre>"))
                .hasMessageContaining("nested");
        assertThatThrownBy(() -> TelegramHtml.visibleText("<a>x</a>")).hasMessageContaining("href");
        assertThatThrownBy(() -> TelegramHtml.visibleText("x</b>")).hasMessageContaining("Unexpected end tag");
    }

    @Test
    void aGreaterThanSignNeedsNoEscape() throws Exception {
        assertThat(TelegramHtml.visibleText("a > b")).isEqualTo("a > b");
    }
}
