package dev.sobes.core.group;

import dev.sobes.core.chat.PersonId;
import dev.sobes.core.model.Lang;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A group interview in progress: part of its conversation's session.
 *
 * @param id unique within the conversation's leaderboard; buttons carry it, so a button of an
 *     earlier game is recognised
 * @param host who controls the game; passes to the next participant when the host leaves
 * @param lang the language of the messages everyone sees: the host's when the game opened
 * @param plan the questions, in order, chosen when the host started
 * @param players everyone who joined, in the order they joined
 * @param round the number of the open or last revealed question; 0 in the lobby
 * @param openedAt when the open question was posted
 * @param deadline when the open question's time runs out
 * @param submissions the answers to the open question
 * @param scored the questions revealed so far (a skipped question is not among them)
 * @param startedAt when the lobby opened
 */
public record GroupGame(
        String id,
        Stage stage,
        PersonId host,
        Lang lang,
        GameSettings settings,
        List<String> plan,
        List<Player> players,
        int round,
        @Nullable Instant openedAt,
        @Nullable Instant deadline,
        List<Submission> submissions,
        List<String> scored,
        Instant startedAt) {

    public GroupGame {
        plan = List.copyOf(plan);
        players = List.copyOf(players);
        submissions = List.copyOf(submissions);
        scored = List.copyOf(scored);
    }

    static GroupGame open(String id, Player host, GameSettings settings, Instant now) {
        return new GroupGame(
                id,
                Stage.LOBBY,
                host.id(),
                host.lang(),
                settings,
                List.of(),
                List.of(host),
                0,
                null,
                null,
                List.of(),
                List.of(),
                now);
    }

    Optional<Player> player(PersonId person) {
        return players.stream().filter(p -> p.id().equals(person)).findFirst();
    }

    /** Whether the person joined and has not left. */
    boolean isIn(PersonId person) {
        return player(person).map(p -> !p.left()).orElse(false);
    }

    /** The participants who answer the open question. */
    List<Player> answering() {
        return players.stream().filter(p -> p.plays(round)).toList();
    }

    /** The participants who have not left, in the order they joined. */
    List<Player> present() {
        return players.stream().filter(p -> !p.left()).toList();
    }

    Optional<Submission> submission(PersonId person) {
        return submissions.stream().filter(s -> s.person().equals(person)).findFirst();
    }

    /**
     * Whether every participant of the open question has answered it; also true when none is left
     * to answer it (those who remain joined for later questions), so the game goes on.
     */
    boolean allAnswered() {
        return answering().stream().allMatch(p -> submission(p.id()).isPresent());
    }

    String hostName() {
        return player(host).map(Player::name).orElse("?");
    }

    @Nullable
    String questionId() {
        return round >= 1 && round <= plan.size() ? plan.get(round - 1) : null;
    }

    GroupGame with(Player changed) {
        List<Player> all = new ArrayList<>();
        boolean found = false;
        for (Player p : players) {
            if (p.id().equals(changed.id())) {
                all.add(changed);
                found = true;
            } else {
                all.add(p);
            }
        }
        if (!found) {
            all.add(changed);
        }
        return new GroupGame(
                id, stage, host, lang, settings, plan, all, round, openedAt, deadline, submissions, scored, startedAt);
    }

    GroupGame without(PersonId person) {
        List<Player> all = players.stream().filter(p -> !p.id().equals(person)).toList();
        List<Submission> answers =
                submissions.stream().filter(s -> !s.person().equals(person)).toList();
        return new GroupGame(
                id, stage, host, lang, settings, plan, all, round, openedAt, deadline, answers, scored, startedAt);
    }

    GroupGame withoutSubmission(PersonId person) {
        List<Submission> answers =
                submissions.stream().filter(s -> !s.person().equals(person)).toList();
        return new GroupGame(
                id, stage, host, lang, settings, plan, players, round, openedAt, deadline, answers, scored, startedAt);
    }

    GroupGame withSubmission(Submission submission) {
        List<Submission> answers = new ArrayList<>(submissions.stream()
                .filter(s -> !s.person().equals(submission.person()))
                .toList());
        answers.add(submission);
        return new GroupGame(
                id, stage, host, lang, settings, plan, players, round, openedAt, deadline, answers, scored, startedAt);
    }

    GroupGame hostedBy(PersonId newHost) {
        return new GroupGame(
                id,
                stage,
                newHost,
                lang,
                settings,
                plan,
                players,
                round,
                openedAt,
                deadline,
                submissions,
                scored,
                startedAt);
    }

    GroupGame starting(List<String> questions) {
        return new GroupGame(
                id, Stage.LOBBY, host, lang, settings, questions, players, 0, null, null, List.of(), scored, startedAt);
    }

    GroupGame asking(int number, Instant opened, Instant until) {
        return new GroupGame(
                id,
                Stage.ASKING,
                host,
                lang,
                settings,
                plan,
                players,
                number,
                opened,
                until,
                List.of(),
                scored,
                startedAt);
    }

    GroupGame revealed(List<Player> scoredPlayers, String questionId) {
        List<String> all = new ArrayList<>(scored);
        all.add(questionId);
        return new GroupGame(
                id,
                Stage.REVEALED,
                host,
                lang,
                settings,
                plan,
                scoredPlayers,
                round,
                null,
                null,
                List.of(),
                all,
                startedAt);
    }

    GroupGame skipped() {
        return new GroupGame(
                id,
                Stage.REVEALED,
                host,
                lang,
                settings,
                plan,
                players,
                round,
                null,
                null,
                List.of(),
                scored,
                startedAt);
    }
}
