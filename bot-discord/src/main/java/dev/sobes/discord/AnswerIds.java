package dev.sobes.discord;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Custom ids of the Answer button and its modal. They start with "!", which never begins an
 * engine action id, so the two cannot be confused; they carry the question card's key.
 */
final class AnswerIds {
    static final String INPUT = "answer";

    private static final String BUTTON = "!answer:";
    private static final String MODAL = "!answer-modal:";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    private AnswerIds() {}

    static String button(String cardKey) {
        return BUTTON + checked(cardKey);
    }

    static String modal(String cardKey) {
        return MODAL + checked(cardKey);
    }

    static Optional<String> keyOfButton(String customId) {
        return keyAfter(BUTTON, customId);
    }

    static Optional<String> keyOfModal(String customId) {
        return keyAfter(MODAL, customId);
    }

    private static Optional<String> keyAfter(String prefix, String customId) {
        if (!customId.startsWith(prefix)) {
            return Optional.empty();
        }
        String key = customId.substring(prefix.length());
        return KEY.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }

    private static String checked(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not a card key: " + key);
        }
        return key;
    }
}
