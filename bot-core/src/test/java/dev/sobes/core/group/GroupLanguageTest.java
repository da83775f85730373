package dev.sobes.core.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.ButtonPress;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.TextMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupLanguageTest {
    @Test
    void everyoneReadsTheHostsLanguageAndEachPersonTheirOwnInPrivate() {
        Room room = new Room(TestBank.create());
        Person olga = new Person(new PersonId(room.chat.platform(), "1"), "Ольга", "ru");
        Room.Member bob = room.member("2", "Bob");
        room.input(new Command(room.chat, olga, "group", List.of("gen", "1")));
        assertThat(room.shown())
                .contains("Групповое собеседование: Generated")
                .contains("все темы · Любой · вопросов: 1 · по 2 мин на вопрос");
        bob.press("Участвовать");
        room.input(new ButtonPress(room.chat, olga, bob.button("Начать").action()));
        assertThat(room.shown()).contains("Групповое собеседование · вопрос 1 из 1");

        bob.whisper(TestBank.FULL);
        assertThat(bob.heard()).startsWith("Your answer to question 1 is in.");
        assertThat(room.shown()).isEqualTo("Ответили: 1 из 2.");
        room.input(new TextMessage(room.chat, olga, TestBank.HALF));
        assertThat(Room.join(room.last))
                .contains("Ваш ответ на вопрос 1 принят.")
                .contains("Вопрос 1 из 1: ответы")
                .contains("Bob — 4 из 4: ✅✅✅✅")
                .contains("Групповое собеседование окончено: итоговый счёт");
    }
}
