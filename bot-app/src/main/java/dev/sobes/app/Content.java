package dev.sobes.app;

import dev.sobes.content.ContentError;
import dev.sobes.content.ContentLoader;
import dev.sobes.content.LoadResult;
import dev.sobes.core.model.QuestionBank;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads the question packs for the launcher: the packs that are fine, and what is wrong with the rest. */
final class Content {
    private Content() {}

    record Loaded(QuestionBank bank, List<String> problems) {}

    static Loaded load(Path dir) throws IOException {
        LoadResult result = new ContentLoader().load(dir);
        List<String> problems = new ArrayList<>();
        for (ContentError error : result.errors()) {
            problems.add(error.toString());
        }
        for (String pack : result.skippedPacks()) {
            problems.add("The pack " + pack + " was skipped because of the errors above.");
        }
        return new Loaded(result.bank(), problems);
    }
}
