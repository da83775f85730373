package dev.sobes.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.store.InMemoryProgressStore;
import dev.sobes.core.store.InMemorySessionStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentInputTest {
    final InMemoryProgressStore progress = new InMemoryProgressStore();
    final InMemorySessionStore sessions = new InMemorySessionStore();
    final Engine engine = new Engine(
            Fixtures::goOnly,
            sessions,
            progress,
            Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC),
            7,
            new ActionCodec("another test secret, long enough".getBytes(StandardCharsets.UTF_8)));

    @Test
    void manyAnswersAtOnceToOneQuestionAreAcceptedExactlyOnce() throws Exception {
        Chat chat = new Chat(engine, "1", "en");
        chat.send("/ask go-sync-mutex");
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Reply>>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String text = "answer " + i + ": normal mode";
            Callable<List<Reply>> send = () -> {
                go.await();
                return engine.handle(new TextMessage(chat.conversation, chat.person, text));
            };
            results.add(pool.submit(send));
        }
        go.countDown();
        int feedbackCards = 0;
        int alreadyAnswered = 0;
        for (Future<List<Reply>> result : results) {
            String text = result.get(10, TimeUnit.SECONDS).get(0).text().plainText();
            if (text.startsWith("Key points covered: 1 of 3")) {
                feedbackCards++;
            } else if (text.startsWith("You have already answered this question")) {
                alreadyAnswered++;
            }
        }
        pool.shutdown();
        assertThat(feedbackCards).isEqualTo(1);
        assertThat(alreadyAnswered).isEqualTo(threads - 1);
        assertThat(progress.answers(chat.person.id())).hasSize(1);
        Session session = sessions.load(chat.conversation.key()).orElseThrow();
        assertThat(session.mode()).isEqualTo(Mode.REVIEWING);
        assertThat(session.tally().answered()).isEqualTo(1);
    }

    @Test
    void inputsFromOneThreadApplyInTheOrderSent() {
        Chat chat = new Chat(engine, "1", "en");
        for (int round = 0; round < 20; round++) {
            chat.send("/ask go-channels-closed-receive");
            chat.send("zero value");
            chat.send("/next");
        }
        assertThat(progress.answers(chat.person.id())).hasSize(20);
        assertThat(sessions.load(chat.conversation.key()).orElseThrow().seq()).isEqualTo(40);
    }

    @Test
    void manyConversationsInParallelEachKeepTheirOwnSession() throws Exception {
        int people = 40;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> summaries = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Chat chat = new Chat(engine, "p" + i, "en");
            summaries.add(pool.submit(() -> {
                engine.handle(
                        new Command(chat.conversation, chat.person, "practice", List.of("go", "channels", "junior")));
                engine.handle(new TextMessage(chat.conversation, chat.person, "it blocks, zero value"));
                engine.handle(new Command(chat.conversation, chat.person, "next", List.of()));
                engine.handle(new TextMessage(chat.conversation, chat.person, "it blocks, zero value"));
                return engine.handle(new Command(chat.conversation, chat.person, "stop", List.of()))
                        .get(0)
                        .text()
                        .plainText();
            }));
        }
        for (Future<String> summary : summaries) {
            assertThat(summary.get(20, TimeUnit.SECONDS)).contains("answered: 2");
        }
        pool.shutdown();
    }
}
