package dev.sobes.telegram;

import dev.sobes.content.ContentLoader;
import dev.sobes.content.LoadResult;
import dev.sobes.core.model.QuestionBank;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** The question packs of the tests, read once per folder of the test resources. */
final class TestPacks {
    private static final Map<String, QuestionBank> LOADED = new ConcurrentHashMap<>();

    private TestPacks() {}

    /** The packs in {@code resource} (such as {@code /packs}); a folder that does not load fails the test. */
    static QuestionBank load(String resource) {
        return LOADED.computeIfAbsent(resource, TestPacks::read);
    }

    private static QuestionBank read(String resource) {
        try {
            URL packs = Objects.requireNonNull(TestPacks.class.getResource(resource), resource);
            LoadResult result = new ContentLoader().load(Path.of(packs.toURI()));
            if (!result.ok()) {
                throw new IllegalStateException("the test packs in " + resource + " do not load: " + result.errors());
            }
            return result.bank();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
