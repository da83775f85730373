package dev.sobes.app.console;

import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.Button;
import dev.sobes.core.chat.ButtonPress;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.chat.Upload;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Practice in a terminal. Each line typed is one input: a number chooses one of the numbered
 * choices on screen, a line starting with a slash is a command as in chat, and anything else is an
 * answer. A line ending with a backslash continues on the next line; a line starting with "> " is
 * always an answer, for answers that are only a number.
 */
public final class ConsoleAdapter {
    private static final Pattern CHOICE = Pattern.compile("\\d{1,3}");
    private static final int MAX_READ = 4 * 1024 * 1024;

    private final Function<Input, List<Reply>> engine;
    private final ConsoleRenderer renderer;
    private final Conversation conversation;
    private final Person person;
    private final List<Button> choices = new ArrayList<>();
    private final Path files;
    private @Nullable PrintStream screen;

    /**
     * @param engine what answers inputs: the engine, or the desk in front of it
     * @param files the folder where files sent with replies (such as an export) are saved
     */
    public ConsoleAdapter(
            Function<Input, List<Reply>> engine,
            String userName,
            @Nullable String languageTag,
            boolean ansi,
            Path files) {
        this.engine = engine;
        this.files = files;
        this.renderer = new ConsoleRenderer(ansi);
        this.conversation = Conversation.direct(Platform.CONSOLE, userName);
        this.person = new Person(new PersonId(Platform.CONSOLE, userName), userName, languageTag);
    }

    /** Runs until the input ends or the person types /quit. */
    public void run(BufferedReader in, PrintStream out) throws IOException {
        synchronized (this) {
            screen = out;
        }
        out.println(banner());
        show(engine.apply(new Command(conversation, person, "start", List.of())), out);
        StringBuilder pending = new StringBuilder();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.endsWith("\\")) {
                pending.append(line, 0, line.length() - 1).append('\n');
                continue;
            }
            String text = pending.append(line).toString();
            pending.setLength(0);
            if (text.isBlank()) {
                continue;
            }
            String trimmed = text.strip().toLowerCase(Locale.ROOT);
            if (trimmed.equals("/quit") || trimmed.equals("/exit")) {
                break;
            }
            if (trimmed.equals("/upload") || trimmed.startsWith("/upload ")) {
                Input upload = upload(text.strip().substring("/upload".length()).strip(), out);
                if (upload != null) {
                    show(engine.apply(upload), out);
                }
                continue;
            }
            Input input = toInput(text);
            if (input == null) {
                out.println("  (" + choices.size() + " choices on screen; type a number from 1 to " + choices.size()
                        + ", or start the line with \"> \" to answer with a number)");
                continue;
            }
            show(engine.apply(input), out);
        }
        synchronized (this) {
            screen = null;
            out.println("Bye.");
            out.flush();
        }
    }

    /**
     * Shows replies that come without typing, such as "time is up" from a timed question. Replies
     * for other conversations (of another platform sharing the store) are not this terminal's.
     */
    public synchronized void deliver(List<Reply> replies) {
        PrintStream out = screen;
        List<Reply> mine = replies.stream()
                .filter(r -> r.conversation().equals(conversation))
                .toList();
        if (out != null && !mine.isEmpty()) {
            show(mine, out);
        }
    }

    private synchronized @Nullable Input toInput(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("> ") || trimmed.equals(">")) {
            return new TextMessage(conversation, person, trimmed.substring(1).strip());
        }
        if (CHOICE.matcher(trimmed).matches()) {
            int choice = Integer.parseInt(trimmed);
            if (choice < 1 || choice > choices.size()) {
                return null;
            }
            return new ButtonPress(conversation, person, choices.get(choice - 1).action());
        }
        if (trimmed.startsWith("/")) {
            String[] parts = trimmed.substring(1).split("\\s+");
            return new Command(
                    conversation, person, parts[0], Arrays.asList(parts).subList(1, parts.length));
        }
        return new TextMessage(conversation, person, text);
    }

    /**
     * A file to import as an own pack, as a chat upload would bring it; null after saying why
     * there is none.
     */
    private @Nullable Input upload(String path, PrintStream out) {
        if (path.isEmpty()) {
            out.println("  (usage: /upload PATH — a Markdown or YAML file of questions)");
            out.print("> ");
            out.flush();
            return null;
        }
        Path file = Path.of(path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path);
        try {
            // A file far over the limit is not read whole; the desk says what the limit is.
            long size = Files.size(file);
            byte[] content = size > MAX_READ ? new byte[MAX_READ + 1] : Files.readAllBytes(file);
            Path name = file.getFileName();
            return new Upload(
                    conversation, person, new Attachment(name == null ? path : name.toString(), "text/plain", content));
        } catch (IOException e) {
            out.println("  (cannot read " + file.toAbsolutePath() + ": " + e.getMessage() + ")");
            out.print("> ");
            out.flush();
            return null;
        }
    }

    /** Prints replies; their buttons become the choices on screen, unless they have none. */
    private synchronized void show(List<Reply> replies, PrintStream out) {
        List<Button> shown = new ArrayList<>();
        for (Reply reply : replies) {
            out.println();
            out.print(renderer.render(reply, shown.size() + 1));
            Attachment attachment = reply.attachment();
            if (attachment != null) {
                out.println("  " + save(attachment));
            }
            shown.addAll(reply.allButtons());
        }
        if (!shown.isEmpty()) {
            choices.clear();
            choices.addAll(shown);
        }
        out.print("> ");
        out.flush();
    }

    /** Saves a file sent with a reply, and says where (or why it could not be saved). */
    private String save(Attachment attachment) {
        Path target = files.resolve(attachment.fileName()).toAbsolutePath();
        try {
            Files.createDirectories(files);
            Files.write(target, attachment.content());
            return "Saved to " + target;
        } catch (IOException e) {
            return "Could not save " + target + ": " + e.getMessage();
        }
    }

    private static String banner() {
        return """
                Sobes — interview practice in the terminal.
                Type a number to choose, /help for commands, /quit to leave; anything else is your answer.
                End a line with \\ to continue it on the next line.""";
    }
}
