package dev.sobes.content;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * A problem in a content file, at a 1-based line and column. Its text form, {@code
 * file:line:column: message}, is what editors and terminals recognise as a location.
 */
public record ContentError(Path file, int line, int column, String message) {

    /** Orders errors by file, then position. */
    public static final Comparator<ContentError> BY_LOCATION = Comparator.comparing(
                    (ContentError e) -> e.file().toString())
            .thenComparingInt(ContentError::line)
            .thenComparingInt(ContentError::column);

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }
}
