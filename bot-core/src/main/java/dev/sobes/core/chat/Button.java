package dev.sobes.core.chat;

/** A button: the label a person sees and the action id that comes back when it is pressed. */
public record Button(String label, String action) {
    public Button {
        if (label.isBlank() || action.isBlank()) {
            throw new IllegalArgumentException("a button needs a label and an action");
        }
    }
}
