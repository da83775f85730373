package dev.sobes.discord;

import dev.sobes.core.chat.Block;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Rich text as Discord Markdown. All text from users and content is escaped, so it shows as
 * written: it cannot format, mention, link or ping. Long text is split at block boundaries, and a
 * block too long for one message is split at line or word boundaries with its formatting closed
 * and reopened, so every piece is valid Markdown on its own.
 */
final class Markdown {
    /** Keeps "@everyone" and "@here" from reading as mentions, without changing how they look. */
    static final char ZERO_WIDTH_SPACE = '\u200B';

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9+#_-]{1,20}");
    private static final String BLOCK_SEPARATOR = "\n\n";

    private Markdown() {}

    /** Escapes {@code text} so Discord shows it literally; {@code atLineStart} when it opens a line. */
    static String escape(String text, boolean atLineStart) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        boolean lineStart = atLineStart;
        boolean digitsAtLineStart = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '*', '_', '~', '`', '|', '<', '[', ']' ->
                    out.append('\\').append(c);
                case '>', '#', '-', '+' -> {
                    if (lineStart) {
                        out.append('\\');
                    }
                    out.append(c);
                }
                case '.' -> {
                    if (digitsAtLineStart) {
                        out.append('\\');
                    }
                    out.append(c);
                }
                case '@' -> {
                    out.append(c);
                    if (text.startsWith("everyone", i + 1) || text.startsWith("here", i + 1)) {
                        out.append(ZERO_WIDTH_SPACE);
                    }
                }
                default -> out.append(c);
            }
            if (c == '\n') {
                lineStart = true;
                digitsAtLineStart = false;
            } else if (c == ' ' || c == '\t') {
                digitsAtLineStart = false;
            } else if (Character.isDigit(c)) {
                digitsAtLineStart = lineStart || digitsAtLineStart;
                lineStart = false;
            } else {
                lineStart = false;
                digitsAtLineStart = false;
            }
        }
        return out.toString();
    }

    /** The whole text as one Markdown string, however long. */
    static String render(RichText text) {
        List<String> blocks = new ArrayList<>();
        for (Block block : text.blocks()) {
            blocks.add(block(block));
        }
        return String.join(BLOCK_SEPARATOR, blocks);
    }

    /** The text in pieces of at most {@code limit} characters, each valid Markdown. */
    static List<String> split(RichText text, int limit) {
        if (limit < 64) {
            throw new IllegalArgumentException("limit too small to split Markdown safely: " + limit);
        }
        List<Piece> pieces = new ArrayList<>();
        for (Block block : text.blocks()) {
            String whole = block(block);
            if (whole.length() <= limit) {
                pieces.add(new Piece(whole, BLOCK_SEPARATOR));
            } else {
                pieces.addAll(splitBlock(block, limit));
            }
        }
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Piece piece : pieces) {
            if (current.length() > 0
                    && current.length()
                                    + piece.separator().length()
                                    + piece.text().length()
                            > limit) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append(piece.separator());
            }
            current.append(piece.text());
        }
        if (current.length() > 0) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    /** A piece of rendered text and what joins it to the piece before. */
    private record Piece(String text, String separator) {}

    private static String block(Block block) {
        if (block instanceof Block.Paragraph paragraph) {
            return spans(paragraph.spans(), true);
        } else if (block instanceof Block.CodeBlock code) {
            return codeBlock(code.language(), code.code());
        } else if (block instanceof Block.BulletList list) {
            List<String> items = new ArrayList<>();
            for (List<Span> item : list.items()) {
                items.add(item(item));
            }
            return String.join("\n", items);
        }
        throw new IllegalStateException("unknown block " + block);
    }

    private static String item(List<Span> spans) {
        return "- " + spans(spans, false);
    }

    static String spans(List<Span> spans, boolean atLineStart) {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            boolean lineStart = out.length() == 0 ? atLineStart : out.charAt(out.length() - 1) == '\n';
            String rendered = span(span, lineStart);
            if (out.length() > 0
                    && !rendered.isEmpty()
                    && isMarker(out.charAt(out.length() - 1))
                    && isMarker(rendered.charAt(0))) {
                // Two styles side by side ("**a***b*") would read as other markers.
                out.append(ZERO_WIDTH_SPACE);
            }
            out.append(rendered);
        }
        return out.toString();
    }

    private static boolean isMarker(char c) {
        return c == '*' || c == '`';
    }

    static String span(Span span, boolean atLineStart) {
        if (span instanceof Span.Plain plain) {
            return escape(plain.text(), atLineStart);
        } else if (span instanceof Span.Bold bold) {
            return styled("**", bold.text());
        } else if (span instanceof Span.Italic italic) {
            return styled("*", italic.text());
        } else if (span instanceof Span.Code code) {
            return inlineCode(code.text());
        }
        throw new IllegalStateException("unknown span " + span);
    }

    /** Markers go around the text without its outer whitespace, where Discord recognises them. */
    private static String styled(String marker, String text) {
        if (text.isBlank()) {
            return escape(text, false);
        }
        int start = 0;
        while (Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.length();
        while (Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, start)
                + marker
                + escape(text.substring(start, end), false)
                + marker
                + text.substring(end);
    }

    static String inlineCode(String text) {
        if (text.isEmpty()) {
            return "";
        }
        String body = text.replace('\n', ' ');
        if (body.indexOf('`') < 0) {
            return "`" + body + "`";
        }
        while (body.contains("``")) {
            body = body.replace("``", "`" + ZERO_WIDTH_SPACE + "`");
        }
        return "`` " + body + " ``";
    }

    static String codeBlock(@Nullable String language, String code) {
        String lang = language != null && LANGUAGE.matcher(language).matches() ? language : "";
        String body = code;
        while (body.contains("```")) {
            body = body.replace("```", "``" + ZERO_WIDTH_SPACE + "`");
        }
        if (!body.endsWith("\n")) {
            body += "\n";
        }
        return "```" + lang + "\n" + body + "```";
    }

    // Blocks longer than a message.

    private static List<Piece> splitBlock(Block block, int limit) {
        List<Piece> pieces = new ArrayList<>();
        if (block instanceof Block.CodeBlock code) {
            String lang =
                    code.language() != null && LANGUAGE.matcher(code.language()).matches() ? code.language() : "";
            // Room for the fences, and for the few characters that breaking up a "```" inside the code adds.
            int room = limit - ("```" + lang + "\n").length() - "```".length() - 32;
            String separator = BLOCK_SEPARATOR;
            for (String part : splitLines(code.code(), room)) {
                pieces.add(new Piece(codeBlock(code.language(), part), separator));
                separator = "\n";
            }
        } else if (block instanceof Block.BulletList list) {
            String separator = BLOCK_SEPARATOR;
            for (List<Span> item : list.items()) {
                String rendered = item(item);
                if (rendered.length() <= limit) {
                    pieces.add(new Piece(rendered, separator));
                } else {
                    List<Span> marked = new ArrayList<>();
                    marked.add(Span.plain("• "));
                    marked.addAll(item);
                    pieces.addAll(splitSpans(marked, limit, separator));
                }
                separator = "\n";
            }
        } else if (block instanceof Block.Paragraph paragraph) {
            pieces.addAll(splitSpans(paragraph.spans(), limit, BLOCK_SEPARATOR));
        }
        return pieces;
    }

    /** Splits code into parts of whole lines where it can, cutting a line only when it alone is too long. */
    private static List<String> splitLines(String code, int room) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            String rest = line;
            while (rest.length() + 1 > room) {
                if (current.length() > 0) {
                    parts.add(current.toString());
                    current.setLength(0);
                }
                parts.add(rest.substring(0, room - 1));
                rest = rest.substring(room - 1);
            }
            if (current.length() + rest.length() + 1 > room) {
                parts.add(current.toString());
                current.setLength(0);
            }
            current.append(rest).append('\n');
        }
        if (current.length() > 0 && !current.toString().isBlank()) {
            parts.add(current.toString());
        }
        return parts;
    }

    /**
     * Splits a run of spans into pieces that each fit, cutting span texts at whitespace (or
     * anywhere, for a word longer than a piece); every piece carries its own markers.
     */
    private static List<Piece> splitSpans(List<Span> spans, int limit, String firstSeparator) {
        // Escaping at most doubles the text; leave room for markers as well.
        int room = (limit - 16) / 2;
        List<Span> atoms = new ArrayList<>();
        for (Span span : spans) {
            for (String part : cut(span.text(), room)) {
                atoms.add(withText(span, part));
            }
        }
        List<Piece> pieces = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        int length = 0;
        String separator = firstSeparator;
        for (Span atom : atoms) {
            if (!current.isEmpty() && length + atom.text().length() > room) {
                pieces.add(new Piece(spans(current, true), separator));
                separator = "\n";
                current.clear();
                length = 0;
            }
            current.add(atom);
            length += atom.text().length();
        }
        if (!current.isEmpty()) {
            pieces.add(new Piece(spans(current, true), separator));
        }
        return pieces;
    }

    private static List<String> cut(String text, int room) {
        List<String> parts = new ArrayList<>();
        String rest = text;
        while (rest.length() > room) {
            int at = rest.lastIndexOf(' ', room);
            if (at <= 0) {
                at = room;
            }
            parts.add(rest.substring(0, at));
            rest = rest.substring(at);
        }
        parts.add(rest);
        return parts;
    }

    private static Span withText(Span span, String text) {
        if (span instanceof Span.Bold) {
            return Span.bold(text);
        } else if (span instanceof Span.Italic) {
            return Span.italic(text);
        } else if (span instanceof Span.Code) {
            return Span.code(text);
        }
        return Span.plain(text);
    }
}
