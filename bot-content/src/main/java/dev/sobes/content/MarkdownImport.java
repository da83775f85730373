package dev.sobes.content;

import dev.sobes.core.model.Pack;
import java.io.IOException;
import java.nio.file.Path;

/** A pack made from Markdown notes, and the report of what was imported and skipped. */
public record MarkdownImport(Pack pack, ImportReport report) {

    /**
     * Writes the pack as {@code contentDir/<pack id>/} ({@code pack.yaml} and {@code
     * questions.yaml}) and returns that folder.
     *
     * @throws IllegalStateException when no question was imported: an empty pack is not written
     */
    public Path writeTo(Path contentDir) throws IOException {
        if (pack.questions().isEmpty()) {
            throw new IllegalStateException("nothing to write: no section of " + report.source() + " was imported");
        }
        return PackWriter.write(pack, contentDir);
    }
}
