package dev.sobes.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Block;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Span;
import dev.sobes.testkit.telegram.TelegramHtml;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    private static String visible(String html) {
        try {
            return TelegramHtml.visibleText(html);
        } catch (TelegramHtml.ParseError e) {
            throw new AssertionError("Telegram would refuse: " + html, e);
        }
    }

    private static void assertTelegramAccepts(List<HtmlRenderer.Chunk> chunks, int limit) {
        assertThat(chunks).isNotEmpty().allSatisfy(chunk -> {
            assertThat(visible(chunk.html())).isEqualTo(chunk.plain());
            assertThat(chunk.plain().length()).isLessThanOrEqualTo(limit);
            assertThat(chunk.plain()).isNotBlank();
        });
    }

    @Test
    void everyBlockAndSpanRenders() {
        RichText text = new RichText(List.of(
                new Block.Paragraph(
                        List.of(Span.plain("plain "), Span.bold("bold"), Span.italic(" italic "), Span.code("x := 1"))),
                new Block.CodeBlock("go", "fmt.Println(\"<hi>\")\n"),
                new Block.CodeBlock(null, "1\n2"),
                new Block.BulletList(List.of(List.of(Span.plain("one")), List.of(Span.bold("two"))))));

        List<HtmlRenderer.Chunk> chunks = HtmlRenderer.render(text);

        assertThat(chunks)
                .singleElement()
                .satisfies(chunk -> assertThat(chunk.html())
                        .isEqualTo(String.join(
                                "\n\n",
                                "plain <b>bold</b><i> italic </i><code>x := 1</code>",
                                "<pre><code class=\"language-go\">fmt.Println(\"&lt;hi&gt;\")</code></pre>",
                                "<pre>1\n2</pre>",
                                "• one\n• <b>two</b>")));
        assertThat(chunks.get(0).plain()).isEqualTo(text.plainText());
        assertTelegramAccepts(chunks, 4096);
    }

    @Test
    void personTextIsEscapedWhereverItAppears() {
        String hostile = "<b>x</b> & <a href=\"javascript:alert(1)\">y</a> &amp; </pre>";
        RichText text = RichText.builder()
                .paragraph(Span.plain(hostile), Span.bold(hostile), Span.code(hostile))
                .code("<lang>\"", hostile)
                .build();

        List<HtmlRenderer.Chunk> chunks = HtmlRenderer.render(text);

        assertTelegramAccepts(chunks, 4096);
        assertThat(chunks.get(0).plain()).contains(hostile);
        assertThat(chunks.get(0).html()).contains("<pre><code class=\"language-lang\">");
    }

    @Test
    void longTextSplitsAtBlockBoundariesFirst() {
        RichText.Builder builder = RichText.builder();
        for (int i = 0; i < 30; i++) {
            builder.paragraph(Span.bold("Paragraph " + i + ". "), Span.plain("word ".repeat(40)));
        }
        RichText text = builder.build();

        List<HtmlRenderer.Chunk> chunks = HtmlRenderer.render(text, 1000);

        assertTelegramAccepts(chunks, 1000);
        assertThat(chunks).hasSizeGreaterThan(5);
        assertThat(chunks).allSatisfy(c -> assertThat(c.plain()).startsWith("Paragraph "));
        String joined = String.join(
                "\n\n", chunks.stream().map(HtmlRenderer.Chunk::plain).toList());
        assertThat(joined.strip()).isEqualTo(text.plainText().strip());
    }

    @Test
    void aLongCodeBlockBecomesSeveralCompleteCodeBlocksCutAtLines() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            code.append("    x").append(i).append(" := a < b && c > d\n");
        }
        RichText text = RichText.builder().code("go", code.toString()).build();

        List<HtmlRenderer.Chunk> chunks = HtmlRenderer.render(text, 1000);

        assertTelegramAccepts(chunks, 1000);
        assertThat(chunks)
                .hasSizeGreaterThan(3)
                .allSatisfy(c -> assertThat(c.html())
                        .startsWith("<pre><code class=\"language-go\">")
                        .endsWith("</code></pre>"));
        assertThat(chunks).allSatisfy(c -> assertThat(c.plain()).endsWith("c > d"));
    }

    @Test
    void aWordLongerThanAMessageIsCutWithoutBreakingACharacter() {
        String emoji = "😀".repeat(3000);
        RichText text = RichText.builder().paragraph(Span.italic(emoji)).build();

        List<HtmlRenderer.Chunk> chunks = HtmlRenderer.render(text);

        assertTelegramAccepts(chunks, 4096);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(Character.isLowSurrogate(c.plain().charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(c.plain().charAt(c.plain().length() - 1)))
                    .isFalse();
        });
        assertThat(String.join(
                        "", chunks.stream().map(HtmlRenderer.Chunk::plain).toList()))
                .isEqualTo(emoji);
    }

    @Test
    void rightToLeftTextAndEmojiPassThrough() {
        RichText text = RichText.of("מה שלום? 👋🏽 مرحبا");
        assertThat(HtmlRenderer.render(text))
                .singleElement()
                .satisfies(c -> assertThat(c.html()).isEqualTo("מה שלום? 👋🏽 مرحبا"));
    }

    @Test
    void emptyTextRendersToNothing() {
        assertThat(HtmlRenderer.render(new RichText(List.of()))).isEmpty();
        assertThat(HtmlRenderer.render(
                        RichText.builder().paragraph(Span.plain("")).build()))
                .isEmpty();
    }
}
