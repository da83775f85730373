package dev.sobes.core.store;

import dev.sobes.core.chat.PersonId;
import dev.sobes.core.model.Grade;
import java.time.Instant;

/** An answer a person gave, with the coverage the engine found and the grade it suggested. */
public record AnswerRecord(
        PersonId person,
        String questionId,
        Instant at,
        String text,
        int coveredPoints,
        int totalPoints,
        Grade suggested) {}
