package dev.sobes.core.chat;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Platform-neutral formatted text: a sequence of blocks. */
public record RichText(List<Block> blocks) {
    public RichText {
        blocks = List.copyOf(blocks);
    }

    public static RichText of(String paragraph) {
        return new RichText(List.of(new Block.Paragraph(List.of(Span.plain(paragraph)))));
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The text without formatting, blocks separated by blank lines, list items prefixed with "• ".
     * What a person reads, minus the styling; also the length adapters measure against.
     */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            if (block instanceof Block.Paragraph paragraph) {
                appendSpans(out, paragraph.spans());
            } else if (block instanceof Block.CodeBlock code) {
                out.append(code.code().stripTrailing());
            } else if (block instanceof Block.BulletList list) {
                List<List<Span>> items = list.items();
                for (int i = 0; i < items.size(); i++) {
                    if (i > 0) {
                        out.append('\n');
                    }
                    out.append("• ");
                    appendSpans(out, items.get(i));
                }
            } else {
                throw new IllegalStateException("unknown block " + block);
            }
        }
        return out.toString();
    }

    private static void appendSpans(StringBuilder out, List<Span> spans) {
        for (Span span : spans) {
            out.append(span.text());
        }
    }

    /** Builds rich text block by block. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();

        public Builder paragraph(Span... spans) {
            blocks.add(new Block.Paragraph(List.of(spans)));
            return this;
        }

        public Builder paragraph(List<Span> spans) {
            blocks.add(new Block.Paragraph(spans));
            return this;
        }

        public Builder text(String text) {
            return paragraph(Span.plain(text));
        }

        public Builder code(@Nullable String language, String code) {
            blocks.add(new Block.CodeBlock(language, code));
            return this;
        }

        public Builder bullets(List<List<Span>> items) {
            if (!items.isEmpty()) {
                blocks.add(new Block.BulletList(items));
            }
            return this;
        }

        public Builder append(RichText text) {
            blocks.addAll(text.blocks());
            return this;
        }

        public boolean isEmpty() {
            return blocks.isEmpty();
        }

        public RichText build() {
            return new RichText(blocks);
        }
    }
}
