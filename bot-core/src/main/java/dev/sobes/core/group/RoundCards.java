package dev.sobes.core.group;

import dev.sobes.core.chat.Button;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Span;
import dev.sobes.core.engine.ContentText;
import dev.sobes.core.model.Lang;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionKind;
import dev.sobes.core.store.GameRecord;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The messages of a group interview. What everyone sees is in the game's language. */
final class RoundCards {
    /** The longest answer text shown at a reveal; the rest is cut. */
    static final int SHOWN_ANSWER = 300;

    private RoundCards() {}

    /** How one participant did on the question being revealed. */
    record Line(Player player, Played played, @Nullable String answer, long millis) {}

    static String lobbyKey(GroupGame game) {
        return "g-" + game.id() + "-lobby";
    }

    static String statusKey(GroupGame game) {
        return "g-" + game.id() + "-s" + game.round();
    }

    private static String questionKey(GroupGame game) {
        return "g-" + game.id() + "-q" + game.round();
    }

    private static String payload(GroupGame game, String action) {
        return Rounds.PREFIX + game.id() + ":" + action;
    }

    private static String payload(GroupGame game, String action, int round) {
        return payload(game, action) + ":" + round;
    }

    private static Button button(Play play, GroupGame game, String labelKey, String payload) {
        return play.button(play.t(game.lang(), labelKey), payload);
    }

    static Reply lobby(Play play, GroupGame game) {
        return lobby(play, game, null);
    }

    static Reply lobby(Play play, GroupGame game, @Nullable String note) {
        Lang lang = game.lang();
        RichText.Builder text = settings(play, game);
        String names = game.present().stream().map(Player::name).collect(Collectors.joining(", "));
        text.text(play.t(lang, "group.lobby.host", game.hostName()));
        text.text(play.t(lang, "group.lobby.players", game.present().size(), names));
        if (note != null) {
            text.text(note);
        }
        if (game.plan().isEmpty()) {
            text.paragraph(Span.italic(play.t(lang, "group.lobby.how")));
            List<Button> row = List.of(
                    button(play, game, "button.join", payload(game, "join")),
                    button(play, game, "button.leave", payload(game, "leave")),
                    button(play, game, "button.begin", payload(game, "begin")));
            return play.reply(text.build(), List.of(row));
        }
        text.paragraph(
                Span.italic(play.t(lang, "group.lobby.started", game.plan().size())));
        return play.reply(text.build(), List.of());
    }

    static Reply closedLobby(Play play, GroupGame game) {
        RichText.Builder text = settings(play, game);
        text.paragraph(Span.italic(play.t(game.lang(), "group.lobby.closed")));
        return play.reply(text.build(), List.of());
    }

    private static RichText.Builder settings(Play play, GroupGame game) {
        Lang lang = game.lang();
        GameSettings settings = game.settings();
        Pack pack = play.bank().pack(settings.packId()).orElse(null);
        String packTitle = pack == null ? settings.packId() : pack.title().in(lang);
        String topics = settings.topics().isEmpty()
                ? play.t(lang, "group.lobby.topics.all")
                : settings.topics().stream()
                        .map(t -> pack == null
                                ? t
                                : pack.topic(t).map(x -> x.title().in(lang)).orElse(t))
                        .collect(Collectors.joining(", "));
        String level = play.t(
                lang,
                "level."
                        + (settings.level() == null ? "mixed" : settings.level().code()));
        return RichText.builder()
                .paragraph(Span.bold(play.t(lang, "group.lobby.header", packTitle)))
                .text(play.t(
                        lang,
                        "group.lobby.settings",
                        topics,
                        level,
                        settings.questions(),
                        duration(play, lang, settings.secondsPerQuestion())))
                .text(play.t(
                        lang, settings.showAnswers() ? "group.lobby.answers.shown" : "group.lobby.answers.hidden"));
    }

    static String duration(Play play, Lang lang, long seconds) {
        return seconds % 60 == 0
                ? play.t(lang, "group.time.minutes", seconds / 60)
                : play.t(lang, "group.time.seconds", seconds);
    }

    static Reply question(Play play, GroupGame game, Question question) {
        Lang lang = game.lang();
        RichText.Builder text = RichText.builder()
                .paragraph(Span.bold(play.t(
                        lang,
                        "group.question.header",
                        game.round(),
                        game.plan().size(),
                        topicTitle(play, question, lang),
                        play.t(lang, "level." + question.level().code()))))
                .append(ContentText.toRichText(question.text().in(lang)));
        if (question.kind() == QuestionKind.OUTPUT && question.code() != null) {
            text.code("go", question.code());
            text.paragraph(Span.italic(play.t(lang, "card.question.output")));
        }
        text.paragraph(Span.italic(play.t(
                lang, "group.question.how", duration(play, lang, game.settings().secondsPerQuestion()))));
        Button answer = button(play, game, "button.answer", payload(game, "ans", game.round()))
                .askingForText();
        return play.reply(text.build(), List.of(List.of(answer))).withKey(questionKey(game));
    }

    private static String topicTitle(Play play, Question question, Lang lang) {
        return play.bank()
                .pack(question.packId())
                .flatMap(p -> p.topic(question.topicId()))
                .map(t -> t.title().in(lang))
                .orElse(question.topicId());
    }

    /** The count of answers to the open question, with the host's controls. */
    static Reply status(Play play, GroupGame game, @Nullable String note) {
        Lang lang = game.lang();
        RichText.Builder text = RichText.builder()
                .text(play.t(
                        lang,
                        "group.status",
                        game.submissions().size(),
                        game.answering().size()));
        if (note != null) {
            text.text(note);
        }
        List<Button> row = List.of(
                button(play, game, "button.reveal", payload(game, "reveal", game.round())),
                button(play, game, "button.skip-question", payload(game, "next", game.round())),
                button(play, game, "button.end", payload(game, "end")));
        return play.reply(text.build(), List.of(row));
    }

    /** The count's last state, without controls, once the question is revealed. */
    static Reply statusFinal(Play play, GroupGame game, int answered, int answering, String reasonKey) {
        Lang lang = game.lang();
        RichText text = RichText.builder()
                .text(play.t(lang, "group.status", answered, answering) + " " + play.t(lang, reasonKey))
                .build();
        return play.reply(text, List.of()).replacing(statusKey(game));
    }

    /** The count's message when the question was dropped without a reveal. */
    static Reply statusClosed(Play play, GroupGame game, String key) {
        return play.reply(RichText.of(play.t(game.lang(), key)), List.of()).replacing(statusKey(game));
    }

    static Reply reveal(
            Play play, GroupGame game, Question question, List<Line> lines, String reasonKey, boolean last) {
        Lang lang = game.lang();
        RichText.Builder text = RichText.builder()
                .paragraph(Span.bold(play.t(
                        lang, "group.reveal.header", game.round(), game.plan().size())))
                .text(play.t(lang, reasonKey));
        if (question.kind() == QuestionKind.OUTPUT) {
            text.paragraph(Span.bold(play.t(lang, "group.reveal.output")));
            text.code(null, question.output() == null ? "" : question.output());
            text.paragraph(Span.bold(play.t(lang, "card.feedback.explanation")));
        } else {
            text.paragraph(Span.bold(play.t(lang, "group.reveal.key-points")));
            List<List<Span>> points = new ArrayList<>();
            for (int i = 0; i < question.keyPoints().size(); i++) {
                points.add(List.of(Span.plain(
                        (i + 1) + ". " + question.keyPoints().get(i).statement().in(lang))));
            }
            text.bullets(points);
            text.paragraph(Span.bold(play.t(lang, "card.feedback.reference")));
        }
        text.append(ContentText.toRichText(question.answer().in(lang)));

        text.paragraph(Span.bold(play.t(lang, "group.reveal.coverage")));
        List<Line> ordered = new ArrayList<>(lines);
        ordered.sort(Comparator.comparingInt((Line l) -> l.played().points())
                .reversed()
                .thenComparingLong(Line::millis));
        List<List<Span>> items = new ArrayList<>();
        for (Line line : ordered) {
            List<Span> item = new ArrayList<>();
            item.add(Span.plain(coverageLine(play, lang, question, line.player().name(), line.played())));
            String answer = line.answer();
            if (game.settings().showAnswers() && answer != null) {
                item.add(Span.plain("\n"));
                item.add(Span.italic(shorten(answer, SHOWN_ANSWER)));
            }
            items.add(item);
        }
        if (items.isEmpty()) {
            text.text(play.t(lang, "group.reveal.nobody"));
        }
        text.bullets(items);

        text.paragraph(Span.bold(
                play.t(lang, "group.scoreboard.round", game.round(), game.plan().size())));
        List<List<Span>> board = new ArrayList<>();
        List<Player> ranked = Rounds.ranked(game);
        for (int i = 0; i < ranked.size(); i++) {
            Player p = ranked.get(i);
            int gained = p.played().isEmpty()
                            || p.played().get(p.played().size() - 1).round() != game.round()
                    ? 0
                    : p.played().get(p.played().size() - 1).points();
            board.add(List.of(
                    Span.plain(play.t(lang, "group.scoreboard.line", i + 1, name(play, lang, p), p.points(), gained))));
        }
        text.bullets(board);
        if (last) {
            return play.reply(text.build(), List.of());
        }
        text.paragraph(Span.italic(play.t(lang, "group.reveal.next")));
        List<Button> row = List.of(
                button(play, game, "button.next-question", payload(game, "next", game.round())),
                button(play, game, "button.end", payload(game, "end")),
                button(play, game, "button.join", payload(game, "join")));
        return play.reply(text.build(), List.of(row));
    }

    private static String name(Play play, Lang lang, Player player) {
        return player.left() ? play.t(lang, "group.scoreboard.left", player.name()) : player.name();
    }

    static String coverageLine(Play play, Lang lang, Question question, String name, Played played) {
        return name + " — " + result(play, lang, question, played);
    }

    /** What an answer scored: the key points covered and which, or right or wrong, or no answer. */
    static String result(Play play, Lang lang, Question question, Played played) {
        if (!played.answered()) {
            return play.t(lang, "group.result.none");
        }
        if (question.kind() == QuestionKind.OUTPUT) {
            return play.t(lang, played.points() > 0 ? "group.result.right" : "group.result.wrong");
        }
        StringBuilder marks = new StringBuilder();
        for (Boolean covered : played.covered()) {
            marks.append(covered ? "✅" : "❌");
        }
        return play.t(
                lang, "group.result.points", played.points(), played.covered().size(), marks);
    }

    static Reply finalBoard(Play play, GroupGame game, List<Player> ranked, @Nullable String reasonKey) {
        Lang lang = game.lang();
        RichText.Builder text = RichText.builder().paragraph(Span.bold(play.t(lang, "group.final.header")));
        if (reasonKey != null) {
            text.text(play.t(lang, reasonKey));
        }
        text.text(play.t(lang, "group.final.questions", game.scored().size()));
        List<List<Span>> board = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Player p = ranked.get(i);
            board.add(List.of(Span.plain(play.t(lang, "group.final.line", i + 1, name(play, lang, p), p.points()))));
        }
        text.bullets(board);
        text.text(play.t(lang, "group.final.report"));
        List<Button> row = List.of(
                button(play, game, "button.report", payload(game, "report")),
                play.button(play.t(lang, "button.leaderboard"), Boards.PREFIX + "all"));
        return play.reply(text.build(), List.of(row));
    }

    /** A participant's own report on a finished game, in their language. */
    static RichText report(Play play, GameRecord game, GameRecord.PlayerResult mine) {
        RichText.Builder text = RichText.builder()
                .paragraph(Span.bold(play.t("group.report.header")))
                .text(play.t("group.report.place", mine.rank(), game.players().size(), mine.points()));
        List<List<Span>> items = new ArrayList<>();
        int number = 0;
        for (GameRecord.AnswerResult answer : mine.answers()) {
            number++;
            Question question = play.bank().question(answer.questionId()).orElse(null);
            String title = question == null
                    ? answer.questionId()
                    : shorten(question.text().in(play.lang()), 90);
            Played played =
                    new Played(number, answer.questionId(), answer.covered(), answer.points(), answer.answered());
            List<Span> item = new ArrayList<>();
            if (question == null) {
                item.add(Span.plain(title));
            } else {
                item.add(Span.plain(title + " — " + result(play, play.lang(), question, played) + " "));
                item.add(Span.code("/ask " + answer.questionId()));
                List<String> missed = new ArrayList<>();
                for (int i = 0;
                        i < question.keyPoints().size() && i < answer.covered().size();
                        i++) {
                    if (!answer.covered().get(i)) {
                        missed.add(question.keyPoints().get(i).statement().in(play.lang()));
                    }
                }
                if (answer.answered() && !missed.isEmpty()) {
                    item.add(Span.plain("\n" + play.t("group.report.missed", String.join("; ", missed))));
                }
            }
            items.add(item);
        }
        text.bullets(items);
        text.text(play.t("group.report.scheduled"));
        return text.build();
    }

    static String shorten(String text, int max) {
        String line = text.strip().replace('\n', ' ');
        return line.length() <= max ? line : line.substring(0, max - 1) + "…";
    }
}
