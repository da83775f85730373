package dev.sobes.core.srs;

import dev.sobes.core.model.Grade;
import java.time.Instant;
import java.util.Objects;

/** One stored review of a card: when it happened and the grade it got. */
public record Review(Instant at, Grade grade) {
    public Review {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(grade, "grade");
    }
}
