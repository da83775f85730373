package dev.sobes.core.chat;

import org.jspecify.annotations.Nullable;

/**
 * The person behind an input, as the platform describes them. {@code languageTag} is the
 * platform's language for the person (an IETF tag), when it reports one.
 */
public record Person(
        PersonId id, String displayName, @Nullable String languageTag) {}
