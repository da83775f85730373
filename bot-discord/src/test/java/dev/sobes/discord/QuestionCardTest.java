package dev.sobes.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.store.InMemoryProgressStore;
import dev.sobes.core.store.InMemorySessionStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adapter recognises the engine's question and feedback cards by their keys; this keeps the two in step. */
class QuestionCardTest {
    private final Engine engine = new Engine(
            TestBank::bank,
            new InMemorySessionStore(),
            new InMemoryProgressStore(),
            Clock.systemUTC(),
            7,
            new ActionCodec("another test secret, long enough".getBytes(StandardCharsets.UTF_8)));
    private final Conversation dm = Conversation.direct(Platform.DISCORD, "10");
    private final Person person = new Person(new PersonId(Platform.DISCORD, "10"), "ann", "en");

    @Test
    void theEnginesQuestionCardIsRecognised() {
        List<Reply> replies = engine.handle(new Command(dm, person, "practice", List.of("go", "channels", "junior")));
        assertThat(replies).filteredOn(Layout::isQuestionCard).hasSize(1);
        assertThat(replies)
                .filteredOn(Layout::isQuestionCard)
                .first()
                .satisfies(card -> assertThat(card.allButtons()).isNotEmpty());
    }

    @Test
    void theEnginesFeedbackCardIsRecognisedAndNothingElseIsAQuestion() {
        engine.handle(new Command(dm, person, "practice", List.of("go", "channels", "junior")));
        List<Reply> replies = engine.handle(new TextMessage(dm, person, DirectMessagePracticeIT.EITHER_ANSWER));
        assertThat(replies).filteredOn(Layout::isFeedbackCard).hasSize(1);
        assertThat(replies).noneMatch(Layout::isQuestionCard);
        assertThat(engine.handle(new Command(dm, person, "help", List.of()))).noneMatch(Layout::isQuestionCard);
    }
}
