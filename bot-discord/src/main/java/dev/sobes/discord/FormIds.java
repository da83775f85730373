package dev.sobes.discord;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Custom ids of buttons that ask for text (the engine's {@link dev.sobes.core.chat.Button#asksForText()})
 * and of the modals they open. Both carry the engine's action, which comes back with the text; they
 * start with "!", which never begins an engine action, so a press opens the modal instead of
 * reaching the engine.
 */
final class FormIds {
    private static final String BUTTON = "!text:";
    private static final String MODAL = "!text-modal:";
    private static final Pattern ACTION = Pattern.compile("[A-Za-z0-9:._-]{1,80}");

    private FormIds() {}

    static String button(String action) {
        return BUTTON + checked(action);
    }

    static String modal(String action) {
        return MODAL + checked(action);
    }

    static Optional<String> actionOfButton(String customId) {
        return actionAfter(BUTTON, customId);
    }

    static Optional<String> actionOfModal(String customId) {
        return actionAfter(MODAL, customId);
    }

    private static Optional<String> actionAfter(String prefix, String customId) {
        if (!customId.startsWith(prefix)) {
            return Optional.empty();
        }
        String action = customId.substring(prefix.length());
        return ACTION.matcher(action).matches() ? Optional.of(action) : Optional.empty();
    }

    private static String checked(String action) {
        if (!ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("not an action that fits a custom id: " + action);
        }
        return action;
    }
}
