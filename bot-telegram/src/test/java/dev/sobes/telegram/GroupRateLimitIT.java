package dev.sobes.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.testkit.telegram.ChatView;
import dev.sobes.testkit.telegram.FakeGroup;
import dev.sobes.testkit.telegram.FakeUser;
import dev.sobes.testkit.telegram.SentMessage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A busy group interview against the fake's limits (Telegram's counts over windows fifty times
 * shorter, on both sides): eight people answering every question at once get their count as one
 * message edited in place, so the group stays within 20 messages a minute.
 */
class GroupRateLimitIT {
    private static final int PLAYERS = 8;
    private static final int QUESTIONS = 10;

    private final GroupUnderTest sobes =
            GroupUnderTest.start(BotUnderTest.fake().start());

    @AfterEach
    void stop() {
        sobes.close();
    }

    @Test
    void tenQuestionsForEightPlayersStayWithinTheGroupsLimitWithOneCountMessageAQuestion() {
        FakeGroup group = sobes.telegram.group(-100700, "Big club");
        List<FakeUser> players = new ArrayList<>();
        for (int i = 0; i < PLAYERS; i++) {
            FakeUser player = sobes.telegram.user(100 + i, "Player" + i).language("en");
            player.sends("/start");
            players.add(player);
        }
        for (FakeUser player : players) {
            player.dm().awaitReply(m -> m.hasButton("Practice"));
        }
        ChatView host = players.get(0).in(group);
        host.sends("/group drill " + QUESTIONS + " 5m");
        SentMessage lobby = host.awaitReply(m -> m.hasButton("Join"));
        for (FakeUser player : players.subList(1, PLAYERS)) {
            player.in(group).taps(lobby, "Join");
        }
        host.awaitReply(m -> m.messageId() == lobby.messageId() && m.text().contains("Players (" + PLAYERS + ")"));
        host.taps(lobby, "Start");

        for (int n = 1; n <= QUESTIONS; n++) {
            String header = "Group interview · question " + n + " of " + QUESTIONS;
            host.awaitReply(m -> m.text().startsWith(header));
            // Everyone answers privately at once, without waiting for the others.
            for (int i = 0; i < PLAYERS; i++) {
                players.get(i).sends(i % 2 == 0 ? GroupUnderTest.FULL : GroupUnderTest.PART);
            }
            String answers = "Question " + n + " of " + QUESTIONS + ": the answers";
            SentMessage reveal = host.awaitReply(m -> m.text().startsWith(answers));
            assertThat(reveal.text()).contains("Everyone has answered.");
            if (n < QUESTIONS) {
                host.taps(reveal, "Next question");
            }
        }
        SentMessage board = host.awaitReply(m -> m.text().contains("final scoreboard"));
        assertThat(board.text()).contains("Questions played: " + QUESTIONS + ".");

        List<SentMessage> shown = group.messages();
        List<SentMessage> counts =
                shown.stream().filter(m -> m.text().startsWith("Answered:")).toList();
        assertThat(counts)
                .as("one count a question, edited in place: the last edit says everyone answered")
                .hasSize(QUESTIONS)
                .allSatisfy(count -> {
                    assertThat(count.text())
                            .isEqualTo("Answered: " + PLAYERS + " of " + PLAYERS + ". Everyone has answered.");
                    assertThat(count.edits()).isBetween(1, PLAYERS);
                });
        for (int n = 1; n <= QUESTIONS; n++) {
            String header = "Group interview · question " + n + " of ";
            String answers = "Question " + n + " of " + QUESTIONS + ": the answers";
            assertThat(shown).filteredOn(m -> m.text().startsWith(header)).hasSize(1);
            assertThat(shown).filteredOn(m -> m.text().startsWith(answers)).hasSize(1);
        }
        assertThat(shown)
                .as("the lobby, three messages a question (question, count, answers), the final scoreboard")
                .hasSize(1 + 3 * QUESTIONS + 1);
        for (FakeUser player : players) {
            assertThat(player.messages())
                    .filteredOn(m -> m.text().contains("is in."))
                    .hasSize(QUESTIONS);
        }
        assertThat(sobes.telegram.rateLimited())
                .as("429s from the group's limit")
                .isZero();
        assertThat(sobes.telegram.violations()).isEmpty();
        assertThat(sobes.telegram.unansweredCallbacks()).isEmpty();
    }
}
