package dev.sobes.core.group;

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
import dev.sobes.core.chat.Tick;
import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.engine.MutableClock;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.store.InMemoryGroupStore;
import dev.sobes.core.store.InMemoryProgressStore;
import dev.sobes.core.store.InMemorySessionStore;
import dev.sobes.core.store.InMemoryStore;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A group chat driven by a test: its members write commands and answers in the group, in their
 * direct chats with the bot and in private forms, and press the buttons they can see.
 */
final class Room {
    static final Instant START = Instant.parse("2026-11-27T10:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final InMemoryProgressStore progress = new InMemoryProgressStore();
    final InMemoryGroupStore groups = new InMemoryGroupStore();
    final InMemoryStore store = new InMemoryStore(new InMemorySessionStore(), progress);
    final Engine engine;
    final Conversation chat;
    final List<Reply> transcript = new ArrayList<>();
    List<Reply> last = List.of();

    Room(QuestionBank bank) {
        this(bank, new Conversation(Platform.TELEGRAM, "-1001", null, true));
    }

    Room(QuestionBank bank, Conversation chat) {
        this.chat = chat;
        this.engine = new Engine(
                () -> bank,
                store,
                clock,
                7,
                new ActionCodec("group interview test secret".getBytes(StandardCharsets.UTF_8)),
                groups);
    }

    /** When the game's conversation next waits for a tick, as the store tells the application. */
    boolean wakesAt(Instant at) {
        return store.wakeups(at.minusMillis(1)).isEmpty() && store.wakeups(at).contains(chat);
    }

    Member member(String userId, String name) {
        return new Member(new Person(new PersonId(chat.platform(), userId), name, "en"));
    }

    /** A member the platform says may manage the chat (a Discord moderator, a Telegram admin). */
    Member manager(String userId, String name) {
        return new Member(new Person(new PersonId(chat.platform(), userId), name, "en", true));
    }

    List<Reply> input(Input input) {
        last = engine.handle(input);
        transcript.addAll(last);
        return last;
    }

    List<Reply> tick(Instant at) {
        return input(new Tick(chat, at));
    }

    /** The replies to the last input that everyone in the chat sees, joined. */
    String shown() {
        return join(last.stream().filter(r -> r.privateTo() == null).toList());
    }

    /** The newest state of the message with this key: as first sent, or as last edited. */
    Reply message(String keyPrefix, String keySuffix) {
        for (int i = transcript.size() - 1; i >= 0; i--) {
            Reply r = transcript.get(i);
            String key = r.key();
            if (key != null && key.startsWith(keyPrefix) && key.endsWith(keySuffix) && r.privateTo() == null) {
                return r;
            }
        }
        throw new AssertionError("no message with key " + keyPrefix + "…" + keySuffix);
    }

    static String join(List<Reply> replies) {
        return String.join(
                "\n---\n", replies.stream().map(r -> r.text().plainText()).toList());
    }

    final class Member {
        final Person person;

        Member(Person person) {
            this.person = person;
        }

        PersonId id() {
            return person.id();
        }

        Conversation direct() {
            return Conversation.direct(chat.platform(), person.id().userId());
        }

        /** Types a command in the group. */
        List<Reply> command(String line) {
            String[] parts = line.substring(1).trim().split("\\s+", -1);
            return input(
                    new Command(chat, person, parts[0], Arrays.asList(parts).subList(1, parts.length)));
        }

        /** Writes in the group, addressed to the bot (a reply to its message). */
        List<Reply> say(String text) {
            return input(new TextMessage(chat, person, text));
        }

        /** Writes to the bot in a direct chat. */
        List<Reply> whisper(String text) {
            return input(new TextMessage(direct(), person, text));
        }

        /** Presses, in the group, the newest button with this label that this member can see. */
        List<Reply> press(String label) {
            return input(new ButtonPress(chat, person, button(label).action()));
        }

        /** Presses a button of a private message where Telegram shows it: in the direct chat. */
        List<Reply> pressPrivately(String label) {
            return input(new ButtonPress(direct(), person, button(label).action()));
        }

        /** Writes an answer in the private form the button with this label opens (a Discord modal). */
        List<Reply> answerInForm(String label, String text) {
            Button button = button(label);
            assertThat(button.asksForText()).as("a button that opens a form").isTrue();
            return input(new TextMessage(chat, person, text, null, button.action()));
        }

        Button button(String label) {
            for (int i = transcript.size() - 1; i >= 0; i--) {
                Reply reply = transcript.get(i);
                if (reply.privateTo() != null && !reply.privateTo().equals(person.id())) {
                    continue;
                }
                for (Button b : reply.allButtons()) {
                    if (b.label().equals(label)) {
                        return b;
                    }
                }
            }
            throw new AssertionError("no button '" + label + "' for " + person.displayName());
        }

        /** What the last input showed only to this member, joined. */
        String heard() {
            return join(last.stream()
                    .filter(r -> Objects.equals(r.privateTo(), person.id()))
                    .toList());
        }

        /** The last reply of the last input that only this member sees. */
        Reply lastPrivate() {
            Reply found = null;
            for (Reply r : last) {
                if (person.id().equals(r.privateTo())) {
                    found = r;
                }
            }
            if (found == null) {
                throw new AssertionError("nothing private for " + person.displayName() + " in " + join(last));
            }
            return found;
        }
    }
}
