package dev.sobes.core.chat;

import java.util.List;
import java.util.Locale;

/** A command such as {@code /practice go channels junior}: its name without the slash, and arguments. */
public record Command(Conversation conversation, Person person, String name, List<String> args) implements UserInput {
    public Command {
        name = name.toLowerCase(Locale.ROOT);
        args = List.copyOf(args);
    }
}
