package dev.sobes.core.model;

import java.util.List;

/**
 * One fact a good answer states. It counts as covered when the answer contains at least one
 * alternative of every group in {@code terms}.
 */
public record KeyPoint(LocalizedText statement, List<List<String>> terms) {
    public KeyPoint {
        terms = terms.stream().map(List::copyOf).toList();
        if (terms.isEmpty() || terms.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a key point needs non-empty term groups: " + statement.en());
        }
    }
}
