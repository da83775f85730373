package dev.sobes.content;

import dev.sobes.core.model.QuestionBank;
import java.util.List;

/**
 * What loading a content folder gave: the bank of the packs without errors, every error found, and
 * the folders of the packs left out because of them.
 */
public record LoadResult(QuestionBank bank, List<ContentError> errors, List<String> skippedPacks) {

    public LoadResult {
        errors = List.copyOf(errors);
        skippedPacks = List.copyOf(skippedPacks);
    }

    /** True when every pack loaded without an error. */
    public boolean ok() {
        return errors.isEmpty();
    }

    /** Counts of what the bank holds. */
    public ContentStats stats() {
        return ContentStats.of(bank);
    }
}
