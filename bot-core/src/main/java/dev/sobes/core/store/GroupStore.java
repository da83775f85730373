package dev.sobes.core.store;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.PersonId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What group interviews keep beyond the session of their conversation: where each person is
 * playing, finished games (for leaderboards and reports), and interviews between members.
 *
 * <p>The game in progress is part of its conversation's session; this store holds only what is
 * looked up across conversations. Writes return once they are durable; writing a game or an
 * interview again with the same board and id replaces it, so an input applied twice records it once.
 */
public interface GroupStore {
    /**
     * The group conversation where {@code person} last joined a game or began to interview: the
     * engine sends their private input there (an answer written in a direct chat with the bot). A
     * hint only: the game's session decides whether the person is still in it.
     */
    Optional<Conversation> playing(PersonId person);

    /** Records that {@code person} now plays in {@code game}, replacing any earlier game. */
    void enter(PersonId person, Conversation game);

    /** Forgets where {@code person} plays, if it is still {@code game}. */
    void leave(PersonId person, Conversation game);

    void recordGame(GameRecord game);

    Optional<GameRecord> game(String board, String gameId);

    /** Each person's totals over the games of {@code board} that finished at or after {@code since}, in no order. */
    List<Standing> standings(String board, Instant since);

    void recordInterview(InterviewRecord interview);

    Optional<InterviewRecord> interview(String board, String interviewId);

    /** The interviews between two people, in either role, oldest first. */
    List<InterviewRecord> interviews(PersonId one, PersonId other);
}
