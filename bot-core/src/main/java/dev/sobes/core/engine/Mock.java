package dev.sobes.core.engine;

import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Span;
import dev.sobes.core.model.Grade;
import dev.sobes.core.model.Level;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.Topic;
import dev.sobes.core.store.GradeRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The mock interview: a fixed number of questions that take topics in turn, starting at middle
 * level, going up after a strong answer and down after a weak one, optionally timed, with no
 * feedback until the report at the end. Every question is graded from its coverage, so it is
 * already scheduled for review when the report appears.
 */
final class Mock {
    static final int DEFAULT_LENGTH = 8;
    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 20;
    /** Coverage at or above which the next question is one level harder. */
    static final double STRONG = 0.75;
    /** Coverage below which the next question is one level easier. */
    static final double WEAK = 0.4;
    /** Coverage at a level that shows the level is held. */
    static final double HELD = 0.6;
    /** The shortest and longest time a timed question can have. */
    static final long MIN_SECONDS = 5;

    static final long MAX_SECONDS = 30 * 60;

    private static final Pattern NUMBER = Pattern.compile("(\\d{1,4})(m|min|м|мин|s|sec|с|сек)?");

    private Mock() {}

    static void start(Turn turn, List<String> args) {
        List<Pack> packs = turn.engine().bank().packs().stream()
                .filter(p -> !p.questions().isEmpty())
                .toList();
        if (packs.isEmpty()) {
            turn.say("error.no-content");
            return;
        }
        Pack pack = packs.get(0);
        Selection last = turn.session().selection();
        if (last != null) {
            pack = turn.engine().bank().pack(last.packId()).orElse(pack);
        }
        int length = DEFAULT_LENGTH;
        long seconds = 0;
        List<String> unknown = new ArrayList<>();
        for (String raw : args) {
            String arg = raw.toLowerCase(Locale.ROOT);
            Optional<Pack> asPack =
                    turn.engine().bank().pack(arg).filter(p -> !p.questions().isEmpty());
            Matcher minutes = NUMBER.matcher(arg);
            if (asPack.isPresent()) {
                pack = asPack.get();
            } else if (minutes.matches() && minutes.group(2) != null) {
                long amount = Integer.parseInt(minutes.group(1));
                boolean inSeconds = "s sec с сек".contains(minutes.group(2));
                seconds = Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, inSeconds ? amount : 60 * amount));
            } else if (minutes.matches()) {
                length = Integer.parseInt(minutes.group(1));
                if (length < MIN_LENGTH || length > MAX_LENGTH) {
                    turn.say("mock.length", MIN_LENGTH, MAX_LENGTH);
                    return;
                }
            } else {
                unknown.add(raw);
            }
        }
        if (!unknown.isEmpty()) {
            turn.say(
                    "mock.usage",
                    String.join(", ", unknown),
                    String.join(", ", packs.stream().map(Pack::id).toList()));
            return;
        }
        Pack chosen = pack;
        List<String> topics = new ArrayList<>(chosen.topics().stream()
                .map(Topic::id)
                .filter(t -> !chosen.questions(t, null).isEmpty())
                .toList());
        shuffle(topics, random(turn, turn.session().seq()));
        MockState mock =
                new MockState(turn.person(), turn.lang(), pack.id(), length, Level.MIDDLE, seconds, topics, List.of());
        turn.session(turn.session().toBuilder()
                .kind(RunKind.MOCK)
                .mock(mock)
                .selection(new Selection(pack.id(), null, null))
                .pendingPack(null)
                .pendingTopic(null)
                .asked(List.of())
                .tally(Tally.EMPTY)
                .build());
        String timing = seconds == 0 ? turn.t("mock.untimed") : turn.t("mock.timed", duration(turn, seconds));
        turn.send(
                RichText.builder()
                        .paragraph(Span.bold(
                                turn.t("mock.intro.header", pack.title().in(turn.lang()))))
                        .text(turn.t("mock.intro.body", length, timing))
                        .build(),
                List.of());
        askNext(turn);
    }

    /** "5 min", or "45 s" when less than a whole minute. */
    static String duration(Turn turn, long seconds) {
        return seconds % 60 == 0 ? turn.t("unit.minutes", seconds / 60) : turn.t("unit.seconds", seconds);
    }

    private static SplittableRandom random(Turn turn, int salt) {
        return new SplittableRandom(
                turn.engine().seed() ^ (turn.conversation().key().hashCode() * 0x9E3779B97F4A7C15L) ^ (salt * 31L + 7));
    }

    private static <T> void shuffle(List<T> items, SplittableRandom random) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = items.get(i);
            items.set(i, items.get(j));
            items.set(j, swap);
        }
    }

    /** Asks the next question, or ends with the report when the interview is complete. */
    static void askNext(Turn turn) {
        Session session = turn.session();
        MockState mock = session.mock();
        Pack pack =
                mock == null ? null : turn.engine().bank().pack(mock.packId()).orElse(null);
        if (mock == null || pack == null) {
            turn.session(session.toBuilder()
                    .mode(Mode.IDLE)
                    .kind(RunKind.PRACTICE)
                    .mock(null)
                    .build());
            turn.say("error.pack-gone");
            return;
        }
        Question question = mock.finished() ? null : pick(turn, pack, mock, session.asked());
        if (question == null) {
            finish(turn);
            return;
        }
        int seq = session.seq() + 1;
        Instant deadline = mock.secondsPerQuestion() == 0
                ? null
                : turn.engine().clock().instant().plusSeconds(mock.secondsPerQuestion());
        List<String> asked = new ArrayList<>(session.asked());
        asked.add(question.id());
        turn.session(session.toBuilder()
                .mode(Mode.ASKING)
                .questionId(question.id())
                .seq(seq)
                .hintsShown(0)
                .asked(asked)
                .covered(List.of())
                .suggested(null)
                .graded(null)
                .deadline(deadline)
                .build());
        turn.send(Cards.mockQuestion(
                turn, pack, question, seq, mock.answers().size() + 1, mock.length(), mock.secondsPerQuestion()));
    }

    /**
     * The question for the next turn: the next topic in turn at the current level; failing that,
     * the same topic at the nearest level, then any topic at the nearest level.
     */
    private static @Nullable Question pick(Turn turn, Pack pack, MockState mock, List<String> asked) {
        List<Question> fresh =
                pack.questions().stream().filter(q -> !asked.contains(q.id())).toList();
        if (fresh.isEmpty()) {
            return null;
        }
        String topic = mock.topics().isEmpty()
                ? null
                : mock.topics().get(mock.answers().size() % mock.topics().size());
        Comparator<Question> byDistance = Comparator.comparingInt(
                q -> Math.abs(q.level().rank() - mock.level().rank()));
        List<Question> inTopic = fresh.stream()
                .filter(q -> q.topicId().equals(topic))
                .sorted(byDistance)
                .toList();
        List<Question> pool =
                inTopic.isEmpty() ? fresh.stream().sorted(byDistance).toList() : inTopic;
        Level best = pool.get(0).level();
        List<Question> closest = pool.stream().filter(q -> q.level() == best).toList();
        return closest.get(random(turn, turn.session().seq() + 1).nextInt(closest.size()));
    }

    /** Takes the checked answer: records its grade, moves the level, and goes on. */
    static void answered(Turn turn, Question question, Coverage coverage) {
        Session session = turn.session();
        MockState mock = session.mock();
        if (mock == null) {
            throw new IllegalStateException("a mock answer outside a mock interview");
        }
        recordGrade(turn, question, coverage.suggested());
        MockAnswer result = new MockAnswer(
                question.id(), question.topicId(), question.level(), coverage.coveredCount(), coverage.total(), false);
        turn.session(session.toBuilder()
                .mock(mock.with(result, adapt(mock.level(), result.ratio())))
                .mode(Mode.IDLE)
                .deadline(null)
                .build());
        turn.say("mock.recorded", mock.answers().size() + 1, mock.length());
        askNext(turn);
    }

    /** A skipped or timed-out question covers nothing and comes back for review soon. */
    static void unanswered(Turn turn, boolean timedOut) {
        Session session = turn.session();
        MockState mock = session.mock();
        String id = session.questionId();
        Question question =
                id == null ? null : turn.engine().bank().question(id).orElse(null);
        if (mock == null || question == null) {
            return;
        }
        recordGrade(turn, question, Grade.AGAIN);
        int total = Math.max(1, question.keyPoints().size());
        MockAnswer result = new MockAnswer(question.id(), question.topicId(), question.level(), 0, total, timedOut);
        turn.session(session.toBuilder()
                .mock(mock.with(result, adapt(mock.level(), 0)))
                .tally(timedOut ? session.tally() : session.tally().withSkip())
                .mode(Mode.IDLE)
                .deadline(null)
                .build());
        turn.say(timedOut ? "mock.timeout" : "skip.done");
        askNext(turn);
    }

    static Level adapt(Level level, double ratio) {
        if (ratio >= STRONG) {
            return level.harder();
        }
        return ratio < WEAK ? level.easier() : level;
    }

    private static void recordGrade(Turn turn, Question question, Grade grade) {
        turn.engine()
                .progress()
                .recordGrade(new GradeRecord(
                        turn.person(), question.id(), turn.engine().clock().instant(), grade, false));
    }

    /** Ends the interview with its report; an interview stopped before any answer just ends. */
    static void finish(Turn turn) {
        Session session = turn.session();
        MockState mock = session.mock();
        turn.session(session.toBuilder()
                .mode(Mode.IDLE)
                .kind(RunKind.PRACTICE)
                .mock(null)
                .questionId(null)
                .deadline(null)
                .tally(Tally.EMPTY)
                .build());
        if (mock == null || mock.answers().isEmpty()) {
            turn.say("stop.empty");
            return;
        }
        Pack pack = turn.engine().bank().pack(mock.packId()).orElse(null);
        turn.send(report(turn, pack, mock));
    }

    private static dev.sobes.core.chat.Reply report(Turn turn, @Nullable Pack pack, MockState mock) {
        RichText.Builder text = RichText.builder().paragraph(Span.bold(turn.t("mock.report.header")));
        int covered = mock.answers().stream().mapToInt(MockAnswer::covered).sum();
        int total = mock.answers().stream().mapToInt(MockAnswer::total).sum();
        text.text(turn.t(
                "mock.report.overall", percent(covered, total), mock.answers().size()));

        Map<String, int[]> byTopic = new LinkedHashMap<>();
        for (MockAnswer a : mock.answers()) {
            int[] sums = byTopic.computeIfAbsent(a.topicId(), k -> new int[3]);
            sums[0] += a.covered();
            sums[1] += a.total();
            sums[2]++;
        }
        List<List<Span>> topics = new ArrayList<>();
        for (Map.Entry<String, int[]> e : byTopic.entrySet()) {
            String title = pack == null
                    ? e.getKey()
                    : pack.topic(e.getKey()).map(t -> t.title().in(turn.lang())).orElse(e.getKey());
            int[] sums = e.getValue();
            topics.add(List.of(Span.plain(turn.t("mock.report.topic", title, percent(sums[0], sums[1]), sums[2]))));
        }
        text.paragraph(Span.bold(turn.t("mock.report.by-topic")));
        text.bullets(topics);

        text.paragraph(Span.bold(turn.t("mock.report.level")), Span.plain(" " + estimate(turn, mock)));

        List<MockAnswer> weak =
                mock.answers().stream().filter(a -> a.ratio() < HELD).toList();
        if (weak.isEmpty()) {
            text.text(turn.t("mock.report.no-review"));
        } else {
            text.paragraph(Span.bold(turn.t("mock.report.review")));
            List<List<Span>> items = new ArrayList<>();
            for (MockAnswer a : weak) {
                String questionText = turn.engine()
                        .bank()
                        .question(a.questionId())
                        .map(q -> shorten(q.text().in(turn.lang())))
                        .orElse(a.questionId());
                items.add(List.of(
                        Span.plain(questionText + " — " + percent(a.covered(), a.total()) + "% "),
                        Span.code("/ask " + a.questionId())));
            }
            text.bullets(items);
            text.text(turn.t("mock.report.scheduled"));
        }
        return dev.sobes.core.chat.Reply.to(turn.conversation(), text.build())
                .withButtons(List.of(List.of(turn.button("button.menu", "menu"))));
    }

    /**
     * The highest level whose questions were answered with at least {@link #HELD} coverage, with
     * the figures that led to it.
     */
    static String estimate(Turn turn, MockState mock) {
        Level estimated = null;
        List<String> reasons = new ArrayList<>();
        for (Level level : Level.values()) {
            List<MockAnswer> at =
                    mock.answers().stream().filter(a -> a.level() == level).toList();
            if (at.isEmpty()) {
                continue;
            }
            int covered = at.stream().mapToInt(MockAnswer::covered).sum();
            int total = at.stream().mapToInt(MockAnswer::total).sum();
            reasons.add(turn.t(
                    "mock.report.level.at", turn.t("level." + level.code()), percent(covered, total), at.size()));
            if (total > 0 && (double) covered / total >= HELD) {
                estimated = level;
            }
        }
        String reason = String.join("; ", reasons);
        if (estimated == null) {
            return turn.t("mock.report.level.none", turn.t("level.junior"), Math.round(HELD * 100), reason);
        }
        return turn.t("mock.report.level.is", turn.t("level." + estimated.code()), Math.round(HELD * 100), reason);
    }

    static int percent(int covered, int total) {
        return total == 0 ? 0 : Math.round(100f * covered / total);
    }

    private static String shorten(String text) {
        String line = text.strip().replace('\n', ' ');
        return line.length() <= 90 ? line : line.substring(0, 87) + "…";
    }
}
