package dev.sobes.content;

import dev.sobes.content.PackReader.Place;
import dev.sobes.content.PackReader.ReadPack;
import dev.sobes.content.PackReader.ReadQuestion;
import dev.sobes.content.PackReader.Ref;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionBank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Loads every pack of a content folder ({@code content/<pack>/pack.yaml} plus the pack's other
 * {@code *.yaml} files) into a {@link QuestionBank}.
 *
 * <p>Loading never stops at the first problem: every error is collected with its {@code
 * file:line:column}. A pack with any error is left out of the bank whole; the other packs load.
 * Folders whose name starts with '.' and folders without YAML files are not packs; files directly
 * in the content folder (such as {@code README.md}) are ignored.
 */
public final class ContentLoader {

    /** Loads the packs under {@code contentDir}. */
    public LoadResult load(Path contentDir) throws IOException {
        if (!Files.isDirectory(contentDir)) {
            throw new NotDirectoryException(contentDir.toString());
        }
        List<ReadPack> packs = new ArrayList<>();
        for (Path folder : sorted(contentDir, Files::isDirectory)) {
            if (folder.getFileName().toString().startsWith(".")) {
                continue;
            }
            List<Path> yaml = sorted(folder, f -> Files.isRegularFile(f) && isYaml(f));
            if (!yaml.isEmpty()) {
                packs.add(PackReader.read(folder, yaml));
            }
        }
        checkAcrossPacks(packs);

        List<Pack> good = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<ContentError> errors = new ArrayList<>();
        for (ReadPack read : packs) {
            errors.addAll(read.errors);
            if (read.errors.isEmpty()) {
                good.add(toPack(read));
            } else {
                skipped.add(read.name());
            }
        }
        errors.sort(ContentError.BY_LOCATION);
        return new LoadResult(new QuestionBank(good), errors, skipped);
    }

    /** Duplicate pack and question ids, and follow-ups that name no question. */
    static void checkAcrossPacks(List<ReadPack> packs) {
        Map<String, Place> packIds = new HashMap<>();
        Map<String, Place> questionIds = new HashMap<>();
        for (ReadPack pack : packs) {
            Ref packId = pack.id;
            if (packId != null) {
                Place first = packIds.putIfAbsent(packId.id(), packId.place());
                if (first != null) {
                    pack.errors.add(
                            error(packId.place(), "duplicate pack id '" + packId.id() + "': already used at " + first));
                }
            }
            for (ReadQuestion q : pack.questions) {
                Place first = questionIds.putIfAbsent(q.id().id(), q.id().place());
                if (first != null) {
                    pack.errors.add(error(
                            q.id().place(),
                            "duplicate question id '" + q.id().id() + "': already defined at " + first));
                }
            }
        }
        Set<String> known = new HashSet<>(questionIds.keySet());
        for (ReadPack pack : packs) {
            for (ReadQuestion q : pack.questions) {
                for (Ref followUp : q.followUps()) {
                    if (followUp.id().equals(q.id().id())) {
                        pack.errors.add(error(followUp.place(), "question '" + q.id().id() + "' follows up itself"));
                    } else if (!known.contains(followUp.id())) {
                        pack.errors.add(error(
                                followUp.place(),
                                "dangling follow-up '" + followUp.id() + "': no question in any pack has this id"));
                    }
                }
            }
        }
    }

    static Pack toPack(ReadPack read) {
        List<Question> questions = read.questions.stream()
                .map(ReadQuestion::question)
                .filter(Objects::nonNull)
                .toList();
        return new Pack(
                Objects.requireNonNull(read.id).id(),
                Objects.requireNonNull(read.title),
                read.description,
                read.topics,
                questions);
    }

    private static ContentError error(Place place, String message) {
        return new ContentError(place.file(), place.line(), place.column(), message);
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    private static List<Path> sorted(Path dir, Predicate<Path> filter) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(filter).sorted().toList();
        }
    }
}
