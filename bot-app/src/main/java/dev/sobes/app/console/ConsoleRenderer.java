package dev.sobes.app.console;

import dev.sobes.core.chat.Block;
import dev.sobes.core.chat.Button;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.Span;
import java.util.List;

/**
 * Renders replies for a terminal: bold and code in ANSI styles when the terminal shows them,
 * code blocks indented behind a bar, list items with bullets, and buttons as numbered choices.
 */
final class ConsoleRenderer {
    private static final String BOLD = "\u001b[1m";
    private static final String ITALIC = "\u001b[3m";
    private static final String CYAN = "\u001b[36m";
    private static final String RESET = "\u001b[0m";

    private final boolean ansi;

    ConsoleRenderer(boolean ansi) {
        this.ansi = ansi;
    }

    /**
     * The reply as terminal text. Buttons are numbered from {@code firstChoice}; the caller keeps
     * the numbering so a typed number finds its button.
     */
    String render(Reply reply, int firstChoice) {
        StringBuilder out = new StringBuilder();
        for (Block block : reply.text().blocks()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (block instanceof Block.Paragraph paragraph) {
                out.append(spans(paragraph.spans())).append('\n');
            } else if (block instanceof Block.CodeBlock code) {
                for (String line : code.code().stripTrailing().split("\n", -1)) {
                    out.append(style(CYAN, "  │ ")).append(line).append('\n');
                }
            } else if (block instanceof Block.BulletList list) {
                for (List<Span> item : list.items()) {
                    out.append("  • ").append(spans(item)).append('\n');
                }
            } else {
                throw new IllegalStateException("unknown block " + block);
            }
        }
        int number = firstChoice;
        for (List<Button> row : reply.buttons()) {
            StringBuilder line = new StringBuilder();
            for (Button button : row) {
                if (line.length() > 0) {
                    line.append("   ");
                }
                line.append(style(BOLD, "[" + number++ + "]")).append(' ').append(button.label());
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private String spans(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        for (Span span : spans) {
            if (span instanceof Span.Bold) {
                out.append(style(BOLD, span.text()));
            } else if (span instanceof Span.Italic) {
                out.append(style(ITALIC, span.text()));
            } else if (span instanceof Span.Code) {
                out.append(ansi ? CYAN + span.text() + RESET : "`" + span.text() + "`");
            } else {
                out.append(span.text());
            }
        }
        return out.toString();
    }

    private String style(String code, String text) {
        return ansi ? code + text + RESET : text;
    }
}
