package dev.sobes.core.engine;

import dev.sobes.core.chat.Chart;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Span;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.model.QuestionKind;
import dev.sobes.core.srs.Card;
import dev.sobes.core.store.AnswerRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A person's progress: answers, coverage, streak, mastery by topic, due cards, weakest key points. */
final class Stats {
    private static final int WEAKEST_SHOWN = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private Stats() {}

    /** Counts behind the progress message; the same numbers feed a chart where one is shown. */
    record Figures(
            int answered,
            int answeredToday,
            int coveragePercent,
            int streakDays,
            int cards,
            int dueNow,
            int dueSoon,
            List<TopicMastery> topics,
            List<WeakPoint> weakest,
            List<DayCount> days) {}

    /** Answers given on one day (UTC). */
    record DayCount(LocalDate day, int answers) {}

    /** How many recent days the progress chart shows. */
    static final int CHART_DAYS = 14;

    record TopicMastery(String title, int recallPercent, int cards) {}

    record WeakPoint(String statement, String questionId, int missed, int attempts) {}

    static void show(Turn turn) {
        Figures figures = figures(turn);
        if (figures.answered() == 0 && figures.cards() == 0) {
            turn.say("stats.empty");
            return;
        }
        RichText.Builder text = RichText.builder().paragraph(Span.bold(turn.t("stats.header")));
        List<List<Span>> lines = new ArrayList<>();
        lines.add(line(turn.t("stats.answered", figures.answered(), figures.answeredToday())));
        if (figures.coveragePercent() >= 0) {
            lines.add(line(turn.t("stats.coverage", figures.coveragePercent())));
        }
        lines.add(line(turn.t("stats.streak", figures.streakDays())));
        lines.add(line(turn.t("stats.cards", figures.cards(), figures.dueNow(), figures.dueSoon())));
        text.bullets(lines);
        if (!figures.topics().isEmpty()) {
            text.paragraph(Span.bold(turn.t("stats.topics")));
            text.bullets(figures.topics().stream()
                    .map(t -> line(turn.t("stats.topic", t.title(), t.recallPercent(), t.cards())))
                    .toList());
        }
        if (!figures.weakest().isEmpty()) {
            text.paragraph(Span.bold(turn.t("stats.weakest")));
            text.bullets(figures.weakest().stream()
                    .map(w -> List.of(
                            Span.plain(turn.t("stats.weak", w.statement(), w.missed(), w.attempts()) + " "),
                            Span.code("/ask " + w.questionId())))
                    .toList());
        }
        Reply reply = Reply.to(turn.conversation(), text.build())
                .withButtons(
                        List.of(List.of(turn.button("button.review", "review"), turn.button("button.menu", "menu"))))
                .withChart(chart(turn, figures));
        turn.send(reply);
    }

    /** The same numbers as the text, drawn: answers per day, and mastery by topic. */
    static Chart chart(Turn turn, Figures figures) {
        List<Chart.Bar> days = figures.days().stream()
                .map(d -> new Chart.Bar(DAY.format(d.day()), d.answers()))
                .toList();
        List<Chart.Panel> panels = new ArrayList<>();
        panels.add(new Chart.Panel(turn.t("stats.chart.days", CHART_DAYS), turn.t("stats.chart.answers"), days, false));
        if (!figures.topics().isEmpty()) {
            List<Chart.Bar> topics = figures.topics().stream()
                    .map(t -> new Chart.Bar(t.title(), t.recallPercent()))
                    .toList();
            panels.add(new Chart.Panel(turn.t("stats.topics"), "%", topics, true));
        }
        return new Chart(turn.t("stats.header"), panels);
    }

    private static List<Span> line(String text) {
        return List.of(Span.plain(text));
    }

    static Figures figures(Turn turn) {
        QuestionBank bank = turn.engine().bank();
        Instant now = turn.engine().clock().instant();
        List<AnswerRecord> answers = turn.engine().progress().answers(turn.person());
        Deck deck = turn.engine().deck(turn.person());

        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Set<LocalDate> days = new HashSet<>();
        Map<LocalDate, Integer> perDay = new HashMap<>();
        int covered = 0;
        int total = 0;
        int answeredToday = 0;
        Map<String, int[]> points = new LinkedHashMap<>();
        for (AnswerRecord answer : answers) {
            LocalDate day = LocalDate.ofInstant(answer.at(), ZoneOffset.UTC);
            days.add(day);
            perDay.merge(day, 1, Integer::sum);
            if (day.equals(today)) {
                answeredToday++;
            }
            Question question = bank.question(answer.questionId()).orElse(null);
            if (question == null || question.kind() != QuestionKind.OPEN) {
                continue;
            }
            covered += answer.coveredPoints();
            total += answer.totalPoints();
            if (answer.covered().size() == question.keyPoints().size()) {
                for (int i = 0; i < answer.covered().size(); i++) {
                    int[] counts = points.computeIfAbsent(question.id() + "#" + i, k -> new int[2]);
                    counts[1]++;
                    if (!answer.covered().get(i)) {
                        counts[0]++;
                    }
                }
            }
        }
        int streak = 0;
        LocalDate day = days.contains(today) ? today : today.minusDays(1);
        while (days.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }

        Map<String, double[]> byTopic = new LinkedHashMap<>();
        for (Card card : deck.cards()) {
            Question question = bank.question(card.questionId()).orElse(null);
            if (question == null) {
                continue;
            }
            Pack pack = bank.pack(question.packId()).orElseThrow();
            String title = pack.topic(question.topicId())
                    .map(t -> t.title().in(turn.lang()))
                    .orElse(question.topicId());
            double[] sums = byTopic.computeIfAbsent(title, k -> new double[2]);
            sums[0] += turn.engine().scheduler().retrievability(card, now);
            sums[1]++;
        }
        List<TopicMastery> topics = new ArrayList<>();
        byTopic.forEach((title, sums) ->
                topics.add(new TopicMastery(title, (int) Math.round(100 * sums[0] / sums[1]), (int) sums[1])));
        topics.sort(Comparator.comparingInt(TopicMastery::recallPercent).thenComparing(TopicMastery::title));

        List<WeakPoint> weakest = new ArrayList<>();
        points.forEach((key, counts) -> {
            if (counts[0] == 0) {
                return;
            }
            int hash = key.lastIndexOf('#');
            String questionId = key.substring(0, hash);
            int index = Integer.parseInt(key.substring(hash + 1));
            Question question = bank.question(questionId).orElseThrow();
            weakest.add(new WeakPoint(
                    question.keyPoints().get(index).statement().in(turn.lang()), questionId, counts[0], counts[1]));
        });
        weakest.sort(Comparator.comparingDouble((WeakPoint w) -> -(double) w.missed() / w.attempts())
                .thenComparing(w -> -w.missed())
                .thenComparing(WeakPoint::questionId));

        int dueNow = deck.due(now).size();
        int dueSoon = deck.due(now.plus(Duration.ofDays(1))).size() - dueNow;
        List<DayCount> recent = new ArrayList<>();
        for (int back = CHART_DAYS - 1; back >= 0; back--) {
            LocalDate d = today.minusDays(back);
            recent.add(new DayCount(d, perDay.getOrDefault(d, 0)));
        }
        return new Figures(
                answers.size(),
                answeredToday,
                total == 0 ? -1 : Math.round(100f * covered / total),
                streak,
                deck.cards().size(),
                dueNow,
                dueSoon,
                topics,
                weakest.subList(0, Math.min(WEAKEST_SHOWN, weakest.size())),
                recent);
    }
}
