package dev.sobes.core.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the light Markdown of content files (paragraphs, fenced code, "- " lists, `code` and
 * **bold**) into rich text, so content authors write text naturally and adapters render it.
 */
public final class ContentText {
    /**
     * Content texts are few and do not change, and turning a reference answer into rich text took a
     * tenth of a practice turn. Keyed by the text object itself, weakly: the texts of a bank that
     * was reloaded leave the cache with it.
     */
    private static final Cache<String, RichText> PARSED = Caffeine.newBuilder()
            .weakKeys()
            .maximumSize(8_192)
            .executor(Runnable::run)
            .build();

    private ContentText() {}

    /** The rich text of a content text (a question, a reference answer). */
    public static RichText toRichText(String markdown) {
        return PARSED.get(markdown, ContentText::parse);
    }

    private static RichText parse(String markdown) {
        RichText.Builder out = RichText.builder();
        List<String> paragraph = new ArrayList<>();
        List<List<Span>> bullets = new ArrayList<>();
        StringBuilder code = null;
        String codeLanguage = null;
        for (String line : markdown.replace("\r\n", "\n").split("\n", -1)) {
            String trimmed = line.strip();
            if (code != null) {
                if (trimmed.startsWith("```")) {
                    out.code(codeLanguage, code.toString());
                    code = null;
                } else {
                    code.append(line).append('\n');
                }
                continue;
            }
            if (trimmed.startsWith("```")) {
                flush(out, paragraph, bullets);
                code = new StringBuilder();
                String lang = trimmed.substring(3).strip();
                codeLanguage = lang.isEmpty() ? null : lang;
            } else if (trimmed.isEmpty()) {
                flush(out, paragraph, bullets);
            } else if (trimmed.startsWith("- ") || trimmed.startsWith("* ")) {
                flushParagraph(out, paragraph);
                bullets.add(inline(trimmed.substring(2).strip()));
            } else if (!bullets.isEmpty() && (line.startsWith("  ") || line.startsWith("\t"))) {
                List<Span> last = new ArrayList<>(bullets.remove(bullets.size() - 1));
                last.add(Span.plain(" "));
                last.addAll(inline(trimmed));
                bullets.add(last);
            } else {
                flushBullets(out, bullets);
                paragraph.add(trimmed);
            }
        }
        if (code != null) {
            out.code(codeLanguage, code.toString());
        }
        flush(out, paragraph, bullets);
        return out.build();
    }

    private static void flush(RichText.Builder out, List<String> paragraph, List<List<Span>> bullets) {
        flushParagraph(out, paragraph);
        flushBullets(out, bullets);
    }

    private static void flushParagraph(RichText.Builder out, List<String> paragraph) {
        if (!paragraph.isEmpty()) {
            out.paragraph(inline(String.join(" ", paragraph)));
            paragraph.clear();
        }
    }

    private static void flushBullets(RichText.Builder out, List<List<Span>> bullets) {
        if (!bullets.isEmpty()) {
            out.bullets(List.copyOf(bullets));
            bullets.clear();
        }
    }

    /** Splits a line into plain, `code` and **bold** spans; unmatched markers stay as text. */
    static List<Span> inline(String text) {
        List<Span> spans = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '`') {
                int end = text.indexOf('`', i + 1);
                if (end > i + 1) {
                    flushPlain(spans, plain);
                    spans.add(Span.code(text.substring(i + 1, end)));
                    i = end + 1;
                    continue;
                }
            } else if (text.startsWith("**", i)) {
                int end = text.indexOf("**", i + 2);
                if (end > i + 2) {
                    flushPlain(spans, plain);
                    spans.add(Span.bold(text.substring(i + 2, end)));
                    i = end + 2;
                    continue;
                }
            }
            plain.append(text.charAt(i));
            i++;
        }
        flushPlain(spans, plain);
        return spans;
    }

    private static void flushPlain(List<Span> spans, StringBuilder plain) {
        if (plain.length() > 0) {
            spans.add(Span.plain(plain.toString()));
            plain.setLength(0);
        }
    }
}
