package dev.sobes.core.chat;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A command such as {@code /practice go channels junior}: its name without the slash, and arguments. */
public record Command(
        Conversation conversation,
        Person person,
        String name,
        List<String> args,
        @Nullable String sourceId) implements UserInput {
    public Command {
        name = name.toLowerCase(Locale.ROOT);
        args = List.copyOf(args);
    }

    public Command(Conversation conversation, Person person, String name, List<String> args) {
        this(conversation, person, name, args, null);
    }
}
