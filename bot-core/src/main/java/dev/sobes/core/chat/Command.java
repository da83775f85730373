package dev.sobes.core.chat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A command such as {@code /practice go channels junior}: its name without the slash, and arguments.
 *
 * <p>A person the command names (a Discord user option, a Telegram mention of a user or the author
 * of the message the command replies to) is passed as one argument, {@link #mention(PersonId)}:
 * {@code user:<the platform's user id>}. Adapters resolve mentions; the engine never sees a
 * platform's mention syntax.
 */
public record Command(
        Conversation conversation,
        Person person,
        String name,
        List<String> args,
        @Nullable String sourceId) implements UserInput {
    /** The prefix of an argument that names a person. */
    public static final String MENTION_PREFIX = "user:";

    public Command {
        name = name.toLowerCase(Locale.ROOT);
        args = List.copyOf(args);
    }

    public Command(Conversation conversation, Person person, String name, List<String> args) {
        this(conversation, person, name, args, null);
    }

    /** The argument that names {@code person}. */
    public static String mention(PersonId person) {
        return MENTION_PREFIX + person.userId();
    }

    /** The person {@code arg} names, on this command's platform, if it is a mention. */
    public Optional<PersonId> mentioned(String arg) {
        if (!arg.startsWith(MENTION_PREFIX) || arg.length() == MENTION_PREFIX.length()) {
            return Optional.empty();
        }
        return Optional.of(new PersonId(conversation.platform(), arg.substring(MENTION_PREFIX.length())));
    }
}
