package dev.sobes.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.Tick;
import dev.sobes.core.chat.Unreachable;
import dev.sobes.core.store.InMemoryStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemindersTest {
    static final Instant START = Instant.parse("2026-11-27T10:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final InMemoryStore store = new InMemoryStore();
    final Chat chat = new Chat(
            new Engine(
                    Fixtures::goOnly,
                    store,
                    clock,
                    7,
                    new ActionCodec("reminders test secret".getBytes(StandardCharsets.UTF_8))),
            "1",
            "en");

    /** A card that is due a minute after now: a wrong answer graded Again. */
    void makeADueCard() {
        chat.send("/ask go-channels-closed-receive");
        chat.send("no idea");
        chat.press("Again");
    }

    /** Moves the clock to {@code at} and delivers the tick the store would then ask for. */
    List<Reply> tickAt(Instant at) {
        clock.advance(Duration.between(clock.instant(), at));
        return chat.input(new Tick(chat.conversation, at));
    }

    /** The one time the store will next wake the person's conversation at, if it will. */
    boolean wakesAt(Instant at) {
        return store.wakeups(at.minusMillis(1)).isEmpty() && store.wakeups(at).contains(chat.conversation);
    }

    @Test
    void remindSetsADailyTimeAndSaysHowToSetTheTimeZone() {
        chat.send("/remind 09:00");

        assertThat(chat.text())
                .startsWith("Reminder on: every day at 09:00 (UTC), one message when cards are due for review."
                        + " The next one: 2026-11-28 09:00 (in 23 h).")
                .contains("Not your time zone? Set yours with /timezone");
        assertThat(wakesAt(Instant.parse("2026-11-28T09:00:00Z"))).isTrue();
    }

    @Test
    void remindAloneShowsTheSetting() {
        chat.send("/remind");
        assertThat(chat.text())
                .startsWith("Reminders are off. /remind 09:00 turns them on")
                .contains("UTC");

        chat.send("/timezone Europe/Moscow");
        chat.send("/remind 8:30");
        chat.send("/remind");
        assertThat(chat.text())
                .startsWith("Reminder: every day at 08:30 (Europe/Moscow), when cards are due for review."
                        + " The next one: 2026-11-28 08:30 (in 19 h).");
    }

    @Test
    void changingTheTimeZoneKeepsTheLocalTimeOfTheReminder() {
        chat.send("/remind 09:00");
        chat.send("/timezone Europe/Moscow");

        assertThat(chat.text())
                .isEqualTo("Time zone: Europe/Moscow (it is 2026-11-27 13:00 there now).\n\n"
                        + "Reminders keep to it: every day at 09:00; the next one: 2026-11-28 09:00 (in 20 h).");
        assertThat(wakesAt(Instant.parse("2026-11-28T06:00:00Z"))).isTrue();

        chat.send("/timezone UTC-5");
        assertThat(chat.text()).startsWith("Time zone: UTC-05:00 (it is 2026-11-27 05:00 there now).");
        assertThat(wakesAt(Instant.parse("2026-11-27T14:00:00Z"))).isTrue();

        chat.send("/timezone new york");
        assertThat(chat.text()).startsWith("Time zone: America/New_York");
        chat.send("/timezone");
        assertThat(chat.text()).startsWith("Your time zone: America/New_York (it is 2026-11-27 05:00 there now).");
    }

    @Test
    void theTimeZoneCanBeGivenWithTheTime() {
        chat.send("/remind 21:30 Asia/Tokyo");

        assertThat(chat.text())
                .startsWith("Reminder on: every day at 21:30 (Asia/Tokyo)")
                .doesNotContain("/timezone");
        assertThat(wakesAt(Instant.parse("2026-11-27T12:30:00Z"))).isTrue();
    }

    @Test
    void aTickBeforeTheTimeSendsNothingAndKeepsTheTime() {
        makeADueCard();
        chat.send("/remind 09:00");

        assertThat(tickAt(Instant.parse("2026-11-28T08:59:00Z"))).isEmpty();
        assertThat(wakesAt(Instant.parse("2026-11-28T09:00:00Z"))).isTrue();
    }

    @Test
    void atTheTimeDueCardsBringOneMessageAndTheNextDaysTimeIsSet() {
        makeADueCard();
        chat.send("/remind 09:00");

        List<Reply> replies = tickAt(Instant.parse("2026-11-28T09:00:00Z"));

        assertThat(replies).hasSize(1);
        assertThat(chat.text())
                .isEqualTo("Cards due for review: 1 — /review\n\nYour daily reminder at 09:00. /remind off stops it.");
        assertThat(replies.get(0).conversation()).isEqualTo(chat.conversation);
        assertThat(chat.lastLabels()).containsExactly("Review");
        assertThat(wakesAt(Instant.parse("2026-11-29T09:00:00Z"))).isTrue();
        assertThat(tickAt(Instant.parse("2026-11-28T09:00:01Z")))
                .as("a repeated tick")
                .isEmpty();

        chat.press("Review");
        assertThat(chat.text()).startsWith("Cards due for review: 1.");
    }

    @Test
    void withNoCardsDueNothingIsSentAndTheNextDaysTimeIsSet() {
        chat.send("/remind 09:00");

        assertThat(tickAt(Instant.parse("2026-11-28T09:00:00Z"))).isEmpty();
        assertThat(wakesAt(Instant.parse("2026-11-29T09:00:00Z"))).isTrue();

        chat.send("/ask go-sync-mutex");
        chat.send("normal mode, starvation mode and spinning");
        chat.press("Easy");
        assertThat(tickAt(Instant.parse("2026-11-29T09:00:00Z")))
                .as("a card that is not due yet")
                .isEmpty();
        assertThat(wakesAt(Instant.parse("2026-11-30T09:00:00Z"))).isTrue();
    }

    @Test
    void theReminderKeepsItsLocalTimeAcrossTheChangesOfDaylightSavingTime() {
        clock.advance(Duration.between(START, Instant.parse("2026-10-23T12:00:00Z")));
        makeADueCard();
        chat.send("/remind 09:00 Europe/Berlin");
        assertThat(wakesAt(Instant.parse("2026-10-24T07:00:00Z")))
                .as("summer time, UTC+2")
                .isTrue();

        assertThat(tickAt(Instant.parse("2026-10-24T07:00:00Z"))).hasSize(1);
        assertThat(wakesAt(Instant.parse("2026-10-25T08:00:00Z")))
                .as("clocks went back on 25 October: UTC+1")
                .isTrue();
        assertThat(tickAt(Instant.parse("2026-10-25T08:00:00Z"))).hasSize(1);
        assertThat(wakesAt(Instant.parse("2026-10-26T08:00:00Z"))).isTrue();

        clock.advance(Duration.between(clock.instant(), Instant.parse("2027-03-27T12:00:00Z")));
        chat.send("/remind 09:00");
        assertThat(wakesAt(Instant.parse("2027-03-28T07:00:00Z")))
                .as("clocks go forward on 28 March: UTC+2 again")
                .isTrue();
    }

    @Test
    void aReminderMissedByHoursIsNotSentLateButTheNextDaysComes() {
        makeADueCard();
        chat.send("/remind 09:00");

        assertThat(tickAt(Instant.parse("2026-11-28T15:30:00Z"))).isEmpty();
        assertThat(wakesAt(Instant.parse("2026-11-29T09:00:00Z"))).isTrue();
        assertThat(tickAt(Instant.parse("2026-11-29T09:00:00Z"))).hasSize(1);
    }

    @Test
    void offStopsRemindersAndOnBringsThemBackAtTheSameTime() {
        makeADueCard();
        chat.send("/remind 09:00");
        chat.send("/remind off");

        assertThat(chat.text()).isEqualTo("Reminders are off. /remind on brings them back.");
        assertThat(store.wakeups(Instant.parse("2027-01-01T00:00:00Z"))).isEmpty();
        assertThat(tickAt(Instant.parse("2026-11-28T09:00:00Z"))).isEmpty();
        chat.send("/remind off");
        assertThat(chat.text()).startsWith("Reminders are already off.");

        chat.send("/remind on");
        assertThat(chat.text()).startsWith("Reminder on: every day at 09:00 (UTC)");
        assertThat(wakesAt(Instant.parse("2026-11-29T09:00:00Z"))).isTrue();
    }

    @Test
    void aConversationThePlatformRefusesGetsNoMoreReminders() {
        makeADueCard();
        chat.send("/remind 09:00");

        assertThat(chat.engine.handle(Unreachable.blocked(chat.conversation))).isEmpty();

        assertThat(store.wakeups(Instant.parse("2027-01-01T00:00:00Z"))).isEmpty();
        chat.send("/remind");
        assertThat(chat.text()).startsWith("Reminders are off.");
    }

    @Test
    void passingDeliveryFailuresTurnRemindersOffOnlyWhenTheyRepeat() {
        Unreachable failed = new Unreachable(chat.conversation, false);
        chat.send("/remind 09:00");

        chat.engine.handle(failed);
        chat.engine.handle(failed);
        chat.send("/remind");
        assertThat(chat.text()).as("the person wrote: failures start again").startsWith("Reminder: every day at 09:00");
        chat.engine.handle(failed);
        chat.engine.handle(failed);
        assertThat(store.wakeups(Instant.parse("2027-01-01T00:00:00Z"))).containsExactly(chat.conversation);

        chat.engine.handle(failed);
        assertThat(store.wakeups(Instant.parse("2027-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void aConversationWithoutRemindersIgnoresAReportThatItIsUnreachable() {
        assertThat(chat.engine.handle(Unreachable.blocked(chat.conversation))).isEmpty();
        assertThat(store.load(chat.conversation.key())).isEmpty();
    }

    @Test
    void aGroupGetsNoReminders() {
        Conversation group = new Conversation(Platform.TELEGRAM, "-100", null, true);

        List<Reply> remind = chat.engine.handle(new Command(group, chat.person, "remind", List.of("09:00")));
        List<Reply> zone = chat.engine.handle(new Command(group, chat.person, "timezone", List.of("Europe/Moscow")));

        assertThat(remind)
                .singleElement()
                .satisfies(r -> assertThat(r.text().plainText())
                        .isEqualTo("Reminders come only in a direct chat with me: open a private chat with the bot and"
                                + " send /remind there."));
        assertThat(zone)
                .singleElement()
                .satisfies(r -> assertThat(r.text().plainText())
                        .startsWith("Your time zone is kept for reminders in a direct chat with me"));
        assertThat(store.wakeups(Instant.parse("2027-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void aTimeThatDoesNotExistIsExplainedAndChangesNothing() {
        chat.send("/remind 07:15");

        chat.send("/remind 25:99");
        assertThat(chat.text())
                .isEqualTo("There is no time 25:99: hours go from 0 to 23 and minutes from 0 to 59."
                        + " For example: /remind 09:00.");
        chat.send("/remind tomorrow");
        assertThat(chat.text()).startsWith("I don't understand \"tomorrow\". Write /remind and a time");

        chat.send("/remind");
        assertThat(chat.text()).startsWith("Reminder: every day at 07:15 (UTC)");
    }

    @Test
    void anUnknownTimeZoneIsExplainedWithSuggestionsAndChangesNothing() {
        chat.send("/remind 09:00");

        chat.send("/timezone Mars/Olympus");
        assertThat(chat.text())
                .isEqualTo("I don't know the time zone \"Mars/Olympus\". Use a name such as Europe/Moscow or"
                        + " America/New_York, or an offset from UTC between UTC-12 and UTC+14, such as UTC+3 or"
                        + " UTC-5:30.");
        chat.send("/timezone UTC+15");
        assertThat(chat.text()).startsWith("I don't know the time zone \"UTC+15\".");
        chat.send("/timezone Moscu");
        assertThat(chat.text()).doesNotContain("Perhaps");
        chat.send("/timezone Argentina");
        assertThat(chat.text()).contains("Perhaps you meant: America/Argentina/");
        chat.send("/remind 10:00 Atlantis");
        assertThat(chat.text()).startsWith("I don't know the time zone \"Atlantis\".");

        chat.send("/remind");
        assertThat(chat.text()).startsWith("Reminder: every day at 09:00 (UTC)");
    }

    @Test
    void aTimedMockInterviewAndAReminderEachComeAtTheirOwnTime() {
        makeADueCard();
        chat.send("/remind 10:03");
        chat.send("/mock go 3 2m");
        assertThat(wakesAt(START.plusSeconds(120)))
                .as("the question's deadline first")
                .isTrue();

        tickAt(START.plusSeconds(120));
        assertThat(chat.text()).startsWith("Time is up for this question.").doesNotContain("Cards due");
        assertThat(wakesAt(START.plusSeconds(180))).as("then the reminder").isTrue();

        tickAt(START.plusSeconds(180));
        assertThat(chat.text()).startsWith("Cards due for review: ");
        assertThat(wakesAt(START.plusSeconds(240)))
                .as("then the next question's deadline")
                .isTrue();
    }

    @Test
    void theReminderSpeaksThePersonsLanguage() {
        makeADueCard();
        chat.send("/remind 09:00");
        chat.send("/lang ru");

        tickAt(Instant.parse("2026-11-28T09:00:00Z"));

        assertThat(chat.text()).startsWith("Карточек к повторению: 1 — /review");
        assertThat(chat.lastLabels()).containsExactly("Повторение");
    }

    @Test
    void forgettingThePersonForgetsTheReminder() {
        chat.send("/remind 09:00");
        chat.send("/forget");
        chat.press("Delete everything");

        assertThat(store.wakeups(Instant.parse("2027-01-01T00:00:00Z"))).isEmpty();
    }

    @Test
    void helpListsTheReminderCommands() {
        chat.send("/help");

        assertThat(chat.text())
                .contains("/remind HH:MM | off — a daily reminder at your local time when cards are due")
                .contains("/timezone ZONE — your time zone for reminders");
    }
}
