package dev.sobes.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Block;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContentTextTest {
    @Test
    void paragraphsCodeListsAndInlineStylesBecomeBlocks() {
        RichText text = ContentText.toRichText(
                "First line\ncontinues with `code` and **bold**.\n\n```go\nfmt.Println(1)\n```\n- one\n- two\n");
        assertThat(text.blocks()).hasSize(3);
        assertThat(text.blocks().get(0))
                .isEqualTo(new Block.Paragraph(List.of(
                        Span.plain("First line continues with "),
                        Span.code("code"),
                        Span.plain(" and "),
                        Span.bold("bold"),
                        Span.plain("."))));
        assertThat(text.blocks().get(1)).isEqualTo(new Block.CodeBlock("go", "fmt.Println(1)\n"));
        assertThat(text.plainText()).endsWith("• one\n• two");
    }

    @Test
    void unmatchedMarkersStayText() {
        assertThat(ContentText.toRichText("a ` b ** c").plainText()).isEqualTo("a ` b ** c");
    }
}
