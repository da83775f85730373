package dev.sobes.content;

import dev.sobes.core.model.Lang;
import dev.sobes.core.model.Level;
import java.util.List;

/**
 * What a Markdown import did: the questions it made, the sections it skipped and why, and notes on
 * choices it made (sections read as topics, key points cut to six, key points made from sentences).
 * Lines are 1-based lines of the Markdown file.
 */
public record ImportReport(
        String source,
        String packId,
        Lang language,
        Level level,
        List<Imported> imported,
        List<Skipped> skipped,
        List<Note> notes) {

    public ImportReport {
        imported = List.copyOf(imported);
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** A heading that became a question. */
    public record Imported(int line, String heading, String questionId, String topicId, int keyPoints) {}

    /** A heading that did not become a question, and why. */
    public record Skipped(int line, String heading, String reason) {}

    /** Something the import decided that a person may want to check. */
    public record Note(int line, String heading, String text) {}

    public int importedCount() {
        return imported.size();
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder()
                .append(source)
                .append(": imported ")
                .append(count(imported.size(), "question"))
                .append(" into pack '")
                .append(packId)
                .append("' (language ")
                .append(language.code())
                .append(", level ")
                .append(level.code())
                .append("), skipped ")
                .append(count(skipped.size(), "section"))
                .append('\n');
        if (!imported.isEmpty()) {
            out.append("imported:\n");
            for (Imported q : imported) {
                out.append("  line ")
                        .append(q.line())
                        .append(": ")
                        .append(q.heading())
                        .append(" -> ")
                        .append(q.questionId())
                        .append(" (topic ")
                        .append(q.topicId())
                        .append(", ")
                        .append(count(q.keyPoints(), "key point"))
                        .append(")\n");
            }
        }
        if (!skipped.isEmpty()) {
            out.append("skipped:\n");
            for (Skipped s : skipped) {
                out.append("  line ")
                        .append(s.line())
                        .append(": ")
                        .append(s.heading())
                        .append(" -- ")
                        .append(s.reason())
                        .append('\n');
            }
        }
        if (!notes.isEmpty()) {
            out.append("notes:\n");
            for (Note n : notes) {
                out.append("  line ")
                        .append(n.line())
                        .append(": ")
                        .append(n.heading())
                        .append(" -- ")
                        .append(n.text())
                        .append('\n');
            }
        }
        return out.toString();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
