package dev.sobes.core.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.TextMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ConcurrentAnswersTest {
    @Test
    void answersArrivingAtOnceFromDirectChatsAndFormsAreEachTakenOnce() throws Exception {
        Room room = new Room(TestBank.create());
        int players = 30;
        List<Room.Member> members = new ArrayList<>();
        for (int i = 0; i < players; i++) {
            members.add(room.member("p" + i, "Player " + i));
        }
        members.get(0).command("/group gen 1");
        for (Room.Member member : members.subList(1, players)) {
            member.press("Join");
        }
        members.get(0).press("Start");
        String form = members.get(0).button("Answer").action();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Reply>>> results = new ArrayList<>();
        for (int i = 0; i < players; i++) {
            Room.Member member = members.get(i);
            TextMessage answer = i % 2 == 0
                    ? new TextMessage(member.direct(), member.person, TestBank.HALF)
                    : new TextMessage(room.chat, member.person, TestBank.HALF, null, form);
            Callable<List<Reply>> send = () -> {
                go.await();
                return room.engine.handle(answer);
            };
            results.add(pool.submit(send));
        }
        go.countDown();
        int taken = 0;
        int reveals = 0;
        for (Future<List<Reply>> result : results) {
            String text = Room.join(result.get(30, TimeUnit.SECONDS));
            if (text.contains("Your answer to question 1 is in.")) {
                taken++;
            }
            if (text.contains("Question 1 of 1: the answers")) {
                reveals++;
                assertThat(text).contains("Answered: 30 of 30. Everyone has answered.");
            }
        }
        pool.shutdown();
        assertThat(taken).isEqualTo(players);
        assertThat(reveals).isEqualTo(1);
        for (Room.Member member : members) {
            assertThat(room.progress.answers(member.id())).hasSize(1);
        }
        assertThat(room.groups.standings("telegram:-1001", Instant.EPOCH))
                .hasSize(players)
                .allSatisfy(s -> assertThat(s.points()).isEqualTo(2));
    }

    @Test
    void theCountOfAnswersReachesTheAdapterInTheOrderTheAnswersWereTaken() throws Exception {
        Room room = new Room(TestBank.create());
        int players = 12;
        List<Room.Member> members = new ArrayList<>();
        for (int i = 0; i < players; i++) {
            members.add(room.member("p" + i, "Player " + i));
        }
        members.get(0).command("/group gen 1");
        for (Room.Member member : members.subList(1, players)) {
            member.press("Join");
        }
        members.get(0).press("Start");

        // What an adapter would show, in the order it is handed the replies of many threads.
        List<String> shown = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(players);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<List<Reply>>> results = new ArrayList<>();
        for (Room.Member member : members) {
            TextMessage answer = new TextMessage(member.direct(), member.person, TestBank.HALF);
            Callable<List<Reply>> send = () -> {
                go.await();
                return room.engine.handle(answer, replies -> {
                    // A slow adapter: a thread that took an answer earlier is overtaken unless the engine waits.
                    pause();
                    replies.stream()
                            .filter(r -> r.privateTo() == null)
                            .forEach(r -> shown.add(r.text().plainText()));
                });
            };
            results.add(pool.submit(send));
        }
        go.countDown();
        for (Future<List<Reply>> result : results) {
            result.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Pattern count = Pattern.compile("^Answered: (\\d+) of " + players);
        List<Integer> counts = new ArrayList<>();
        for (String text : shown) {
            Matcher m = count.matcher(text);
            if (m.find()) {
                counts.add(Integer.parseInt(m.group(1)));
            }
        }
        assertThat(counts).hasSize(players).isSorted().endsWith(players);
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
