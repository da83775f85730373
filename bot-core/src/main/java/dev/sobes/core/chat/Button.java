package dev.sobes.core.chat;

/**
 * A button: the label a person sees and the action id that comes back when it is pressed.
 *
 * @param asksForText true for a button that asks the person for a text only the engine should see
 *     (an answer in a group interview). Where the platform has private forms (a Discord modal), the
 *     adapter opens one with a text box when the button is pressed, titled with the label, instead
 *     of sending a {@link ButtonPress}; what the person writes comes back as a {@link TextMessage}
 *     in the same conversation whose {@link TextMessage#form()} is this button's action. Where it
 *     has none (Telegram), the press comes as an ordinary {@link ButtonPress} and the engine asks
 *     for the text another way.
 */
public record Button(String label, String action, boolean asksForText) {
    public Button {
        if (label.isBlank() || action.isBlank()) {
            throw new IllegalArgumentException("a button needs a label and an action");
        }
    }

    public Button(String label, String action) {
        this(label, action, false);
    }

    /** The same button, asking for text in a private form where the platform has one. */
    public Button askingForText() {
        return new Button(label, action, true);
    }
}
