package dev.sobes.content;

import dev.sobes.content.PackReader.ReadPack;
import dev.sobes.content.PackReader.ReadQuestion;
import dev.sobes.core.model.LocalizedText;
import dev.sobes.core.model.Pack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads a pack that a person sent as one file: Markdown notes (as {@code sobes import} reads them)
 * or YAML (a pack in one file: {@code pack.yaml}'s fields and a {@code questions} list, each
 * question as in a question file). Errors name the file as it was sent, with line and column.
 */
public final class PackUpload {
    /** Which ids already belong to others: a pack must not take them. */
    public interface Taken {
        boolean pack(String packId);

        /** Whether {@code questionId} belongs to a pack other than the one being replaced, {@code packId}. */
        boolean question(String packId, String questionId);
    }

    /** The pack read, or the errors that kept it out; notes on what an import skipped. */
    public record Result(@Nullable Pack pack, List<String> errors, List<String> notes) {
        public Result {
            errors = List.copyOf(errors);
            notes = List.copyOf(notes);
        }
    }

    /** Whether the file name says Markdown (otherwise YAML). */
    public static boolean isMarkdown(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown");
    }

    /**
     * Reads an uploaded file.
     *
     * @param markdownPackId the id a pack made from Markdown gets (notes do not name one)
     */
    public Result read(String fileName, byte[] content, String markdownPackId, Taken taken) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return failed(fileName + ": the file is not UTF-8 text; save it as UTF-8 and send it again");
        }
        return isMarkdown(fileName) ? markdown(fileName, text, markdownPackId, taken) : yaml(fileName, text, taken);
    }

    private static Result markdown(String fileName, String text, String packId, Taken taken) {
        String title = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        MarkdownImport imported =
                new MarkdownImporter().importText(text, fileName, packId, LocalizedText.of(title.strip()));
        List<String> skipped = new ArrayList<>();
        for (ImportReport.Skipped s : imported.report().skipped()) {
            skipped.add(fileName + ":" + s.line() + ": «" + s.heading() + "» was skipped: " + s.reason());
        }
        if (imported.report().importedCount() == 0) {
            List<String> errors = new ArrayList<>();
            errors.add(fileName + ": no section became a question; a heading is a question, the text under it the"
                    + " answer, and its bullet items (three to six) the key points");
            errors.addAll(skipped);
            return new Result(null, errors, List.of());
        }
        List<String> errors = new ArrayList<>();
        if (taken.pack(packId)) {
            errors.add(fileName + ": a pack with the id '" + packId + "' exists already; rename the file");
        }
        imported.pack().questions().stream()
                .filter(q -> taken.question(packId, q.id()))
                .forEach(q -> errors.add(fileName + ": the question id '" + q.id() + "' is taken; rename the file"));
        if (!errors.isEmpty()) {
            return new Result(null, errors, List.of());
        }
        return new Result(imported.pack(), List.of(), skipped);
    }

    private static Result yaml(String fileName, String text, Taken taken) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("sobes-upload-");
            Path file = dir.resolve("upload.yaml");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            ReadPack read = PackReader.readSingle(file);
            ContentLoader.checkAcrossPacks(List.of(read));
            PackReader.Ref id = read.id;
            if (id != null && taken.pack(id.id())) {
                read.errors.add(new ContentError(
                        id.place().file(),
                        id.place().line(),
                        id.place().column(),
                        "the pack id '" + id.id() + "' is taken; choose another"));
            }
            if (id != null) {
                for (ReadQuestion q : read.questions) {
                    if (taken.question(id.id(), q.id().id())) {
                        read.errors.add(new ContentError(
                                q.id().place().file(),
                                q.id().place().line(),
                                q.id().place().column(),
                                "the question id '" + q.id().id() + "' is taken; choose another"));
                    }
                }
            }
            if (!read.errors.isEmpty()) {
                String prefix = file.toString();
                return new Result(
                        null,
                        read.errors.stream()
                                .sorted(ContentError.BY_LOCATION)
                                .map(e -> e.toString().replace(prefix, fileName))
                                .toList(),
                        List.of());
            }
            return new Result(ContentLoader.toPack(read), List.of(), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) {
                deleteQuietly(dir);
            }
        }
    }

    private static Result failed(String error) {
        return new Result(null, List.of(error), List.of());
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // A temporary folder left behind is harmless; the upload's outcome is what matters.
        }
    }
}
