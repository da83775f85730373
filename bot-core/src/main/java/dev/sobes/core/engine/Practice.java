package dev.sobes.core.engine;

import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Span;
import dev.sobes.core.model.Grade;
import dev.sobes.core.model.Lang;
import dev.sobes.core.model.Level;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.model.QuestionKind;
import dev.sobes.core.model.Topic;
import dev.sobes.core.store.AnswerRecord;
import dev.sobes.core.store.GradeRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Solo practice: choosing what to practise, asking, feedback, grading, hints, skipping, stopping. */
final class Practice {
    private static final String ALL_TOPICS = "_all";
    private static final String MIXED = "mixed";

    private Practice() {}

    static void onCommand(Turn turn, Command command) {
        List<String> args = command.args();
        switch (command.name()) {
            case "start" -> {
                if (!args.isEmpty() && args.get(0).startsWith("q_")) {
                    askById(turn, args.get(0).substring(2));
                } else {
                    turn.send(Cards.menu(turn, "menu.welcome"));
                }
            }
            case "menu" -> turn.send(Cards.menu(turn, "menu.header"));
            case "help" -> help(turn);
            case "lang" -> language(turn, args.isEmpty() ? null : args.get(0));
            case "practice" -> practice(turn, args);
            case "mock" -> Mock.start(turn, args);
            case "review" -> Reviews.start(turn);
            case "stats" -> Stats.show(turn);
            case "ask" -> {
                if (args.isEmpty()) {
                    turn.say("ask.usage");
                } else {
                    askById(turn, args.get(0));
                }
            }
            case "hint" -> hint(turn, null);
            case "skip" -> skip(turn, null);
            case "next" -> next(turn, null);
            case "stop" -> stop(turn);
            default -> turn.say("error.unknown-command", "/" + command.name());
        }
    }

    static void onButton(Turn turn, String action) {
        Optional<String> verified = turn.engine().actions().verify(turn.conversation(), action);
        if (verified.isEmpty()) {
            turn.say("error.forged-button");
            return;
        }
        String[] parts = verified.get().split(":");
        switch (parts[0]) {
            case "menu" -> turn.send(Cards.menu(turn, "menu.header"));
            case "help" -> help(turn);
            case "lang" -> language(turn, null);
            case "practice" -> practice(turn, List.of());
            case "mock" -> Mock.start(turn, List.of());
            case "review" -> Reviews.start(turn);
            case "stats" -> Stats.show(turn);
            case "again" -> again(turn);
            case "stop" -> stop(turn);
            case "pack" -> choosePack(turn, parts[1]);
            case "topic" -> chooseTopic(turn, parts[1]);
            case "level" -> chooseLevel(turn, parts[1]);
            case "hint" -> hint(turn, seqOf(parts, 1));
            case "skip" -> skip(turn, seqOf(parts, 1));
            case "next" -> next(turn, seqOf(parts, 1));
            case "grade" -> grade(turn, parts[1], seqOf(parts, 2));
            default -> turn.say("error.forged-button");
        }
    }

    /**
     * A timer fired: a timed question whose deadline has passed ends unanswered. Early, late and
     * repeated ticks are harmless: only the session's own deadline counts.
     */
    static void onTick(Turn turn, Instant at) {
        Session session = turn.session();
        Instant deadline = session.deadline();
        if (deadline == null || at.isBefore(deadline)) {
            return;
        }
        if (session.kind() == RunKind.MOCK && session.mode() == Mode.ASKING) {
            Mock.unanswered(turn, true);
        }
        // A deadline nothing answered to (its question is gone) must not tick again and again.
        if (turn.session().seq() == session.seq()) {
            turn.session(turn.session().toBuilder().deadline(null).build());
        }
    }

    static void onText(Turn turn, String text) {
        Session session = turn.session();
        switch (session.mode()) {
            case ASKING -> answer(turn, text);
            case REVIEWING -> turn.say("error.already-answered");
            case CHOOSING_PACK, CHOOSING_TOPIC, CHOOSING_LEVEL -> turn.say("error.choose-first");
            case IDLE -> turn.say("error.no-question");
        }
    }

    private static int seqOf(String[] parts, int index) {
        try {
            return index < parts.length ? Integer.parseInt(parts[index]) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void help(Turn turn) {
        turn.send(
                RichText.builder()
                        .paragraph(Span.bold(turn.t("help.header")))
                        .bullets(List.of(
                                List.of(
                                        Span.code("/practice [pack] [topic] [level]"),
                                        Span.plain(" — " + turn.t("help.practice"))),
                                List.of(Span.code("/mock [pack] [N] [Nm]"), Span.plain(" — " + turn.t("help.mock"))),
                                List.of(Span.code("/review"), Span.plain(" — " + turn.t("help.review"))),
                                List.of(Span.code("/stats"), Span.plain(" — " + turn.t("help.stats"))),
                                List.of(Span.code("/remind HH:MM | off"), Span.plain(" — " + turn.t("help.remind"))),
                                List.of(Span.code("/timezone ZONE"), Span.plain(" — " + turn.t("help.timezone"))),
                                List.of(Span.code("/ask ID"), Span.plain(" — " + turn.t("help.ask"))),
                                List.of(Span.code("/hint"), Span.plain(" — " + turn.t("help.hint"))),
                                List.of(Span.code("/skip"), Span.plain(" — " + turn.t("help.skip"))),
                                List.of(Span.code("/next"), Span.plain(" — " + turn.t("help.next"))),
                                List.of(Span.code("/stop"), Span.plain(" — " + turn.t("help.stop"))),
                                List.of(Span.code("/lang [ru|en]"), Span.plain(" — " + turn.t("help.lang"))),
                                List.of(Span.code("/menu"), Span.plain(" — " + turn.t("help.menu")))))
                        .text(turn.t("help.footer"))
                        .build(),
                List.of());
    }

    private static void language(Turn turn, @Nullable String code) {
        Lang target;
        if (code == null) {
            target = turn.lang() == Lang.RU ? Lang.EN : Lang.RU;
        } else {
            Optional<Lang> parsed = Lang.parse(code);
            if (parsed.isEmpty()) {
                turn.say("lang.unknown", code);
                return;
            }
            target = parsed.get();
        }
        turn.engine().progress().setLanguage(turn.person(), target);
        turn.lang(target);
        turn.say("lang.set");
    }

    // Choosing what to practise.

    private static void practice(Turn turn, List<String> args) {
        QuestionBank bank = turn.engine().bank();
        List<Pack> packs =
                bank.packs().stream().filter(p -> !p.questions().isEmpty()).toList();
        if (packs.isEmpty()) {
            turn.say("error.no-content");
            return;
        }
        Pack pack = packs.size() == 1 ? packs.get(0) : null;
        Topic topic = null;
        boolean allTopics = false;
        Level level = null;
        boolean levelGiven = false;
        List<String> unknown = new ArrayList<>();
        for (String raw : args) {
            String arg = raw.toLowerCase(Locale.ROOT);
            Optional<Pack> asPack = bank.pack(arg).filter(p -> !p.questions().isEmpty());
            Optional<Level> asLevel = parseLevel(arg);
            if (asPack.isPresent()) {
                pack = asPack.get();
            } else if (asLevel.isPresent() || arg.equals(MIXED)) {
                level = asLevel.orElse(null);
                levelGiven = true;
            } else if (arg.equals("all")) {
                allTopics = true;
            } else {
                Optional<Topic> asTopic = findTopic(packs, pack, arg);
                if (asTopic.isPresent()) {
                    topic = asTopic.get();
                    if (pack == null || pack.topic(arg).isEmpty()) {
                        pack = packOfTopic(packs, arg);
                    }
                } else {
                    unknown.add(raw);
                }
            }
        }
        if (!unknown.isEmpty()) {
            explainUnknown(turn, packs, pack, unknown);
            return;
        }
        Session start = turn.session().toBuilder()
                .mode(Mode.IDLE)
                .kind(RunKind.PRACTICE)
                .mock(null)
                .deadline(null)
                .selection(null)
                .pendingPack(null)
                .pendingTopic(null)
                .questionId(null)
                .asked(List.of())
                .covered(List.of())
                .suggested(null)
                .graded(null)
                .hintsShown(0)
                .tally(Tally.EMPTY)
                .build();
        turn.session(start);
        if (pack == null) {
            turn.session(start.toBuilder().mode(Mode.CHOOSING_PACK).build());
            turn.send(Cards.packChoice(turn, packs));
            return;
        }
        if (topic == null && !allTopics && !levelGiven) {
            turn.session(start.toBuilder()
                    .mode(Mode.CHOOSING_TOPIC)
                    .pendingPack(pack.id())
                    .build());
            turn.send(Cards.topicChoice(turn, pack));
            return;
        }
        if (!levelGiven) {
            turn.session(start.toBuilder()
                    .mode(Mode.CHOOSING_LEVEL)
                    .pendingPack(pack.id())
                    .pendingTopic(topic == null ? ALL_TOPICS : topic.id())
                    .build());
            turn.send(Cards.levelChoice(turn, topic, pack));
            return;
        }
        begin(turn, new Selection(pack.id(), topic == null ? null : topic.id(), level));
    }

    private static Optional<Level> parseLevel(String arg) {
        return switch (arg) {
            case "джун", "джуниор" -> Optional.of(Level.JUNIOR);
            case "мидл" -> Optional.of(Level.MIDDLE);
            case "сеньор", "синьор" -> Optional.of(Level.SENIOR);
            default -> Level.parse(arg);
        };
    }

    private static Optional<Topic> findTopic(List<Pack> packs, @Nullable Pack preferred, String id) {
        if (preferred != null && preferred.topic(id).isPresent()) {
            return preferred.topic(id);
        }
        return packs.stream().flatMap(p -> p.topic(id).stream()).findFirst();
    }

    private static Pack packOfTopic(List<Pack> packs, String topicId) {
        return packs.stream()
                .filter(p -> p.topic(topicId).isPresent())
                .findFirst()
                .orElseThrow();
    }

    private static void explainUnknown(Turn turn, List<Pack> packs, @Nullable Pack pack, List<String> unknown) {
        String packIds = packs.stream().map(Pack::id).collect(Collectors.joining(", "));
        Pack shown = pack != null ? pack : packs.get(0);
        String topicIds = shown.topics().stream().map(Topic::id).collect(Collectors.joining(", "));
        turn.send(
                RichText.builder()
                        .text(turn.t("practice.unknown", String.join(", ", unknown)))
                        .bullets(List.of(
                                List.of(Span.plain(turn.t("practice.packs", packIds))),
                                List.of(Span.plain(turn.t("practice.topics", shown.id(), topicIds))),
                                List.of(Span.plain(turn.t("practice.levels")))))
                        .text(turn.t("practice.example"))
                        .build(),
                List.of());
    }

    private static void choosePack(Turn turn, String packId) {
        Optional<Pack> pack = turn.engine().bank().pack(packId);
        if (pack.isEmpty() || pack.get().questions().isEmpty()) {
            turn.say("error.pack-gone");
            return;
        }
        turn.session(turn.session().toBuilder()
                .mode(Mode.CHOOSING_TOPIC)
                .pendingPack(packId)
                .pendingTopic(null)
                .build());
        turn.send(Cards.topicChoice(turn, pack.get()));
    }

    private static void chooseTopic(Turn turn, String topicId) {
        Session session = turn.session();
        String packId = session.pendingPack();
        if (session.mode() != Mode.CHOOSING_TOPIC || packId == null) {
            turn.say("error.stale-button");
            return;
        }
        Optional<Pack> pack = turn.engine().bank().pack(packId);
        if (pack.isEmpty()) {
            turn.say("error.pack-gone");
            return;
        }
        Topic topic = null;
        if (!topicId.equals(ALL_TOPICS)) {
            Optional<Topic> found = pack.get().topic(topicId);
            if (found.isEmpty()) {
                turn.say("error.stale-button");
                return;
            }
            topic = found.get();
        }
        turn.session(session.toBuilder()
                .mode(Mode.CHOOSING_LEVEL)
                .pendingTopic(topicId)
                .build());
        turn.send(Cards.levelChoice(turn, topic, pack.get()));
    }

    private static void chooseLevel(Turn turn, String levelCode) {
        Session session = turn.session();
        String packId = session.pendingPack();
        String topicId = session.pendingTopic();
        if (session.mode() != Mode.CHOOSING_LEVEL || packId == null || topicId == null) {
            turn.say("error.stale-button");
            return;
        }
        Level level = levelCode.equals(MIXED) ? null : Level.parse(levelCode).orElse(null);
        begin(turn, new Selection(packId, topicId.equals(ALL_TOPICS) ? null : topicId, level));
    }

    private static void begin(Turn turn, Selection selection) {
        turn.session(turn.session().toBuilder()
                .kind(RunKind.PRACTICE)
                .mock(null)
                .deadline(null)
                .selection(selection)
                .pendingPack(null)
                .pendingTopic(null)
                .asked(List.of())
                .tally(Tally.EMPTY)
                .build());
        askNext(turn);
    }

    private static void again(Turn turn) {
        Selection selection = turn.session().selection();
        if (selection == null || turn.engine().bank().pack(selection.packId()).isEmpty()) {
            practice(turn, List.of());
        } else {
            begin(turn, selection);
        }
    }

    // Asking and answering.

    private static void askNext(Turn turn) {
        switch (turn.session().kind()) {
            case REVIEW -> Reviews.askNext(turn);
            case MOCK -> Mock.askNext(turn);
            case PRACTICE -> askNextPractice(turn);
        }
    }

    private static void askNextPractice(Turn turn) {
        Session session = turn.session();
        Selection selection = session.selection();
        Pack pack = selection == null
                ? null
                : turn.engine().bank().pack(selection.packId()).orElse(null);
        if (selection == null || pack == null) {
            turn.session(session.toBuilder().mode(Mode.IDLE).build());
            turn.say("error.pack-gone");
            return;
        }
        // A set: a long run asks hundreds of questions, and a list made each Next cost pool × asked.
        Set<String> asked = new HashSet<>(session.asked());
        List<Question> pool = pack.questions(selection.topicId(), selection.level()).stream()
                .filter(q -> !asked.contains(q.id()))
                .toList();
        if (pool.isEmpty()) {
            boolean any = !session.asked().isEmpty();
            turn.session(session.toBuilder()
                    .mode(Mode.IDLE)
                    .questionId(null)
                    .tally(Tally.EMPTY)
                    .build());
            if (any) {
                turn.send(Cards.summary(turn, session.tally(), "summary.all-done"));
            } else {
                turn.say("error.empty-selection");
            }
            return;
        }
        int seq = session.seq() + 1;
        SplittableRandom random = new SplittableRandom(
                turn.engine().seed() ^ (turn.conversation().key().hashCode() * 0x9E3779B97F4A7C15L) ^ seq);
        Question question = pool.get(random.nextInt(pool.size()));
        ask(turn, pack, question, seq);
    }

    private static void ask(Turn turn, Pack pack, Question question, int seq) {
        ask(turn, pack, question, seq, 0);
    }

    /** Opens {@code question}; {@code dueLeft} is the number of due cards for a review, else 0. */
    static void ask(Turn turn, Pack pack, Question question, int seq, int dueLeft) {
        List<String> asked = new ArrayList<>(turn.session().asked());
        asked.add(question.id());
        turn.session(turn.session().toBuilder()
                .mode(Mode.ASKING)
                .questionId(question.id())
                .seq(seq)
                .hintsShown(0)
                .asked(asked)
                .covered(List.of())
                .suggested(null)
                .graded(null)
                .build());
        turn.send(Cards.question(turn, pack, question, seq, dueLeft));
    }

    private static void askById(Turn turn, String questionId) {
        QuestionBank bank = turn.engine().bank();
        Optional<Question> question = bank.question(questionId.trim());
        if (question.isEmpty()) {
            turn.say("ask.unknown", questionId);
            return;
        }
        Question q = question.get();
        Pack pack = bank.pack(q.packId()).orElseThrow();
        Session session = turn.session();
        turn.session(session.toBuilder()
                .kind(RunKind.PRACTICE)
                .mock(null)
                .deadline(null)
                .selection(new Selection(q.packId(), q.topicId(), null))
                .pendingPack(null)
                .pendingTopic(null)
                .asked(List.of())
                .build());
        ask(turn, pack, q, session.seq() + 1);
    }

    private static @Nullable Question current(Turn turn) {
        String id = turn.session().questionId();
        return id == null ? null : turn.engine().bank().question(id).orElse(null);
    }

    private static void answer(Turn turn, String text) {
        String answer = text.strip();
        if (answer.isEmpty()) {
            turn.say("error.empty-answer");
            return;
        }
        if (answer.length() > Engine.MAX_ANSWER_LENGTH) {
            turn.say("error.long-answer", answer.length(), Engine.MAX_ANSWER_LENGTH);
            return;
        }
        Question question = current(turn);
        if (question == null) {
            turn.session(turn.session().toBuilder().mode(Mode.IDLE).build());
            turn.say("error.question-gone");
            return;
        }
        Instant deadline = turn.session().deadline();
        if (deadline != null && turn.engine().clock().instant().isAfter(deadline)) {
            Mock.unanswered(turn, true);
            return;
        }
        Coverage coverage = turn.engine().answerCheck().check(question, answer);
        turn.engine()
                .progress()
                .recordAnswer(new AnswerRecord(
                        turn.person(),
                        question.id(),
                        turn.engine().clock().instant(),
                        answer,
                        coverage.covered(),
                        coverage.suggested()));
        Tally tally = question.kind() == QuestionKind.OUTPUT
                ? (coverage.coveredCount() == 1
                        ? turn.session().tally().withAnswer(0, 0).withExact()
                        : turn.session().tally().withAnswer(0, 0))
                : turn.session().tally().withAnswer(coverage.coveredCount(), coverage.total());
        if (turn.session().kind() == RunKind.MOCK) {
            turn.session(turn.session().toBuilder().tally(tally).build());
            Mock.answered(turn, question, coverage);
            return;
        }
        turn.session(turn.session().toBuilder()
                .mode(Mode.REVIEWING)
                .covered(coverage.covered())
                .suggested(coverage.suggested().code())
                .notes(coverage.noteCodes())
                .graded(null)
                .tally(tally)
                .build());
        turn.send(Cards.feedback(turn, question, turn.session()));
    }

    private static boolean stale(Turn turn, @Nullable Integer seq) {
        if (seq != null && seq != turn.session().seq()) {
            turn.say("error.stale-button");
            return true;
        }
        return false;
    }

    private static void hint(Turn turn, @Nullable Integer seq) {
        if (stale(turn, seq)) {
            return;
        }
        Session session = turn.session();
        Question question = current(turn);
        if (session.mode() != Mode.ASKING || question == null) {
            turn.say("error.no-question");
            return;
        }
        if (session.kind() == RunKind.MOCK) {
            turn.say("mock.no-hints");
            return;
        }
        int shown = session.hintsShown();
        int available = question.hints().size() + question.keyPoints().size();
        if (shown >= available) {
            turn.say("hint.none");
            return;
        }
        String hint = shown < question.hints().size()
                ? question.hints().get(shown).in(turn.lang())
                : question.keyPoints()
                        .get(shown - question.hints().size())
                        .statement()
                        .in(turn.lang());
        turn.session(session.toBuilder().hintsShown(shown + 1).build());
        turn.send(
                RichText.builder()
                        .paragraph(Span.bold(turn.t("hint.header", shown + 1, available)), Span.plain(" " + hint))
                        .build(),
                List.of());
    }

    private static void skip(Turn turn, @Nullable Integer seq) {
        if (stale(turn, seq)) {
            return;
        }
        Session session = turn.session();
        if (session.mode() == Mode.REVIEWING) {
            next(turn, seq);
            return;
        }
        if (session.mode() != Mode.ASKING) {
            turn.say("error.no-question");
            return;
        }
        if (session.kind() == RunKind.MOCK) {
            Mock.unanswered(turn, false);
            return;
        }
        turn.session(session.toBuilder().tally(session.tally().withSkip()).build());
        turn.say("skip.done");
        askNext(turn);
    }

    private static void next(Turn turn, @Nullable Integer seq) {
        if (stale(turn, seq)) {
            return;
        }
        Session session = turn.session();
        switch (session.mode()) {
            case REVIEWING -> {
                acceptSuggestedGrade(turn);
                askNext(turn);
            }
            case ASKING -> turn.say("next.answer-first");
            default -> turn.say("error.no-practice");
        }
    }

    private static void grade(Turn turn, String code, @Nullable Integer seq) {
        if (stale(turn, seq)) {
            return;
        }
        Session session = turn.session();
        Optional<Grade> grade = Grade.parse(code);
        Question question = current(turn);
        if (session.mode() != Mode.REVIEWING || question == null || grade.isEmpty()) {
            turn.say("error.stale-button");
            return;
        }
        String already = session.graded();
        if (already != null) {
            turn.say("grade.already", Cards.gradeName(turn, already));
            return;
        }
        turn.engine()
                .progress()
                .recordGrade(new GradeRecord(
                        turn.person(), question.id(), turn.engine().clock().instant(), grade.get(), true));
        turn.session(session.toBuilder()
                .graded(grade.get().code())
                .tally(session.tally().withGrade(grade.get()))
                .build());
        turn.send(Cards.feedback(turn, question, turn.session()));
    }

    /** Moving on without grading keeps the suggested grade, so every answered question is graded. */
    private static void acceptSuggestedGrade(Turn turn) {
        Session session = turn.session();
        Question question = current(turn);
        String suggested = session.suggested();
        if (session.mode() != Mode.REVIEWING || session.graded() != null || question == null || suggested == null) {
            return;
        }
        Grade grade = Grade.parse(suggested).orElseThrow();
        turn.engine()
                .progress()
                .recordGrade(new GradeRecord(
                        turn.person(), question.id(), turn.engine().clock().instant(), grade, false));
        turn.session(session.toBuilder()
                .graded(grade.code())
                .tally(session.tally().withGrade(grade))
                .build());
    }

    private static void stop(Turn turn) {
        Session session = turn.session();
        if (session.kind() == RunKind.MOCK) {
            Mock.finish(turn);
            return;
        }
        if (session.mode() == Mode.IDLE) {
            turn.say("stop.nothing");
            return;
        }
        acceptSuggestedGrade(turn);
        Tally tally = turn.session().tally();
        turn.session(turn.session().toBuilder()
                .mode(Mode.IDLE)
                .pendingPack(null)
                .pendingTopic(null)
                .questionId(null)
                .covered(List.of())
                .suggested(null)
                .graded(null)
                .hintsShown(0)
                .tally(Tally.EMPTY)
                .build());
        if (tally.answered() + tally.skipped() == 0) {
            turn.say("stop.empty");
        } else {
            turn.send(Cards.summary(turn, tally, "summary.header"));
        }
    }
}
