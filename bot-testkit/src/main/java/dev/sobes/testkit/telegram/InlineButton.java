package dev.sobes.testkit.telegram;

import org.jspecify.annotations.Nullable;

/** A button under a bot's message, as a person sees it and as it comes back when pressed. */
public record InlineButton(
        String text,
        @Nullable String callbackData,
        @Nullable String url) {}
