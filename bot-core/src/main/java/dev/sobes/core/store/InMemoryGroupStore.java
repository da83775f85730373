package dev.sobes.core.store;

import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.PersonId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Group interviews' records kept in memory only: for tests, and for a run without a database. */
public final class InMemoryGroupStore implements GroupStore {
    private final Map<PersonId, Conversation> playing = new ConcurrentHashMap<>();
    private final Map<String, GameRecord> games = new LinkedHashMap<>();
    private final Map<String, InterviewRecord> interviews = new LinkedHashMap<>();

    @Override
    public Optional<Conversation> playing(PersonId person) {
        return Optional.ofNullable(playing.get(person));
    }

    @Override
    public void enter(PersonId person, Conversation game) {
        playing.put(person, game);
    }

    @Override
    public void leave(PersonId person, Conversation game) {
        playing.remove(person, game);
    }

    @Override
    public synchronized void recordGame(GameRecord game) {
        games.put(game.board() + "\n" + game.gameId(), game);
    }

    @Override
    public synchronized Optional<GameRecord> game(String board, String gameId) {
        return Optional.ofNullable(games.get(board + "\n" + gameId));
    }

    @Override
    public synchronized List<Standing> standings(String board, Instant since) {
        Map<PersonId, Standing> totals = new LinkedHashMap<>();
        List<GameRecord> inPeriod = games.values().stream()
                .filter(g -> g.board().equals(board) && !g.finishedAt().isBefore(since))
                .sorted(Comparator.comparing(GameRecord::finishedAt))
                .toList();
        for (GameRecord game : inPeriod) {
            for (GameRecord.PlayerResult player : game.players()) {
                Standing before = totals.get(player.person());
                int points = before == null ? 0 : before.points();
                int played = before == null ? 0 : before.games();
                totals.put(
                        player.person(),
                        new Standing(player.person(), player.name(), points + player.points(), played + 1));
            }
        }
        return new ArrayList<>(totals.values());
    }

    @Override
    public synchronized void recordInterview(InterviewRecord interview) {
        interviews.put(interview.board() + "\n" + interview.interviewId(), interview);
    }

    @Override
    public synchronized Optional<InterviewRecord> interview(String board, String interviewId) {
        return Optional.ofNullable(interviews.get(board + "\n" + interviewId));
    }

    @Override
    public synchronized List<InterviewRecord> interviews(PersonId one, PersonId other) {
        return interviews.values().stream()
                .filter(i -> (i.interviewer().equals(one) && i.candidate().equals(other))
                        || (i.interviewer().equals(other) && i.candidate().equals(one)))
                .sorted(Comparator.comparing(InterviewRecord::at))
                .toList();
    }
}
