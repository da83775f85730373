package dev.sobes.content;

import dev.sobes.core.model.KeyPoint;
import dev.sobes.core.model.LocalizedText;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionKind;
import dev.sobes.core.model.Topic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link Pack} as a pack folder in the format of {@code content/README.md}: {@code
 * <content>/<pack id>/pack.yaml} and {@code questions.yaml}. What it writes loads back with {@link
 * ContentLoader} into an equal pack.
 */
public final class PackWriter {
    /** The file the questions go to. */
    public static final String QUESTIONS_FILE = "questions.yaml";

    private static final Pattern PLAIN = Pattern.compile("[\\p{L}][\\p{L}\\p{N} ._/-]*");
    private static final Set<String> RESERVED = Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private PackWriter() {}

    /**
     * Writes the pack into a new folder {@code contentDir/<pack id>} and returns that folder. An
     * existing pack folder is never overwritten.
     */
    public static Path write(Pack pack, Path contentDir) throws IOException {
        Path folder = contentDir.resolve(pack.id());
        if (Files.exists(folder.resolve(PackReader.PACK_FILE))) {
            throw new FileAlreadyExistsException(
                    folder.resolve(PackReader.PACK_FILE).toString());
        }
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(PackReader.PACK_FILE), packYaml(pack), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(QUESTIONS_FILE), questionsYaml(pack), StandardCharsets.UTF_8);
        return folder;
    }

    /** The text of {@code pack.yaml}. */
    static String packYaml(Pack pack) {
        StringBuilder out = new StringBuilder();
        out.append("id: ").append(scalar(pack.id())).append('\n');
        localized(out, "", "title", pack.title());
        LocalizedText description = pack.description();
        if (description != null) {
            localized(out, "", "description", description);
        }
        out.append("topics:\n");
        for (Topic topic : pack.topics()) {
            out.append("  - id: ").append(scalar(topic.id())).append('\n');
            out.append("    title: ").append(flow(topic.title())).append('\n');
        }
        return out.toString();
    }

    /** The text of the questions file. */
    static String questionsYaml(Pack pack) {
        StringBuilder out = new StringBuilder();
        if (pack.questions().isEmpty()) {
            return "questions: []\n";
        }
        out.append("questions:\n");
        for (Question q : pack.questions()) {
            out.append("  - id: ").append(scalar(q.id())).append('\n');
            String indent = "    ";
            if (q.kind() != QuestionKind.OPEN) {
                out.append(indent)
                        .append("kind: ")
                        .append(q.kind().name().toLowerCase(Locale.ROOT))
                        .append('\n');
            }
            out.append(indent).append("topic: ").append(scalar(q.topicId())).append('\n');
            out.append(indent).append("level: ").append(q.level().code()).append('\n');
            localized(out, indent, "question", q.text());
            if (q.code() != null) {
                block(out, indent, "code", q.code());
            }
            if (q.output() != null) {
                block(out, indent, "output", q.output());
            }
            localized(out, indent, "answer", q.answer());
            if (!q.keyPoints().isEmpty()) {
                out.append(indent).append("key_points:\n");
                for (KeyPoint point : q.keyPoints()) {
                    keyPoint(out, indent + "  ", point);
                }
            }
            if (!q.hints().isEmpty()) {
                out.append(indent).append("hints:\n");
                for (LocalizedText hint : q.hints()) {
                    out.append(indent).append("  - ").append(flow(hint)).append('\n');
                }
            }
            list(out, indent, "follow_ups", q.followUps());
            list(out, indent, "tags", q.tags());
            if (!q.sources().isEmpty()) {
                out.append(indent).append("sources:\n");
                for (String source : q.sources()) {
                    out.append(indent).append("  - ").append(scalar(source)).append('\n');
                }
            }
        }
        return out.toString();
    }

    private static void keyPoint(StringBuilder out, String indent, KeyPoint point) {
        String inner = indent + "  ";
        out.append(indent)
                .append("- ru: ")
                .append(inline(inner, point.statement().ru()));
        out.append(inner).append("en: ").append(inline(inner, point.statement().en()));
        out.append(inner).append("terms:\n");
        for (List<String> group : point.terms()) {
            out.append(inner).append("  - ").append(flowList(group)).append('\n');
        }
    }

    private static void localized(StringBuilder out, String indent, String key, LocalizedText text) {
        out.append(indent).append(key).append(":\n");
        String inner = indent + "  ";
        out.append(inner).append("ru: ").append(inline(inner, text.ru()));
        out.append(inner).append("en: ").append(inline(inner, text.en()));
    }

    private static void block(StringBuilder out, String indent, String key, String text) {
        out.append(indent).append(key).append(": ").append(inline(indent, text));
    }

    private static void list(StringBuilder out, String indent, String key, List<String> items) {
        if (!items.isEmpty()) {
            out.append(indent).append(key).append(": ").append(flowList(items)).append('\n');
        }
    }

    /**
     * A value after {@code key: }, ending with a newline: a literal block for multi-line text
     * where that keeps it exact, otherwise a one-line scalar.
     */
    private static String inline(String indent, String text) {
        String chomping = literalChomping(text);
        if (chomping == null) {
            return scalar(text) + "\n";
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        String contentIndent = indent + "  ";
        StringBuilder out = new StringBuilder("|").append(chomping).append('\n');
        for (String line : body.split("\n", -1)) {
            if (!line.isEmpty()) {
                out.append(contentIndent).append(line);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The chomping indicator that writes {@code text} exactly as a literal block, or null. */
    private static @Nullable String literalChomping(String text) {
        if (!text.contains("\n") || text.endsWith("\n\n") || text.startsWith(" ") || text.startsWith("\t")) {
            return null;
        }
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        if (body.isEmpty() || body.startsWith("\n")) {
            return null;
        }
        for (String line : body.split("\n", -1)) {
            if (line.endsWith(" ") || line.endsWith("\t")) {
                return null;
            }
        }
        if (text.chars().anyMatch(c -> c != '\n' && c != '\t' && needsEscape(c))) {
            return null;
        }
        return text.endsWith("\n") ? "" : "-";
    }

    private static String flow(LocalizedText text) {
        return "{ru: " + scalar(text.ru()) + ", en: " + scalar(text.en()) + "}";
    }

    private static String flowList(List<String> items) {
        return items.stream().map(PackWriter::scalar).collect(Collectors.joining(", ", "[", "]"));
    }

    /** A scalar that reads back as exactly {@code text}: plain when safe, else double-quoted. */
    static String scalar(String text) {
        if (PLAIN.matcher(text).matches()
                && !text.endsWith(" ")
                && !text.contains("  ")
                && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
            return text;
        }
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (needsEscape(c)) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /** Characters YAML does not take literally: controls, line separators, the BOM, surrogates. */
    private static boolean needsEscape(int c) {
        return c < 0x20
                || c == 0x7f
                || (c >= 0x80 && c <= 0x9f)
                || c == 0x2028
                || c == 0x2029
                || c == 0xfeff
                || c == 0xfffe
                || c == 0xffff
                || (c >= 0xd800 && c <= 0xdfff);
    }
}
