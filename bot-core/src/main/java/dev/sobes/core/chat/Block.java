package dev.sobes.core.chat;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A block of rich text. */
public sealed interface Block permits Block.Paragraph, Block.CodeBlock, Block.BulletList {

    /** Inline spans; a newline inside a span's text is a line break. */
    record Paragraph(List<Span> spans) implements Block {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /** Preformatted code, with the language name for highlighting when known. */
    record CodeBlock(@Nullable String language, String code) implements Block {}

    /** A list whose items are lines of spans. */
    record BulletList(List<List<Span>> items) implements Block {
        public BulletList {
            items = items.stream().map(List::copyOf).toList();
        }
    }
}
