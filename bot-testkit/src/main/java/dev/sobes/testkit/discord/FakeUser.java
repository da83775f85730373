package dev.sobes.testkit.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A scripted person: runs slash commands, presses buttons, submits modals and writes messages,
 * the way the Discord client would send them.
 */
public final class FakeUser {
    private static final Pattern OPTION = Pattern.compile("(\\w+):(?:\"([^\"]*)\"|(\\S+))");

    private final FakeDiscord discord;
    private final long id;
    private final String name;
    private final String locale;
    private volatile boolean acceptsDirectMessages = true;
    private @Nullable FakeChannel dm;

    FakeUser(FakeDiscord discord, long id, String name, String locale) {
        this.discord = discord;
        this.id = id;
        this.name = name;
        this.locale = locale;
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The Discord client's language, such as {@code en-US} or {@code ru}. */
    public String locale() {
        return locale;
    }

    public boolean acceptsDirectMessages() {
        return acceptsDirectMessages;
    }

    /** Like a person who turned off direct messages from server members. */
    public FakeUser refusesDirectMessages() {
        acceptsDirectMessages = false;
        return this;
    }

    /** The direct-message channel between this person and the bot. */
    public FakeChannel dm() {
        synchronized (discord) {
            if (dm == null) {
                dm = discord.addDmChannel(this);
            }
            return dm;
        }
    }

    /**
     * Runs a slash command as typed in the client, such as {@code /practice topic:channels
     * level:junior} (quote a value with spaces: {@code topic:"a b"}). The command and its options
     * must have been registered where the person is, and a value must be one of the option's
     * choices when it has them, or a number within the option's bounds, as the client allows nothing
     * else. A user option takes {@code @name}, {@code <@id>} or an id, and the command carries that
     * person as Discord resolves them.
     */
    public FakeInteraction runs(FakeChannel where, String commandLine) {
        String line = commandLine.strip();
        if (!line.startsWith("/")) {
            throw new IllegalArgumentException("a slash command starts with /: " + commandLine);
        }
        int space = line.indexOf(' ');
        String command = space < 0 ? line.substring(1) : line.substring(1, space);
        Map<String, String> options = new LinkedHashMap<>();
        if (space > 0) {
            Matcher m = OPTION.matcher(line.substring(space + 1));
            while (m.find()) {
                options.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
            }
        }
        return discord.runCommand(this, where, command, options, true);
    }

    /**
     * Runs a slash command with a file in its attachment option {@code option}, as the client
     * uploads it first and sends its id; other options as in {@link #runs(FakeChannel, String)}.
     */
    public FakeInteraction runsWithFile(FakeChannel where, String commandLine, String option, FakeFile file) {
        String line = commandLine.strip();
        if (!line.startsWith("/")) {
            throw new IllegalArgumentException("a slash command starts with /: " + commandLine);
        }
        int space = line.indexOf(' ');
        String command = space < 0 ? line.substring(1) : line.substring(1, space);
        Map<String, String> options = new LinkedHashMap<>();
        if (space > 0) {
            Matcher m = OPTION.matcher(line.substring(space + 1));
            while (m.find()) {
                options.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
            }
        }
        return discord.runCommand(this, where, command, options, Map.of(option, file), true);
    }

    /** Sends a slash command as a modified client could: no check of the registration or choices. */
    public FakeInteraction runsUnchecked(FakeChannel where, String command, Map<String, String> options) {
        return discord.runCommand(this, where, command, options, false);
    }

    /** Types into an option of a slash command and waits for nothing: see {@link FakeInteraction#awaitChoices()}. */
    public FakeInteraction autocompletes(
            FakeChannel where, String command, Map<String, String> options, String focused) {
        return discord.autocomplete(this, where, command, options, focused);
    }

    /** Presses the button labelled {@code label} under {@code message}. */
    public FakeInteraction clicks(FakeMessage message, String label) {
        FakeMessage.Button button = message.button(label)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no button \"" + label + "\" under the message; there are " + message.buttonLabels()));
        if (button.disabled() || button.customId() == null) {
            throw new IllegalArgumentException("the button \"" + label + "\" cannot be pressed");
        }
        return discord.pressButton(this, message, button.customId());
    }

    /** Sends a button press with any custom id, as a forged request could. */
    public FakeInteraction pressesForged(FakeMessage message, String customId) {
        return discord.pressButton(this, message, customId);
    }

    /** Submits the modal the bot opened in answer to {@code opener}, with {@code text} in its box. */
    public FakeInteraction submits(FakeInteraction opener, String text) {
        return discord.submitModal(this, opener, text);
    }

    /** Starts a public thread in the text channel {@code parent}. */
    public FakeChannel startsThread(FakeChannel parent, String threadName) {
        return discord.startThread(this, parent, threadName);
    }

    /** Writes a message in {@code where} with files attached ({@code text} may be empty). */
    public FakeMessage sends(FakeChannel where, String text, FakeFile... files) {
        return discord.userMessage(this, where, text, List.of(files));
    }

    /** Writes a message in {@code where}. */
    public FakeMessage says(FakeChannel where, String text) {
        return discord.userMessage(this, where, text);
    }

    @Override
    public String toString() {
        return name + " (" + id + ")";
    }
}
