package dev.sobes.core.engine;

import dev.sobes.core.chat.Button;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Span;
import dev.sobes.core.model.Grade;
import dev.sobes.core.model.Lang;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionKind;
import dev.sobes.core.model.Topic;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The messages of solo practice, built from a session and the question bank. */
final class Cards {
    private Cards() {}

    static String questionKey(int seq) {
        return "q" + seq;
    }

    static String feedbackKey(int seq) {
        return "f" + seq;
    }

    static Reply question(Turn turn, Pack pack, Question question, int seq, int dueLeft) {
        String topic = topicTitle(turn, pack, question);
        String header = dueLeft > 0
                ? turn.t("review.question.header", topic, levelName(turn, question), dueLeft)
                : turn.t("card.question.header", topic, levelName(turn, question), seq);
        List<Button> row = List.of(
                turn.button("button.hint", "hint:" + seq),
                turn.button("button.skip", "skip:" + seq),
                turn.button("button.stop", "stop"));
        return questionCard(turn, question, header, null, row).withKey(questionKey(seq));
    }

    /** A mock interview's question; {@code seconds} is its time limit, or 0 when untimed. */
    static Reply mockQuestion(Turn turn, Pack pack, Question question, int seq, int number, int length, long seconds) {
        String header = turn.t(
                "mock.question.header", number, length, topicTitle(turn, pack, question), levelName(turn, question));
        String timing = seconds == 0 ? null : turn.t("mock.question.time", Mock.duration(turn, seconds));
        List<Button> row = List.of(turn.button("button.skip", "skip:" + seq), turn.button("button.stop", "stop"));
        return questionCard(turn, question, header, timing, row).withKey(questionKey(seq));
    }

    private static String topicTitle(Turn turn, Pack pack, Question question) {
        return pack.topic(question.topicId())
                .map(t -> t.title().in(turn.lang()))
                .orElse(question.topicId());
    }

    private static String levelName(Turn turn, Question question) {
        return turn.t("level." + question.level().code());
    }

    private static Reply questionCard(
            Turn turn, Question question, String header, @Nullable String timing, List<Button> row) {
        RichText.Builder text = RichText.builder()
                .paragraph(Span.bold(header))
                .append(ContentText.toRichText(question.text().in(turn.lang())));
        if (question.kind() == QuestionKind.OUTPUT && question.code() != null) {
            text.code("go", question.code());
            text.paragraph(Span.italic(turn.t("card.question.output")));
        } else {
            text.paragraph(Span.italic(turn.t("card.question.open")));
        }
        if (timing != null) {
            text.text(timing);
        }
        return Reply.to(turn.conversation(), text.build()).withButtons(List.of(row));
    }

    static Reply feedback(Turn turn, Question question, Session session) {
        Lang lang = turn.lang();
        int seq = session.seq();
        RichText.Builder text = RichText.builder();
        List<Boolean> covered = session.covered();
        if (question.kind() == QuestionKind.OUTPUT) {
            boolean right = !covered.isEmpty() && covered.get(0);
            text.paragraph(Span.bold(turn.t(right ? "card.feedback.output.right" : "card.feedback.output.wrong")));
            if (!right && question.output() != null) {
                text.code(null, question.output());
            }
            text.paragraph(Span.bold(turn.t("card.feedback.explanation")));
        } else {
            int hits = (int) covered.stream().filter(c -> c).count();
            text.paragraph(Span.bold(turn.t("card.feedback.header", hits, covered.size())));
            List<List<Span>> points = new ArrayList<>();
            for (int i = 0; i < question.keyPoints().size(); i++) {
                boolean hit = i < covered.size() && covered.get(i);
                points.add(List.of(Span.plain((hit ? "✅ " : "❌ ")
                        + question.keyPoints().get(i).statement().in(lang))));
            }
            text.bullets(points);
            for (String note : session.notes()) {
                text.paragraph(Span.italic(turn.t("card.feedback.note." + note)));
            }
        }
        String suggested = session.suggested();
        String graded = session.graded();
        if (graded != null) {
            text.paragraph(Span.plain(turn.t("card.feedback.graded", gradeName(turn, graded))));
        } else if (suggested != null) {
            text.paragraph(Span.plain(turn.t("card.feedback.suggested", gradeName(turn, suggested))));
        }
        if (question.kind() == QuestionKind.OPEN) {
            text.paragraph(Span.bold(turn.t("card.feedback.reference")));
        }
        text.append(ContentText.toRichText(question.answer().in(lang)));
        List<List<Button>> rows = new ArrayList<>();
        if (graded == null) {
            List<Button> grades = new ArrayList<>();
            for (Grade grade : Grade.values()) {
                grades.add(turn.button("grade." + grade.code(), "grade:" + grade.code() + ":" + seq));
            }
            rows.add(grades);
        }
        rows.add(List.of(turn.button("button.next", "next:" + seq), turn.button("button.stop", "stop")));
        Reply reply = Reply.to(turn.conversation(), text.build()).withButtons(rows);
        return graded == null ? reply.withKey(feedbackKey(seq)) : reply.replacing(feedbackKey(seq));
    }

    static String gradeName(Turn turn, String gradeCode) {
        return turn.t("grade." + gradeCode);
    }

    static Reply summary(Turn turn, Tally tally, String headerKey) {
        RichText.Builder text = RichText.builder().paragraph(Span.bold(turn.t(headerKey)));
        List<List<Span>> lines = new ArrayList<>();
        lines.add(List.of(Span.plain(turn.t("summary.answered", tally.answered()))));
        if (tally.skipped() > 0) {
            lines.add(List.of(Span.plain(turn.t("summary.skipped", tally.skipped()))));
        }
        if (tally.coveragePercent() >= 0) {
            lines.add(List.of(Span.plain(turn.t("summary.coverage", tally.coveragePercent()))));
        }
        if (tally.exact() > 0) {
            lines.add(List.of(Span.plain(turn.t("summary.exact", tally.exact()))));
        }
        StringBuilder grades = new StringBuilder();
        for (Grade grade : Grade.values()) {
            if (grades.length() > 0) {
                grades.append(", ");
            }
            grades.append(gradeName(turn, grade.code())).append(": ").append(tally.count(grade));
        }
        lines.add(List.of(Span.plain(turn.t("summary.grades", grades))));
        text.bullets(lines);
        List<Button> row = List.of(turn.button("button.again", "again"), turn.button("button.menu", "menu"));
        return Reply.to(turn.conversation(), text.build()).withButtons(List.of(row));
    }

    static Reply menu(Turn turn, String headerKey) {
        RichText text = RichText.builder()
                .paragraph(Span.bold(turn.t(headerKey)))
                .text(turn.t("menu.body"))
                .build();
        List<List<Button>> rows = List.of(
                List.of(turn.button("button.practice", "practice"), turn.button("button.mock", "mock")),
                List.of(turn.button("button.review", "review"), turn.button("button.stats", "stats")),
                List.of(turn.button("button.help", "help"), turn.button("button.lang", "lang")));
        return Reply.to(turn.conversation(), text).withButtons(rows);
    }

    static Reply packChoice(Turn turn, List<Pack> packs) {
        List<List<Button>> rows = new ArrayList<>();
        for (Pack pack : packs) {
            rows.add(List.of(turn.buttonLabelled(pack.title().in(turn.lang()), "pack:" + pack.id())));
        }
        return Reply.to(turn.conversation(), RichText.of(turn.t("choose.pack"))).withButtons(rows);
    }

    static Reply topicChoice(Turn turn, Pack pack) {
        List<List<Button>> rows = new ArrayList<>();
        rows.add(List.of(turn.button("choose.topic.all", "topic:_all")));
        List<Button> row = new ArrayList<>();
        for (Topic topic : pack.topics()) {
            if (pack.questions(topic.id(), null).isEmpty()) {
                continue;
            }
            row.add(turn.buttonLabelled(topic.title().in(turn.lang()), "topic:" + topic.id()));
            if (row.size() == 2) {
                rows.add(List.copyOf(row));
                row.clear();
            }
        }
        rows.add(List.copyOf(row));
        return Reply.to(
                        turn.conversation(),
                        RichText.of(turn.t("choose.topic", pack.title().in(turn.lang()))))
                .withButtons(rows);
    }

    static Reply levelChoice(Turn turn, @Nullable Topic topic, Pack pack) {
        String where =
                topic == null ? pack.title().in(turn.lang()) : topic.title().in(turn.lang());
        List<List<Button>> rows = List.of(
                List.of(turn.button("level.junior", "level:junior"), turn.button("level.middle", "level:middle")),
                List.of(turn.button("level.senior", "level:senior"), turn.button("level.mixed", "level:mixed")));
        return Reply.to(turn.conversation(), RichText.of(turn.t("choose.level", where)))
                .withButtons(rows);
    }
}
