package dev.sobes.core.group;

import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.engine.Coverage;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.model.Grade;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionKind;
import dev.sobes.core.store.AnswerRecord;
import dev.sobes.core.store.GameRecord;
import dev.sobes.core.store.GradeRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The group interview: the lobby, the questions, private answers, the reveal with coverage and a
 * scoreboard, the host's controls, and the end with the final scoreboard and private reports.
 *
 * <p>Button payloads are {@code g:<game id>:<action>[:<question number>]}, so a button of another
 * game or an earlier question is recognised and refused.
 */
final class Rounds {
    static final String PREFIX = "g:";

    private Rounds() {}

    // Opening, joining, leaving.

    static void open(Play play, Command command) {
        if (!play.where().group()) {
            play.tell("group.only-in-groups");
            return;
        }
        GroupGame running = play.game();
        if (running != null) {
            play.tell("group.already", running.hostName());
            return;
        }
        if (play.interview() != null) {
            play.tell("interview.busy");
            return;
        }
        Choice choice = Choice.read(play, command, false);
        if (choice == null) {
            return;
        }
        Person person = play.person();
        Player host = Player.joining(person.id(), person.displayName(), play.lang(), 1);
        GroupGame game = GroupGame.open(play.flow().newId(play.now()), host, choice.settings(), play.now());
        play.game(game);
        play.takeOver();
        play.flow().store.enter(person.id(), play.where());
        play.post(RoundCards.lobby(play, game).withKey(RoundCards.lobbyKey(game)));
    }

    static void join(Play play) {
        GroupGame game = play.game();
        if (game == null) {
            play.tell("group.none");
            return;
        }
        Person person = play.person();
        Optional<Player> known = game.player(person.id());
        if (known.isPresent() && !known.get().left()) {
            play.tell("group.already-in");
            return;
        }
        int from = game.stage() == Stage.LOBBY ? 1 : game.round() + 1;
        if (game.stage() != Stage.LOBBY && from > game.plan().size()) {
            play.tell("group.join-too-late");
            return;
        }
        Player joined = known.map(p -> p.rejoining(from))
                .orElseGet(() -> Player.joining(person.id(), person.displayName(), play.lang(), from))
                .named(person.displayName(), play.lang());
        game = game.with(joined);
        play.game(game);
        play.flow().store.enter(person.id(), play.where());
        if (game.stage() == Stage.LOBBY) {
            play.post(RoundCards.lobby(play, game).replacing(RoundCards.lobbyKey(game)));
        } else {
            play.tell("group.joined-late", from);
        }
    }

    static void leave(Play play) {
        GroupGame game = play.game();
        if (game == null) {
            play.tell("group.none");
            return;
        }
        PersonId person = play.person().id();
        Player player = game.player(person).orElse(null);
        if (player == null || player.left()) {
            play.tell("group.not-in");
            return;
        }
        game = game.stage() == Stage.LOBBY
                ? game.without(person)
                : game.with(player.leaving()).withoutSubmission(person);
        play.flow().store.leave(person, play.where());
        List<Player> present = game.present();
        if (present.isEmpty()) {
            play.game(game);
            if (game.stage() == Stage.LOBBY) {
                close(play, game);
            } else {
                dropOpenQuestion(play, game, "group.status.ended");
                finish(play, game(play), "group.end.everyone-left");
            }
            return;
        }
        String handOver = null;
        if (game.host().equals(person)) {
            Player next = present.get(0);
            game = game.hostedBy(next.id());
            handOver = play.t(game.lang(), "group.host-left", player.name(), next.name());
        }
        play.game(game);
        if (game.stage() == Stage.LOBBY) {
            play.post(RoundCards.lobby(play, game, handOver).replacing(RoundCards.lobbyKey(game)));
            return;
        }
        play.tell("group.left");
        if (handOver != null) {
            play.post(play.reply(RichText.of(handOver), List.of()));
        }
        if (game.stage() == Stage.ASKING) {
            if (game.allAnswered()) {
                revealOpen(play, "group.reveal.reason.all");
            } else {
                play.post(RoundCards.status(play, game, null).replacing(RoundCards.statusKey(game)));
            }
        }
    }

    // The host's controls.

    private static boolean refusedControl(Play play, GroupGame game) {
        if (GroupFlow.controls(play.person(), game.host())) {
            return false;
        }
        play.tell("group.host-only", game.hostName());
        return true;
    }

    static void begin(Play play) {
        GroupGame game = play.game();
        if (game == null) {
            play.tell("group.none");
            return;
        }
        if (refusedControl(play, game)) {
            return;
        }
        if (game.stage() != Stage.LOBBY) {
            play.tell("group.started-already");
            return;
        }
        Pack pack = play.bank().pack(game.settings().packId()).orElse(null);
        if (pack == null) {
            play.tell("error.pack-gone");
            return;
        }
        GameSettings settings = game.settings();
        List<Question> pool = pack.questions().stream()
                .filter(q -> settings.topics().isEmpty() || settings.topics().contains(q.topicId()))
                .filter(q -> settings.level() == null || q.level() == settings.level())
                .toList();
        SplittableRandom random = new SplittableRandom(play.flow().seed
                ^ (play.where().key().hashCode() * 0x9E3779B97F4A7C15L)
                ^ game.id().hashCode());
        List<String> plan = Choice.plan(pool, settings.questions(), random);
        if (plan.isEmpty()) {
            play.tell("group.empty-selection");
            return;
        }
        game = game.starting(plan);
        play.game(game);
        play.post(RoundCards.lobby(play, game).replacing(RoundCards.lobbyKey(game)));
        askNext(play);
    }

    /** Posts the next question, or ends the game after the last. */
    private static void askNext(Play play) {
        GroupGame game = game(play);
        int round = game.round() + 1;
        while (round <= game.plan().size()
                && play.bank().question(game.plan().get(round - 1)).isEmpty()) {
            round++; // removed from the content since the game started
        }
        if (round > game.plan().size()) {
            finish(play, game, null);
            return;
        }
        Question question = play.bank().question(game.plan().get(round - 1)).orElseThrow();
        Instant now = play.now();
        Instant deadline = now.plusSeconds(game.settings().secondsPerQuestion());
        game = game.asking(round, now, deadline);
        play.game(game);
        play.post(RoundCards.question(play, game, question));
        play.post(RoundCards.status(play, game, null).withKey(RoundCards.statusKey(game)));
    }

    static void next(Play play, @Nullable Integer round) {
        GroupGame game = play.game();
        if (game == null) {
            play.tell("group.none");
            return;
        }
        if (refusedControl(play, game)) {
            return;
        }
        if (game.stage() == Stage.LOBBY) {
            play.tell("group.not-started");
            return;
        }
        if (round != null && round != game.round()) {
            play.tell("group.stale");
            return;
        }
        if (game.stage() == Stage.ASKING) {
            play.post(RoundCards.statusClosed(play, game, "group.status.skipped"));
            play.game(game.skipped());
        }
        askNext(play);
    }

    static void reveal(Play play, @Nullable Integer round) {
        GroupGame game = play.game();
        if (game == null) {
            play.tell("group.none");
            return;
        }
        if (refusedControl(play, game)) {
            return;
        }
        if (game.stage() != Stage.ASKING) {
            play.tell("group.no-question");
            return;
        }
        if (round != null && round != game.round()) {
            play.tell("group.stale");
            return;
        }
        revealOpen(play, "group.reveal.reason.early");
    }

    static void end(Play play) {
        GroupGame game = play.game();
        if (game == null) {
            play.tell("group.none");
            return;
        }
        if (refusedControl(play, game)) {
            return;
        }
        if (game.stage() == Stage.LOBBY) {
            close(play, game);
            return;
        }
        dropOpenQuestion(play, game, "group.status.ended");
        finish(play, game(play), null);
    }

    /** A timer fired: the open question's time is up if its deadline has come. */
    static void onTick(Play play, Instant at) {
        GroupGame game = play.game();
        if (game != null && game.stage() == Stage.ASKING && game.deadline() != null && !at.isBefore(game.deadline())) {
            revealOpen(play, "group.reveal.reason.time");
        }
    }

    // Answers.

    /** Whether a private text from {@code person} is for this game: a question is open and they are in. */
    static boolean claimsPrivateText(GroupGame game, PersonId person) {
        return game.stage() == Stage.ASKING && game.isIn(person);
    }

    private static boolean answers(GroupGame game, PersonId person) {
        return game.stage() == Stage.ASKING
                && game.player(person).map(p -> p.plays(game.round())).orElse(false);
    }

    static void onForm(Play play, String payload, String text) {
        String[] parts = payload.split(":", -1);
        GroupGame game = play.game();
        if (game == null || parts.length != 4 || !parts[1].equals(game.id()) || !parts[2].equals("ans")) {
            play.tell("group.question-closed");
            return;
        }
        answer(play, text, false, number(parts[3]));
    }

    /**
     * Takes a participant's answer to the open question; {@code round} is the question the answer
     * was written for, when known.
     */
    static void answer(Play play, String text, boolean seenByOthers, @Nullable Integer round) {
        GroupGame game = play.game();
        if (game == null) {
            play.tell("group.none");
            return;
        }
        PersonId person = play.person().id();
        if (game.stage() != Stage.ASKING || (round != null && round != game.round())) {
            play.tell(round == null ? "group.no-question" : "group.question-closed");
            return;
        }
        if (!answers(game, person)) {
            notPlaying(play, game);
            return;
        }
        String answer = text.strip();
        if (answer.isEmpty()) {
            play.tell("group.empty-answer");
            return;
        }
        if (answer.length() > Engine.MAX_ANSWER_LENGTH) {
            play.tell("error.long-answer", answer.length(), Engine.MAX_ANSWER_LENGTH);
            return;
        }
        Instant now = play.now();
        Instant deadline = game.deadline();
        if (deadline != null && now.isAfter(deadline)) {
            play.tell("group.too-late");
            revealOpen(play, "group.reveal.reason.time");
            return;
        }
        boolean replacing = game.submission(person).isPresent();
        game = game.withSubmission(new Submission(person, answer, now));
        play.game(game);
        if (seenByOthers) {
            play.send(Reply.to(play.where(), RichText.of(play.t("group.answer-visible")))
                    .privateTo(person)
                    .removingInput());
        }
        play.tell(replacing ? "group.answer-replaced" : "group.answer-taken", game.round());
        if (game.allAnswered()) {
            revealOpen(play, "group.reveal.reason.all");
        } else {
            play.post(RoundCards.status(play, game, null).replacing(RoundCards.statusKey(game)));
        }
    }

    private static void notPlaying(Play play, GroupGame game) {
        Optional<Player> player = game.player(play.person().id()).filter(p -> !p.left());
        if (player.isPresent()) {
            play.tell("group.from-later", player.get().fromRound());
        } else {
            play.tell("group.not-playing");
        }
    }

    private static void answerPrompt(Play play, GroupGame game, @Nullable Integer round) {
        if (game.stage() != Stage.ASKING || round == null || round != game.round()) {
            play.tell("group.question-closed");
            return;
        }
        if (!answers(game, play.person().id())) {
            notPlaying(play, game);
            return;
        }
        play.flow().store.enter(play.person().id(), play.where());
        play.tell("group.answer-here", game.round());
    }

    // The reveal and the end.

    /** Reveals the open question: coverage, scores, records, and the round's scoreboard. */
    private static void revealOpen(Play play, String reasonKey) {
        GroupGame game = game(play);
        String questionId = game.questionId();
        Question question =
                questionId == null ? null : play.bank().question(questionId).orElse(null);
        if (question == null) {
            play.post(RoundCards.statusClosed(play, game, "group.status.skipped"));
            play.game(game.skipped());
            askNext(play);
            return;
        }
        Instant now = play.now();
        Instant opened = game.openedAt() == null ? now : game.openedAt();
        Instant deadline = game.deadline();
        Instant closed = deadline != null && now.isAfter(deadline) ? deadline : now;
        int points = question.kind() == QuestionKind.OUTPUT
                ? 1
                : question.keyPoints().size();
        List<Player> scored = new ArrayList<>();
        List<RoundCards.Line> lines = new ArrayList<>();
        for (Player player : game.players()) {
            if (!player.plays(game.round())) {
                scored.add(player);
                continue;
            }
            Optional<Submission> submission = game.submission(player.id());
            Played played;
            long took;
            if (submission.isPresent()) {
                Submission s = submission.get();
                Coverage coverage = play.flow().answerCheck.check(question, s.text());
                play.flow()
                        .progress
                        .recordAnswer(new AnswerRecord(
                                player.id(),
                                question.id(),
                                s.at(),
                                s.text(),
                                coverage.covered(),
                                coverage.suggested()));
                play.flow()
                        .progress
                        .recordGrade(new GradeRecord(player.id(), question.id(), now, coverage.suggested(), false));
                played = new Played(game.round(), question.id(), coverage.covered(), coverage.coveredCount(), true);
                took = Math.max(0, Duration.between(opened, s.at()).toMillis());
            } else {
                play.flow().progress.recordGrade(new GradeRecord(player.id(), question.id(), now, Grade.AGAIN, false));
                played = new Played(game.round(), question.id(), none(points), 0, false);
                took = Math.max(0, Duration.between(opened, closed).toMillis());
            }
            scored.add(player.scoring(played, took));
            lines.add(new RoundCards.Line(
                    player, played, submission.map(Submission::text).orElse(null), took));
        }
        int answered = game.submissions().size();
        int answering = game.answering().size();
        GroupGame after = game.revealed(scored, question.id());
        play.game(after);
        play.post(RoundCards.statusFinal(play, game, answered, answering, reasonKey));
        boolean last = after.round() >= after.plan().size();
        play.post(RoundCards.reveal(play, after, question, lines, reasonKey, last));
        if (last) {
            finish(play, after, null);
        }
    }

    private static List<Boolean> none(int points) {
        List<Boolean> flags = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            flags.add(false);
        }
        return flags;
    }

    /** When a game ends with a question open, that question does not count. */
    private static void dropOpenQuestion(Play play, GroupGame game, String statusKey) {
        if (game.stage() == Stage.ASKING) {
            play.post(RoundCards.statusClosed(play, game, statusKey));
            play.game(game.skipped());
        }
    }

    private static void close(Play play, GroupGame game) {
        for (Player player : game.players()) {
            play.flow().store.leave(player.id(), play.where());
        }
        play.post(RoundCards.closedLobby(play, game).replacing(RoundCards.lobbyKey(game)));
        play.game(null);
    }

    /** Ends the game: the final scoreboard, the record for leaderboards and reports. */
    private static void finish(Play play, GroupGame game, @Nullable String reasonKey) {
        for (Player player : game.players()) {
            play.flow().store.leave(player.id(), play.where());
        }
        play.game(null);
        if (game.scored().isEmpty()) {
            play.post(play.reply(RichText.of(play.t(game.lang(), "group.closed")), List.of()));
            return;
        }
        List<Player> ranked = ranked(game);
        List<GameRecord.PlayerResult> results = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Player p = ranked.get(i);
            List<GameRecord.AnswerResult> answers = p.played().stream()
                    .map(a -> new GameRecord.AnswerResult(a.questionId(), a.covered(), a.points(), a.answered()))
                    .toList();
            results.add(new GameRecord.PlayerResult(p.id(), p.name(), i + 1, p.points(), answers));
        }
        play.flow()
                .store
                .recordGame(new GameRecord(
                        GroupFlow.board(play.where()),
                        game.id(),
                        play.where().key(),
                        game.startedAt(),
                        play.now(),
                        game.settings().packId(),
                        game.scored(),
                        results));
        play.post(RoundCards.finalBoard(play, game, ranked, reasonKey));
    }

    /**
     * Everyone who played a revealed question, best first: more points, then less time taken to
     * answer, then who joined first.
     */
    static List<Player> ranked(GroupGame game) {
        List<Player> players = game.players();
        return players.stream()
                .filter(p -> !p.played().isEmpty())
                .sorted(Comparator.comparingInt(Player::points)
                        .reversed()
                        .thenComparingLong(Player::millis)
                        .thenComparingInt(players::indexOf))
                .toList();
    }

    private static void report(Play play, String gameId) {
        String board = GroupFlow.board(play.where());
        Optional<GameRecord> record = play.flow().store.game(board, gameId);
        if (record.isEmpty()) {
            GroupGame game = play.game();
            play.tell(game != null && game.id().equals(gameId) ? "group.report.later" : "group.report.gone");
            return;
        }
        Optional<GameRecord.PlayerResult> mine = record.get().players().stream()
                .filter(p -> p.person().equals(play.person().id()))
                .findFirst();
        if (mine.isEmpty()) {
            play.tell("group.report.not-played");
            return;
        }
        play.tell(play.person().id(), RoundCards.report(play, record.get(), mine.get()), List.of());
    }

    // Buttons.

    static void onButton(Play play, String payload) {
        String[] parts = payload.split(":", -1);
        if (parts.length < 3) {
            play.tell("error.forged-button");
            return;
        }
        String gameId = parts[1];
        String action = parts[2];
        Integer round = parts.length > 3 ? number(parts[3]) : null;
        if (action.equals("report")) {
            report(play, gameId);
            return;
        }
        GroupGame game = play.game();
        if (game == null || !game.id().equals(gameId)) {
            play.tell("group.over");
            return;
        }
        switch (action) {
            case "join" -> join(play);
            case "leave" -> leave(play);
            case "begin" -> begin(play);
            case "ans" -> answerPrompt(play, game, round);
            case "reveal" -> reveal(play, round == null ? -1 : round);
            case "next" -> next(play, round == null ? -1 : round);
            case "end" -> end(play);
            default -> play.tell("error.forged-button");
        }
    }

    private static @Nullable Integer number(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static GroupGame game(Play play) {
        GroupGame game = play.game();
        if (game == null) {
            throw new IllegalStateException("no group game in " + play.where().key());
        }
        return game;
    }
}
