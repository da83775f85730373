package dev.sobes.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.testkit.telegram.FakeUser;
import dev.sobes.testkit.telegram.SentMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Many people at once: every reply arrives, in order, within Telegram's limits. */
class FloodIT {
    private static final int PEOPLE = 200;

    private final BotUnderTest sobes = BotUnderTest.start();

    @AfterEach
    void stop() {
        sobes.close();
    }

    @Test
    void twoHundredPeopleAnsweringAtOnceAllGetTheirRepliesInOrder() {
        List<FakeUser> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(sobes.telegram.user(1000 + i, "Person " + i).language(i % 2 == 0 ? "en" : "ru"));
        }

        // Each sends a question request, an answer and a stop without waiting: three inputs a chat at once.
        for (FakeUser person : people) {
            person.sends("/ask mini-channels-unbuffered");
            person.sends("It blocks until a receiver takes the value, which synchronises the goroutines");
            person.sends("/stop");
        }

        sobes.telegram.await(
                () -> people.stream().allMatch(p -> p.messages().size() >= 3), "three replies for everyone");
        for (FakeUser person : people) {
            List<SentMessage> seen = person.messages();
            assertThat(seen).as("what person %s sees", person.id()).hasSize(3);
            assertThat(seen.get(0).hasButton(person.id() % 2 == 0 ? "Hint" : "Подсказка"))
                    .isTrue();
            assertThat(seen.get(1).text()).containsAnyOf("Key points covered: 3 of 3", "ключевых пунктов: 3 из 3");
            assertThat(seen.get(2).text()).containsAnyOf("Practice summary", "Итоги");
            assertThat(seen).extracting(SentMessage::messageId).isSorted();
        }
        assertThat(sobes.telegram.violations()).isEmpty();
        assertThat(sobes.telegram.rateLimited()).isZero();
    }

    @Test
    void aChatThatFloodsIsAskedToSlowDownOnceAndOthersAreStillServed() {
        FakeUser flooder = sobes.telegram.user(1, "Flooder").language("en");
        FakeUser calm = sobes.telegram.user(2, "Calm").language("en");
        int sent = 120;
        for (int i = 0; i < sent; i++) {
            flooder.sends("/help");
        }
        calm.sends("/start");

        calm.dm().awaitReply(m -> m.hasButton("Practice"));
        sobes.telegram.await(() -> sobes.telegram.pendingUpdates() == 0, "every update taken");
        flooder.dm().awaitReply("faster than I can answer");
        List<SentMessage> seen = flooder.messages();
        assertThat(seen)
                .filteredOn(m -> m.text().contains("faster than I can answer"))
                .hasSize(1);
        assertThat(seen.size())
                .as("answered until the backlog filled, then asked to slow down")
                .isLessThan(sent);
        assertThat(sobes.telegram.violations()).isEmpty();
    }
}
