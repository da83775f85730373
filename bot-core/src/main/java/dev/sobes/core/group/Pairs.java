package dev.sobes.core.group;

import dev.sobes.core.chat.Button;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Span;
import dev.sobes.core.engine.ContentText;
import dev.sobes.core.model.Grade;
import dev.sobes.core.model.Lang;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionKind;
import dev.sobes.core.store.AnswerRecord;
import dev.sobes.core.store.GradeRecord;
import dev.sobes.core.store.InterviewRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Interviewer mode: one member interviews another in a group conversation. The conversation sees
 * the questions; the interviewer privately sees each question's key points, reference answer and
 * follow-ups, and ticks the points the candidate covered. The candidate's marks become their
 * answers and cards, and a report at the end; the pair's interviews are kept.
 *
 * <p>Button payloads are {@code i:<interview id>:<action>[:<question number>[:<key point>]]}.
 */
final class Pairs {
    static final String PREFIX = "i:";
    /** A recorded answer that was spoken, not written: its text is not known. */
    static final String SPOKEN = "";

    private Pairs() {}

    static void open(Play play, Command command) {
        if (!play.where().group()) {
            play.tell("interview.only-in-groups");
            return;
        }
        if (play.game() != null) {
            play.tell("group.busy");
            return;
        }
        if (play.interview() != null) {
            play.tell("interview.busy");
            return;
        }
        Choice choice = Choice.read(play, command, true);
        if (choice == null) {
            return;
        }
        Person interviewer = play.person();
        if (interviewer.id().equals(choice.candidate())) {
            play.tell("interview.self");
            return;
        }
        String id = play.flow().newId(play.now());
        SplittableRandom random = new SplittableRandom(
                play.flow().seed ^ (play.where().key().hashCode() * 0x9E3779B97F4A7C15L) ^ id.hashCode());
        List<String> plan = Choice.plan(choice.pool(), choice.questions(), random);
        PairInterview interview = new PairInterview(
                id,
                interviewer.id(),
                interviewer.displayName(),
                play.lang(),
                choice.candidate(),
                null,
                null,
                false,
                play.lang(),
                choice.pack().id(),
                plan,
                0,
                List.of(),
                List.of(),
                play.now());
        play.interview(interview);
        play.takeOver();
        play.flow().store.enter(interviewer.id(), play.where());
        play.post(invitation(play, interview, choice).withKey(inviteKey(interview)));
    }

    private static Reply invitation(Play play, PairInterview interview, Choice choice) {
        Lang lang = interview.lang();
        String from = choice.pack().title().in(lang);
        String text = interview.candidate() == null
                ? play.t(
                        lang,
                        "interview.invite.anyone",
                        interview.interviewerName(),
                        interview.plan().size(),
                        from)
                : play.t(
                        lang,
                        "interview.invite",
                        interview.interviewerName(),
                        interview.plan().size(),
                        from);
        List<Button> row = List.of(
                play.button(play.t(lang, "button.ready"), payload(interview, "ready")),
                play.button(play.t(lang, "button.cancel"), payload(interview, "end")));
        return play.reply(RichText.of(text), List.of(row));
    }

    private static String inviteKey(PairInterview interview) {
        return "i-" + interview.id() + "-invite";
    }

    private static String payload(PairInterview interview, String action) {
        return PREFIX + interview.id() + ":" + action;
    }

    static void onButton(Play play, String payload) {
        String[] parts = payload.split(":", -1);
        if (parts.length < 3) {
            play.tell("error.forged-button");
            return;
        }
        if (parts[2].equals("report")) {
            report(play, parts[1]);
            return;
        }
        PairInterview interview = play.interview();
        if (interview == null || !interview.id().equals(parts[1])) {
            play.tell("interview.over.stale");
            return;
        }
        Integer round = parts.length > 3 ? number(parts[3]) : null;
        switch (parts[2]) {
            case "ready" -> ready(play, interview);
            case "tick" -> tick(play, interview, round, parts.length > 4 ? number(parts[4]) : null);
            case "next" -> next(play, round == null ? -1 : round);
            case "end" -> end(play);
            default -> play.tell("error.forged-button");
        }
    }

    private static void ready(Play play, PairInterview interview) {
        Person person = play.person();
        if (interview.ready()) {
            play.tell("interview.seated", seatName(interview));
            return;
        }
        if (person.id().equals(interview.interviewer())) {
            play.tell("interview.self");
            return;
        }
        PersonId invited = interview.candidate();
        if (invited != null && !invited.equals(person.id())) {
            play.tell("interview.not-for-you");
            return;
        }
        PairInterview seated = interview.seated(person.id(), person.displayName(), play.lang());
        play.interview(seated);
        String started = play.t(seated.lang(), "interview.started", seated.interviewerName(), person.displayName());
        play.post(play.reply(RichText.of(started), List.of()).replacing(inviteKey(seated)));
        askNext(play);
    }

    private static void askNext(Play play) {
        PairInterview interview = interview(play);
        int round = interview.round() + 1;
        while (round <= interview.plan().size()
                && play.bank().question(interview.plan().get(round - 1)).isEmpty()) {
            round++;
        }
        if (round > interview.plan().size()) {
            finish(play, interview);
            return;
        }
        Question question =
                play.bank().question(interview.plan().get(round - 1)).orElseThrow();
        int points = question.kind() == QuestionKind.OUTPUT
                ? 1
                : question.keyPoints().size();
        interview = interview.asking(round, points);
        play.interview(interview);
        play.post(publicQuestion(play, interview, question));
        play.send(panel(play, interview, question).withKey(panelKey(interview)));
    }

    private static String panelKey(PairInterview interview) {
        return "i-" + interview.id() + "-p" + interview.round();
    }

    private static Reply publicQuestion(Play play, PairInterview interview, Question question) {
        Lang lang = interview.lang();
        RichText.Builder text = RichText.builder()
                .paragraph(Span.bold(header(play, lang, "interview.question.header", interview, question)))
                .append(ContentText.toRichText(question.text().in(lang)));
        if (question.kind() == QuestionKind.OUTPUT && question.code() != null) {
            text.code("go", question.code());
        }
        text.paragraph(Span.italic(play.t(lang, "interview.question.how", seatName(interview))));
        return play.reply(text.build(), List.of());
    }

    private static String header(Play play, Lang lang, String key, PairInterview interview, Question question) {
        String topic = play.bank()
                .pack(question.packId())
                .flatMap(p -> p.topic(question.topicId()))
                .map(t -> t.title().in(lang))
                .orElse(question.topicId());
        return play.t(
                lang,
                key,
                interview.round(),
                interview.plan().size(),
                topic,
                play.t(lang, "level." + question.level().code()));
    }

    /** What only the interviewer sees: the key points to tick, the reference answer, follow-ups. */
    private static Reply panel(Play play, PairInterview interview, Question question) {
        Lang lang = interview.interviewerLang();
        RichText.Builder text = RichText.builder()
                .paragraph(Span.bold(header(play, lang, "interview.panel.header", interview, question)))
                .append(ContentText.toRichText(question.text().in(lang)));
        if (interview.round() == 1) {
            PersonId candidate = interview.candidate();
            List<InterviewRecord> history =
                    candidate == null ? List.of() : play.flow().store.interviews(interview.interviewer(), candidate);
            if (!history.isEmpty()) {
                InterviewRecord lastTime = history.get(history.size() - 1);
                text.paragraph(Span.italic(play.t(
                        lang,
                        "interview.history",
                        history.size(),
                        percent(lastTime.coveredPoints(), lastTime.totalPoints()))));
            }
        }
        List<Button> toggles = new ArrayList<>();
        if (question.kind() == QuestionKind.OUTPUT) {
            text.paragraph(Span.bold(play.t(lang, "interview.panel.output")));
            text.code(null, question.output() == null ? "" : question.output());
            boolean right = interview.ticks().get(0);
            toggles.add(toggle(play, interview, 0, (right ? "✅ " : "⬜ ") + play.t(lang, "interview.panel.right")));
            text.paragraph(Span.bold(play.t(lang, "card.feedback.explanation")));
        } else {
            text.paragraph(Span.bold(play.t(lang, "interview.panel.key-points")));
            List<List<Span>> points = new ArrayList<>();
            for (int i = 0; i < question.keyPoints().size(); i++) {
                String mark = interview.ticks().get(i) ? "✅" : "⬜";
                points.add(List.of(Span.plain(mark + " " + (i + 1) + ". "
                        + question.keyPoints().get(i).statement().in(lang))));
                toggles.add(toggle(play, interview, i, mark + " " + (i + 1)));
            }
            text.bullets(points);
            text.paragraph(Span.bold(play.t(lang, "card.feedback.reference")));
        }
        text.append(ContentText.toRichText(question.answer().in(lang)));
        List<List<Span>> followUps = new ArrayList<>();
        for (String id : question.followUps()) {
            play.bank()
                    .question(id)
                    .ifPresent(q -> followUps.add(List.of(Span.plain(q.text().in(lang)))));
        }
        if (!followUps.isEmpty()) {
            text.paragraph(Span.bold(play.t(lang, "interview.panel.follow-ups")));
            text.bullets(followUps);
        }
        List<List<Button>> rows = new ArrayList<>();
        for (int i = 0; i < toggles.size(); i += 5) {
            rows.add(toggles.subList(i, Math.min(toggles.size(), i + 5)));
        }
        boolean last = interview.round() >= interview.plan().size();
        rows.add(List.of(
                play.button(
                        play.t(lang, last ? "button.interview.finish" : "button.interview.next"),
                        payload(interview, "next") + ":" + interview.round()),
                play.button(play.t(lang, "button.interview.end"), payload(interview, "end"))));
        return play.reply(text.build(), rows).privateTo(interview.interviewer());
    }

    private static Button toggle(Play play, PairInterview interview, int point, String label) {
        return play.button(label, payload(interview, "tick") + ":" + interview.round() + ":" + point);
    }

    private static void tick(Play play, PairInterview interview, @Nullable Integer round, @Nullable Integer point) {
        if (!play.person().id().equals(interview.interviewer())) {
            play.tell("interview.only-interviewer", interview.interviewerName());
            return;
        }
        if (round == null
                || round != interview.round()
                || point == null
                || point < 0
                || point >= interview.ticks().size()) {
            play.tell("group.stale");
            return;
        }
        Question question = current(play, interview);
        if (question == null) {
            play.tell("error.question-gone");
            return;
        }
        PairInterview toggled = interview.toggled(point);
        play.interview(toggled);
        play.send(panel(play, toggled, question).replacing(panelKey(toggled)));
    }

    static void next(Play play, @Nullable Integer round) {
        PairInterview interview = play.interview();
        if (interview == null) {
            play.tell("group.none");
            return;
        }
        if (!GroupFlow.controls(play.person(), interview.interviewer())) {
            play.tell("interview.only-interviewer", interview.interviewerName());
            return;
        }
        if (!interview.ready()) {
            play.tell("interview.waiting");
            return;
        }
        if (round != null && round != interview.round()) {
            play.tell("group.stale");
            return;
        }
        closeQuestion(play, interview);
        askNext(play);
    }

    /** Records the open question as the interviewer marked it: the candidate's answer and card. */
    private static void closeQuestion(Play play, PairInterview interview) {
        Question question = current(play, interview);
        PersonId candidate = interview.candidate();
        if (question == null || candidate == null) {
            return;
        }
        Grade suggested = suggest(interview.ticks());
        play.flow()
                .progress
                .recordAnswer(
                        new AnswerRecord(candidate, question.id(), play.now(), SPOKEN, interview.ticks(), suggested));
        play.flow().progress.recordGrade(new GradeRecord(candidate, question.id(), play.now(), suggested, false));
        play.interview(interview.closingQuestion());
    }

    /** The grade coverage suggests, as for a written answer. */
    static Grade suggest(List<Boolean> covered) {
        long hits = covered.stream().filter(c -> c).count();
        if (hits == 0) {
            return Grade.AGAIN;
        }
        if (hits == covered.size()) {
            return Grade.EASY;
        }
        return hits * 2 < covered.size() ? Grade.HARD : Grade.GOOD;
    }

    /**
     * Ends the interview: by the interviewer, the candidate, or a manager of the chat. The open
     * question counts when the interviewer ticked any of its points.
     */
    static void end(Play play) {
        PairInterview interview = play.interview();
        if (interview == null) {
            play.tell("group.none");
            return;
        }
        Person person = play.person();
        boolean candidate = person.id().equals(interview.candidate());
        if (!candidate && !GroupFlow.controls(person, interview.interviewer())) {
            play.tell("interview.only-interviewer", interview.interviewerName());
            return;
        }
        if (!interview.ready()) {
            play.flow().store.leave(interview.interviewer(), play.where());
            play.interview(null);
            String text = play.t(interview.lang(), "interview.cancelled");
            play.post(play.reply(RichText.of(text), List.of()).replacing(inviteKey(interview)));
            return;
        }
        if (interview.ticks().contains(true)) {
            closeQuestion(play, interview);
        }
        finish(play, interview(play));
    }

    private static void finish(Play play, PairInterview interview) {
        play.flow().store.leave(interview.interviewer(), play.where());
        play.interview(null);
        Lang lang = interview.lang();
        PersonId candidate = interview.candidate();
        String candidateName = seatName(interview);
        if (candidate == null || interview.covered().isEmpty()) {
            play.post(play.reply(RichText.of(play.t(lang, "interview.over.empty")), List.of()));
            return;
        }
        List<String> asked = interview.plan().subList(0, interview.covered().size());
        InterviewRecord record = new InterviewRecord(
                GroupFlow.board(play.where()),
                interview.id(),
                interview.interviewer(),
                interview.interviewerName(),
                candidate,
                candidateName,
                play.now(),
                asked,
                interview.covered());
        play.flow().store.recordInterview(record);
        Lang candidateLang = interview.candidateLang() == null ? lang : interview.candidateLang();
        play.tell(candidate, report(play, record, candidateLang), List.of());
        Button again = play.button(play.t(lang, "button.report"), payload(interview, "report"));
        play.post(play.reply(
                RichText.of(play.t(lang, "interview.over", record.questionIds().size(), candidateName)),
                List.of(List.of(again))));
    }

    private static void report(Play play, String interviewId) {
        Optional<InterviewRecord> record = play.flow().store.interview(GroupFlow.board(play.where()), interviewId);
        if (record.isEmpty()) {
            play.tell("group.report.gone");
            return;
        }
        PersonId person = play.person().id();
        if (!person.equals(record.get().candidate())
                && !person.equals(record.get().interviewer())) {
            play.tell("interview.report.not-yours");
            return;
        }
        play.tell(person, report(play, record.get(), play.lang()), List.of());
    }

    private static RichText report(Play play, InterviewRecord record, Lang lang) {
        RichText.Builder text = RichText.builder()
                .paragraph(Span.bold(
                        play.t(lang, "interview.report.header", record.candidateName(), record.interviewerName())))
                .text(play.t(
                        lang,
                        "interview.report.overall",
                        percent(record.coveredPoints(), record.totalPoints()),
                        record.questionIds().size()));
        List<List<Span>> items = new ArrayList<>();
        for (int i = 0; i < record.questionIds().size(); i++) {
            String id = record.questionIds().get(i);
            List<Boolean> covered = record.covered().get(i);
            Question question = play.bank().question(id).orElse(null);
            List<Span> item = new ArrayList<>();
            if (question == null) {
                item.add(Span.plain(id));
            } else {
                int hits = (int) covered.stream().filter(c -> c).count();
                Played played = new Played(i + 1, id, covered, hits, true);
                item.add(Span.plain(RoundCards.shorten(question.text().in(lang), 90) + " — "
                        + RoundCards.result(play, lang, question, played) + " "));
                item.add(Span.code("/ask " + id));
                List<String> missed = new ArrayList<>();
                for (int k = 0; k < question.keyPoints().size() && k < covered.size(); k++) {
                    if (!covered.get(k)) {
                        missed.add(question.keyPoints().get(k).statement().in(lang));
                    }
                }
                if (!missed.isEmpty()) {
                    item.add(Span.plain("\n" + play.t(lang, "group.report.missed", String.join("; ", missed))));
                }
            }
            items.add(item);
        }
        text.bullets(items);
        List<InterviewRecord> history = play.flow().store.interviews(record.interviewer(), record.candidate());
        if (history.size() > 1) {
            String trend = history.stream()
                    .map(r -> percent(r.coveredPoints(), r.totalPoints()) + "%")
                    .collect(Collectors.joining(" → "));
            text.text(play.t(lang, "interview.report.history", history.size(), trend));
        }
        text.text(play.t(lang, "group.report.scheduled"));
        return text.build();
    }

    private static @Nullable Question current(Play play, PairInterview interview) {
        String id = interview.questionId();
        return id == null ? null : play.bank().question(id).orElse(null);
    }

    private static String seatName(PairInterview interview) {
        String name = interview.candidateName();
        return name == null ? "?" : name;
    }

    static int percent(int covered, int total) {
        return total == 0 ? 0 : Math.round(100f * covered / total);
    }

    private static @Nullable Integer number(String text) {
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static PairInterview interview(Play play) {
        PairInterview interview = play.interview();
        if (interview == null) {
            throw new IllegalStateException("no interview in " + play.where().key());
        }
        return interview;
    }
}
