package dev.sobes.telegram;

import dev.sobes.core.chat.Block;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Renders rich text as Telegram HTML, split into messages Telegram accepts. Every piece of text is
 * escaped; markup comes only from the structure. A text longer than the limit is cut at a block
 * boundary where one fits, else at a line break, else between words, never inside a tag or a
 * character: each piece carries its own complete tags, so a code block cut in two is two code
 * blocks.
 */
final class HtmlRenderer {
    /** Telegram's limit on a message's text, counted after the markup is parsed. */
    static final int MAX_MESSAGE = 4096;

    private static final String BLOCK_GAP = "\n\n";

    private HtmlRenderer() {}

    /** One message's text: the HTML to send, and the same text without markup. */
    record Chunk(String html, String plain) {}

    private enum Style {
        PLAIN,
        BOLD,
        ITALIC,
        CODE,
        PRE
    }

    private record Segment(Style style, @Nullable String language, String text) {}

    static List<Chunk> render(RichText text) {
        return render(text, MAX_MESSAGE);
    }

    static List<Chunk> render(RichText text, int limit) {
        List<Segment> segments = new ArrayList<>();
        NavigableSet<Integer> blockEnds = new TreeSet<>();
        int length = 0;
        for (Block block : text.blocks()) {
            List<Segment> rendered = segments(block);
            if (rendered.stream().allMatch(s -> s.text().isEmpty())) {
                continue;
            }
            if (!segments.isEmpty()) {
                blockEnds.add(length);
                segments.add(new Segment(Style.PLAIN, null, BLOCK_GAP));
                length += BLOCK_GAP.length();
            }
            for (Segment s : rendered) {
                segments.add(s);
                length += s.text().length();
            }
        }
        StringBuilder plain = new StringBuilder(length);
        segments.forEach(s -> plain.append(s.text()));
        List<Chunk> chunks = new ArrayList<>();
        int from = 0;
        while (from < length) {
            int to = length - from <= limit ? length : cut(plain, blockEnds, from, from + limit);
            Chunk chunk = slice(segments, from, to);
            if (!chunk.plain().isBlank()) {
                chunks.add(chunk);
            }
            from = to;
            while (from < length && plain.charAt(from) == '\n') {
                from++;
            }
        }
        return chunks;
    }

    /** Where to end a message that starts at {@code from} and may run to {@code max}. */
    private static int cut(CharSequence text, NavigableSet<Integer> blockEnds, int from, int max) {
        int least = from + (max - from) / 3;
        Integer block = blockEnds.floor(max);
        if (block != null && block > least) {
            return block;
        }
        for (int i = max; i > least; i--) {
            if (text.charAt(i - 1) == '\n') {
                return i - 1; // the line break itself starts the next message, which drops it
            }
        }
        for (int i = max; i > least; i--) {
            if (text.charAt(i - 1) == ' ') {
                return i;
            }
        }
        return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
    }

    private static Chunk slice(List<Segment> segments, int from, int to) {
        StringBuilder html = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        int at = 0;
        for (Segment s : segments) {
            int start = at;
            int end = at + s.text().length();
            at = end;
            if (end <= from || start >= to) {
                continue;
            }
            String piece = s.text().substring(Math.max(from, start) - start, Math.min(to, end) - start);
            if (piece.isEmpty()) {
                continue;
            }
            plain.append(piece);
            html.append(open(s)).append(escape(piece)).append(close(s));
        }
        return new Chunk(html.toString(), plain.toString());
    }

    private static List<Segment> segments(Block block) {
        List<Segment> out = new ArrayList<>();
        if (block instanceof Block.Paragraph paragraph) {
            spans(out, paragraph.spans());
        } else if (block instanceof Block.CodeBlock code) {
            String body = code.code().stripTrailing();
            while (body.startsWith("\n")) {
                body = body.substring(1);
            }
            out.add(new Segment(Style.PRE, language(code.language()), body));
        } else if (block instanceof Block.BulletList list) {
            for (int i = 0; i < list.items().size(); i++) {
                out.add(new Segment(Style.PLAIN, null, (i > 0 ? "\n" : "") + "• "));
                spans(out, list.items().get(i));
            }
        } else {
            throw new IllegalStateException(
                    "no rendering for " + block.getClass().getSimpleName());
        }
        return out;
    }

    private static void spans(List<Segment> out, List<Span> spans) {
        for (Span span : spans) {
            Style style;
            if (span instanceof Span.Plain) {
                style = Style.PLAIN;
            } else if (span instanceof Span.Bold) {
                style = Style.BOLD;
            } else if (span instanceof Span.Italic) {
                style = Style.ITALIC;
            } else if (span instanceof Span.Code) {
                style = Style.CODE;
            } else {
                throw new IllegalStateException(
                        "no rendering for " + span.getClass().getSimpleName());
            }
            if (!span.text().isEmpty()) {
                out.add(new Segment(style, null, span.text()));
            }
        }
    }

    /** A language name fit for {@code class="language-…"}, or null. */
    private static @Nullable String language(@Nullable String name) {
        if (name == null) {
            return null;
        }
        String clean = name.strip().replaceAll("[^A-Za-z0-9_+#-]", "");
        return clean.isEmpty() ? null : clean;
    }

    private static String open(Segment s) {
        return switch (s.style()) {
            case PLAIN -> "";
            case BOLD -> "<b>";
            case ITALIC -> "<i>";
            case CODE -> "<code>";
            case PRE -> s.language() == null ? "<pre>" : "<pre><code class=\"language-" + s.language() + "\">";
        };
    }

    private static String close(Segment s) {
        return switch (s.style()) {
            case PLAIN -> "";
            case BOLD -> "</b>";
            case ITALIC -> "</i>";
            case CODE -> "</code>";
            case PRE -> s.language() == null ? "</pre>" : "</code></pre>";
        };
    }

    /** Escapes the three characters Telegram's HTML mode reserves. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
