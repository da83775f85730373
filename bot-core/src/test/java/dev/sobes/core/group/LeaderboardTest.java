package dev.sobes.core.group;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Conversation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeaderboardTest {
    final Room room = new Room(TestBank.create());
    final Room.Member ann = room.member("1", "Ann");
    final Room.Member bob = room.member("2", "Bob");

    /** One question; Ann and Bob answer with the given texts. */
    void game(String annAnswer, String bobAnswer) {
        ann.command("/group gen 1");
        bob.press("Join");
        ann.press("Start");
        ann.whisper(annAnswer);
        bob.whisper(bobAnswer);
        assertThat(room.shown()).contains("Group interview over");
    }

    @Test
    void theBoardAddsUpTheGamesOfEachPeriod() {
        game(TestBank.QUARTER, TestBank.FULL);
        room.clock.advance(Duration.ofDays(25));
        game(TestBank.FULL, TestBank.QUARTER);
        room.clock.advance(Duration.ofDays(9));
        game(TestBank.HALF, TestBank.QUARTER);

        ann.command("/leaderboard");
        assertThat(room.shown())
                .contains("Leaderboard: all time")
                .containsSubsequence("1. Ann — 7 points · games: 3", "2. Bob — 6 points · games: 3");
        ann.command("/leaderboard week");
        assertThat(room.shown())
                .contains("Leaderboard: the last 7 days")
                .containsSubsequence("1. Ann — 2 points · games: 1", "2. Bob — 1 points · games: 1");
        bob.press("Month");
        assertThat(room.last).singleElement().satisfies(board -> {
            assertThat(board.replace()).isTrue();
            assertThat(board.text().plainText())
                    .contains("Leaderboard: the last 30 days")
                    .containsSubsequence("1. Ann — 6 points · games: 2", "2. Bob — 2 points · games: 2");
        });
        room.clock.advance(Duration.ofDays(40));
        ann.command("/leaderboard month");
        assertThat(room.shown()).contains("No group interview has finished here in this period.");
        ann.command("/leaderboard year");
        assertThat(ann.heard()).isEqualTo("Use /leaderboard week, /leaderboard month or /leaderboard all.");
    }

    @Test
    void threadsOfAChatShareItsBoardAndDirectChatsHaveNone() {
        game(TestBank.FULL, TestBank.HALF);
        Conversation thread = new Conversation(room.chat.platform(), room.chat.chatId(), "5", true);
        room.input(new Command(thread, bob.person, "leaderboard", List.of()));
        assertThat(Room.join(room.last)).contains("1. Ann — 4 points · games: 1");
        room.input(new Command(bob.direct(), bob.person, "leaderboard", List.of()));
        assertThat(Room.join(room.last))
                .isEqualTo("Leaderboards belong to group chats and channels: use /leaderboard there.");
    }
}
