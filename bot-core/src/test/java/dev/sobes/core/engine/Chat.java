package dev.sobes.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One person talking to the engine in one conversation, as a test drives it. */
final class Chat {
    final Engine engine;
    final Conversation conversation;
    final Person person;
    final List<Reply> transcript = new ArrayList<>();
    List<Reply> last = List.of();

    Chat(Engine engine, String chatId, @Nullable String languageTag) {
        this.engine = engine;
        this.conversation = Conversation.direct(Platform.TELEGRAM, chatId);
        this.person = new Person(new PersonId(Platform.TELEGRAM, "u" + chatId), "Ann", languageTag);
    }

    List<Reply> input(Input input) {
        last = engine.handle(input);
        transcript.addAll(last);
        return last;
    }

    /** Types a line: a command when it starts with a slash, an answer otherwise. */
    List<Reply> send(String text) {
        if (text.startsWith("/")) {
            String[] parts = text.substring(1).trim().split("\\s+");
            return input(new Command(
                    conversation, person, parts[0], Arrays.asList(parts).subList(1, parts.length)));
        }
        return input(new TextMessage(conversation, person, text));
    }

    /** Presses the button with this label on the newest message that has it. */
    List<Reply> press(String label) {
        return input(new ButtonPress(conversation, person, button(label).action()));
    }

    Button button(String label) {
        for (int i = transcript.size() - 1; i >= 0; i--) {
            for (Button b : transcript.get(i).allButtons()) {
                if (b.label().equals(label)) {
                    return b;
                }
            }
        }
        throw new AssertionError("no button '" + label + "' in " + labels());
    }

    List<String> labels() {
        return transcript.stream()
                .flatMap(r -> r.allButtons().stream())
                .map(Button::label)
                .toList();
    }

    /** The text of the replies to the last input, joined. */
    String text() {
        return String.join(
                "\n---\n", last.stream().map(r -> r.text().plainText()).toList());
    }

    Reply lastReply() {
        assertThat(last).isNotEmpty();
        return last.get(last.size() - 1);
    }

    List<String> lastLabels() {
        return lastReply().allButtons().stream().map(Button::label).toList();
    }
}
