package dev.sobes.core.store;

import dev.sobes.core.chat.PersonId;
import dev.sobes.core.model.Grade;
import java.time.Instant;

/**
 * The grade a person gave (or accepted) for a question. {@code chosen} is false when the person
 * moved on without grading and the suggested grade was used.
 */
public record GradeRecord(PersonId person, String questionId, Instant at, Grade grade, boolean chosen) {}
