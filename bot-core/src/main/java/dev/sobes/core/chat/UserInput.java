package dev.sobes.core.chat;

/** An input made by a person. */
public sealed interface UserInput extends Input permits Command, TextMessage, ButtonPress {
    Person person();
}
