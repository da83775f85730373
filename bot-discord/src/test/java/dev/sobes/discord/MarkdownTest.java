package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTest {
    @Test
    void escape_formattingCharactersShowAsWritten() {
        assertThat(Markdown.escape("*a* _b_ ~~c~~ `d` ||e|| [f](g) \\", false))
                .isEqualTo("\\*a\\* \\_b\\_ \\~\\~c\\~\\~ \\`d\\` \\|\\|e\\|\\| \\[f\\](g) \\\\");
    }

    @Test
    void escape_mentionsCannotForm() {
        assertThat(Markdown.escape("<@123> <@&4> <#5> <t:1:R>", false)).isEqualTo("\\<@123> \\<@&4> \\<#5> \\<t:1:R>");
        assertThat(Markdown.escape("@everyone and @here", false))
                .isEqualTo("@\u200Beveryone and @\u200Bhere")
                .doesNotContain("@everyone")
                .doesNotContain("@here");
    }

    @Test
    void escape_lineStartersAreEscapedOnlyAtTheStartOfALine() {
        assertThat(Markdown.escape("# title\n> quote\n- item\n1. first\na - b > c # d 2.5", true))
                .isEqualTo("\\# title\n\\> quote\n\\- item\n1\\. first\na - b > c # d 2.5");
        assertThat(Markdown.escape("# not a heading mid-line", false)).isEqualTo("# not a heading mid-line");
    }

    @Test
    void render_stylesWrapTheTextButNotItsSpaces() {
        RichText text = RichText.builder()
                .paragraph(
                        Span.bold("Hint 1 of 3:"), Span.plain(" a *b*"), Span.italic(" note "), Span.code("x := <-ch"))
                .build();
        assertThat(Markdown.render(text)).isEqualTo("**Hint 1 of 3:** a \\*b\\* *note* `x := <-ch`");
    }

    @Test
    void render_adjacentStylesAreKeptApart() {
        RichText text =
                RichText.builder().paragraph(Span.bold("a"), Span.italic("b")).build();
        assertThat(Markdown.render(text)).isEqualTo("**a**\u200B*b*");
    }

    @Test
    void inlineCode_backticksInsideCannotCloseIt() {
        assertThat(Markdown.inlineCode("a`b")).isEqualTo("`` a`b ``");
        assertThat(Markdown.inlineCode("``")).doesNotContain("````");
    }

    @Test
    void codeBlock_fencesInsideCannotCloseIt() {
        String block = Markdown.codeBlock("go", "fmt.Println(\"```\")\n");
        assertThat(block).startsWith("```go\n").endsWith("\n```");
        assertThat(block.substring(3, block.length() - 3)).doesNotContain("```");
        assertThat(Markdown.codeBlock("go; rm -rf", "x")).startsWith("```\n");
    }

    @Test
    void render_listsAndBlocks() {
        RichText text = RichText.builder()
                .text("Intro")
                .bullets(List.of(List.of(Span.plain("✅ one")), List.of(Span.plain("❌ two"))))
                .code(null, "x")
                .build();
        assertThat(Markdown.render(text)).isEqualTo("Intro\n\n- ✅ one\n- ❌ two\n\n```\nx\n```");
    }

    @Test
    void split_piecesFitAndKeepEveryWord() {
        RichText.Builder builder = RichText.builder();
        for (int i = 0; i < 200; i++) {
            builder.text("Paragraph " + i + " with *stars* and words.");
        }
        List<String> pieces = Markdown.split(builder.build(), 2000);
        assertThat(pieces).hasSizeGreaterThan(1).allMatch(p -> p.length() <= 2000);
        String joined = String.join("\n\n", pieces);
        for (int i = 0; i < 200; i++) {
            assertThat(joined).contains("Paragraph " + i + " with \\*stars\\*");
        }
    }

    @Test
    void split_aParagraphLongerThanAMessageIsCutAtWordsWithItsStyleKept() {
        String words = "word ".repeat(1000);
        RichText text = RichText.builder().paragraph(Span.bold(words)).build();
        List<String> pieces = Markdown.split(text, 2000);
        assertThat(pieces).hasSizeGreaterThan(2).allMatch(p -> p.length() <= 2000);
        assertThat(pieces).allMatch(p -> p.strip().startsWith("**") && p.strip().endsWith("**"));
        assertThat(String.join(" ", pieces).split("word", -1)).hasSize(1001);
    }

    @Test
    void split_aLongCodeBlockBecomesSeveralClosedBlocks() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            code.append("fmt.Println(").append(i).append(")\n");
        }
        List<String> pieces =
                Markdown.split(RichText.builder().code("go", code.toString()).build(), 2000);
        assertThat(pieces).hasSizeGreaterThan(1).allMatch(p -> p.length() <= 2000);
        for (String piece : pieces) {
            assertThat(piece.split("```", -1).length - 1).isEven();
        }
        assertThat(String.join("\n", pieces)).contains("fmt.Println(0)").contains("fmt.Println(399)");
    }
}
