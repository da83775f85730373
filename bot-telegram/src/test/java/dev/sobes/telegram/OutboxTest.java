package dev.sobes.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The outbound queue's decisions, with a hand-moved clock: order, fairness, limits, retries, bounds. */
class OutboxTest {
    private long now = 1_000_000_000L;
    private final OutboxLimits limits = OutboxLimits.telegram();
    private final Outbox outbox = new Outbox(limits, () -> now);

    private static Outgoing message(String chatId, String text) {
        return new Outgoing.Send(chatId, null, new Outgoing.Text(text, text, true), null, null, 0, null);
    }

    private static String textOf(Outbox.Dispatch dispatch) {
        return ((Outgoing.Send) dispatch.call()).text().plain();
    }

    private void advance(Duration d) {
        now += d.toNanos();
    }

    /** Makes every call that may go now, each completing at once; returns their texts in order. */
    private List<String> sendAllReadyNow() {
        List<String> sent = new ArrayList<>();
        Outbox.Dispatch next;
        List<Outbox.Dispatch> inFlight = new ArrayList<>();
        while ((next = outbox.next()) != null) {
            sent.add(textOf(next));
            inFlight.add(next);
        }
        inFlight.forEach(outbox::completed);
        return sent;
    }

    private Outbox.Dispatch take() {
        return Objects.requireNonNull(outbox.next(), "a call should be ready");
    }

    @Test
    void aChatsMessagesLeaveInOrderOneAtATime() {
        outbox.add(message("1", "a"));
        outbox.add(message("1", "b"));

        Outbox.Dispatch first = take();
        assertThat(textOf(first)).isEqualTo("a");
        assertThat(outbox.next()).as("b waits for a to complete").isNull();

        outbox.completed(first);
        assertThat(outbox.next()).as("and then for the chat's interval").isNull();
        advance(limits.chatInterval());
        assertThat(textOf(take())).isEqualTo("b");
    }

    @Test
    void aRetriedMessageKeepsItsPlaceAheadOfLaterOnes() {
        outbox.add(message("1", "a"));
        outbox.add(message("1", "b"));
        Outbox.Dispatch first = take();

        outbox.retry(first, first.call(), Duration.ofSeconds(3).toNanos(), false);
        advance(Duration.ofSeconds(2));
        assertThat(outbox.next()).as("429 closed the lane for its retry_after").isNull();
        advance(Duration.ofSeconds(1));

        Outbox.Dispatch again = take();
        assertThat(textOf(again)).isEqualTo("a");
        assertThat(again.attempt()).as("a 429 is not a failed attempt").isEqualTo(1);
    }

    @Test
    void failuresCountAttemptsAndResetOnSuccess() {
        outbox.add(message("1", "a"));
        Outbox.Dispatch first = take();
        outbox.retry(first, first.call(), 0, true);
        advance(limits.chatInterval());
        Outbox.Dispatch second = take();
        assertThat(second.attempt()).isEqualTo(2);

        outbox.completed(second);
        outbox.add(message("1", "b"));
        advance(limits.chatInterval());
        assertThat(take().attempt()).isEqualTo(1);
    }

    @Test
    void aBusyGroupDoesNotStarvePrivateChats() {
        for (int i = 0; i < 50; i++) {
            outbox.add(message("-100", "group " + i));
        }
        outbox.add(message("7", "dm 7"));
        outbox.add(message("8", "dm 8"));

        assertThat(sendAllReadyNow()).containsExactlyInAnyOrder("group 0", "dm 7", "dm 8");
    }

    @Test
    void privateChatsTakeTurnsWhenTheGlobalLimitIsTheBottleneck() {
        for (int chat = 1; chat <= 40; chat++) {
            outbox.add(message(String.valueOf(chat), "first " + chat));
            outbox.add(message(String.valueOf(chat), "second " + chat));
        }

        List<String> firstSecond = sendAllReadyNow();
        assertThat(firstSecond).hasSize(limits.globalMessages()).allMatch(t -> t.startsWith("first "));

        advance(limits.globalWindow());
        List<String> nextSecond = sendAllReadyNow();
        assertThat(nextSecond)
                .as("the ten chats not yet served go before anyone's second message")
                .hasSize(30)
                .filteredOn(t -> t.startsWith("first "))
                .hasSize(10);
    }

    @Test
    void aGroupGetsTwentyMessagesAMinute() {
        for (int i = 0; i < 25; i++) {
            outbox.add(message("-100", "m" + i));
        }
        int sent = 0;
        for (int second = 0; second < 59; second++) {
            sent += sendAllReadyNow().size();
            advance(Duration.ofSeconds(1));
        }
        assertThat(sent).isEqualTo(limits.groupMessages());

        advance(Duration.ofSeconds(2));
        assertThat(sendAllReadyNow()).containsExactly("m20");
    }

    @Test
    void aCallHoldsItsShareUntilAWindowAfterItsAnswer() {
        for (int chat = 1; chat <= 31; chat++) {
            outbox.add(message(String.valueOf(chat), "m" + chat));
        }
        List<Outbox.Dispatch> slow = new ArrayList<>();
        Outbox.Dispatch next;
        while ((next = outbox.next()) != null) {
            slow.add(next);
        }
        assertThat(slow).hasSize(30);

        advance(Duration.ofSeconds(5));
        assertThat(outbox.next())
                .as("calls still on the wire hold their shares")
                .isNull();

        slow.forEach(outbox::completed);
        advance(limits.globalWindow().minusNanos(1));
        assertThat(outbox.next()).isNull();
        advance(Duration.ofNanos(1));
        assertThat(outbox.next()).isNotNull();
    }

    @Test
    void aFullChatAdmitsNoMoreAndIsWarnedOncePerFlood() {
        for (int i = 0; i < limits.chatBacklog(); i++) {
            assertThat(outbox.admits("1")).isTrue();
            outbox.add(message("1", "m" + i));
        }
        assertThat(outbox.admits("1")).isFalse();
        assertThat(outbox.admits("2")).as("other chats are not affected").isTrue();
        assertThat(outbox.shouldWarn("1")).isTrue();
        assertThat(outbox.shouldWarn("1")).isFalse();

        while (outbox.pending("1") > 0) {
            advance(limits.chatInterval());
            sendAllReadyNow();
        }
        assertThat(outbox.admits("1")).isTrue();
        outbox.add(message("1", "again"));
        assertThat(outbox.shouldWarn("1")).as("a new flood gets a new warning").isTrue();
    }

    @Test
    void theWholeQueueIsBounded() {
        Outbox small = new Outbox(limits.withBacklog(5, 10), () -> now);
        for (int chat = 0; chat < 10; chat++) {
            small.add(message(String.valueOf(chat), "m"));
        }
        assertThat(small.admits("new")).isFalse();
    }

    @Test
    void idleChatsAreForgotten() {
        for (int chat = 0; chat < 3000; chat++) {
            outbox.add(message(String.valueOf(chat), "m"));
            advance(limits.globalWindow());
            sendAllReadyNow();
        }
        assertThat(outbox.lanes()).isLessThan(3000);
        assertThat(outbox.pending()).isZero();
    }

    @Test
    void theWaitForTheNextCallIsKnown() {
        assertThat(outbox.nanosUntilNext()).isEqualTo(Long.MAX_VALUE);
        outbox.add(message("1", "a"));
        assertThat(outbox.nanosUntilNext()).isZero();
        Outbox.Dispatch first = take();
        outbox.add(message("1", "b"));
        assertThat(outbox.nanosUntilNext()).as("waits for the answer").isEqualTo(Long.MAX_VALUE);
        outbox.completed(first);
        assertThat(outbox.nanosUntilNext()).isEqualTo(limits.chatInterval().toNanos());
    }

    @Test
    void editsOfOneMessageWaitingInLineAreMadeOnceWithTheNewestText() {
        Delivered count = new Delivered("-100", List.of("0 of 3"));
        count.sent(0, 42);
        outbox.add(message("-100", "the question"));
        Outbox.Dispatch question = take();
        Delivered one = new Delivered("-100", List.of("1 of 3"));
        Delivered two = new Delivered("-100", List.of("2 of 3"));
        Delivered three = new Delivered("-100", List.of("3 of 3"));
        outbox.add(edit(count, one, "1 of 3"));
        outbox.add(edit(one, two, "2 of 3"));
        outbox.add(message("-100", "a note"));
        outbox.add(edit(two, three, "3 of 3"));
        assertThat(outbox.pending()).isEqualTo(3);

        outbox.completed(question);
        advance(Duration.ofSeconds(1));
        Outbox.Dispatch note = take();
        assertThat(textOf(note)).isEqualTo("a note");
        outbox.completed(note);
        advance(Duration.ofSeconds(1));
        Outgoing.Edit last = (Outgoing.Edit) take().call();
        assertThat(last.text().plain()).isEqualTo("3 of 3");
        assertThat(last.original().id(0))
                .as("the message the skipped edits would have edited")
                .isEqualTo(42);
    }

    @Test
    void anEditBeingMadeIsNotReplaced() {
        Delivered count = new Delivered("-100", List.of("0 of 3"));
        count.sent(0, 42);
        Delivered one = new Delivered("-100", List.of("1 of 3"));
        Delivered two = new Delivered("-100", List.of("2 of 3"));
        outbox.add(edit(count, one, "1 of 3"));
        Outbox.Dispatch making = take();
        outbox.add(edit(one, two, "2 of 3"));

        assertThat(outbox.pending()).isEqualTo(2);
        assertThat(((Outgoing.Edit) making.call()).text().plain()).isEqualTo("1 of 3");
    }

    private static Outgoing.Edit edit(Delivered original, Delivered record, String text) {
        return new Outgoing.Edit("-100", null, original, 0, new Outgoing.Text(text, text, true), null, record);
    }
}
