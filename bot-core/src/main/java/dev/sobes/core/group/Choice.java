package dev.sobes.core.group;

import dev.sobes.core.chat.PersonId;
import dev.sobes.core.model.Level;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a host asked for when opening a game or an interview, read from the command's arguments in
 * any order: a pack, topics, a level, a number of questions, a time per question, {@code open}.
 */
record Choice(
        Pack pack,
        List<String> topics,
        @Nullable Level level,
        int questions,
        long seconds,
        boolean showAnswers,
        @Nullable PersonId candidate) {
    static final int DEFAULT_QUESTIONS = 5;
    static final int MAX_QUESTIONS = 20;
    static final long DEFAULT_SECONDS = 120;
    static final long MIN_SECONDS = 30;
    static final long MAX_SECONDS = 1800;

    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern TIME = Pattern.compile("(\\d{1,4})(m|min|м|мин|s|sec|с|сек)");

    /** Reads the arguments; on a mistake, tells the person what was wrong and returns null. */
    static @Nullable Choice read(Play play, dev.sobes.core.chat.Command command, boolean interview) {
        List<Pack> packs = play.bank().packs().stream()
                .filter(p -> !p.questions().isEmpty())
                .toList();
        if (packs.isEmpty()) {
            play.tell("error.no-content");
            return null;
        }
        Pack pack = packs.get(0);
        boolean packGiven = false;
        List<String> topics = new ArrayList<>();
        Level level = null;
        int questions = DEFAULT_QUESTIONS;
        long seconds = DEFAULT_SECONDS;
        boolean open = false;
        PersonId candidate = null;
        List<String> unknown = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String raw : command.args()) {
            String arg = raw.toLowerCase(Locale.ROOT);
            Optional<Pack> asPack =
                    play.bank().pack(arg).filter(p -> !p.questions().isEmpty());
            if (asPack.isPresent() && !packGiven) {
                pack = asPack.get();
                packGiven = true;
            } else {
                rest.add(raw);
            }
        }
        for (String raw : rest) {
            String arg = raw.toLowerCase(Locale.ROOT);
            Optional<PersonId> mentioned = command.mentioned(raw);
            Matcher time = TIME.matcher(arg);
            Optional<Level> asLevel = level(arg);
            if (interview && mentioned.isPresent() && candidate == null) {
                candidate = mentioned.get();
            } else if (asLevel.isPresent()) {
                level = asLevel.get();
            } else if (arg.equals("mixed") || arg.equals("микс")) {
                level = null;
            } else if (arg.equals("all") || arg.equals("все")) {
                topics.clear();
            } else if (NUMBER.matcher(arg).matches()) {
                questions = Integer.parseInt(arg);
                if (questions < 1 || questions > MAX_QUESTIONS) {
                    play.tell("group.length", MAX_QUESTIONS);
                    return null;
                }
            } else if (!interview && time.matches()) {
                long amount = Long.parseLong(time.group(1));
                boolean minutes = time.group(2).startsWith("m") || time.group(2).startsWith("м");
                seconds = minutes ? amount * 60 : amount;
                if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
                    play.tell("group.time", MIN_SECONDS, MAX_SECONDS / 60);
                    return null;
                }
            } else if (!interview && (arg.equals("open") || arg.equals("открыто"))) {
                open = true;
            } else if (pack.topic(arg).isPresent()) {
                if (!topics.contains(arg)) {
                    topics.add(arg);
                }
            } else {
                unknown.add(raw);
            }
        }
        if (!unknown.isEmpty()) {
            String topicIds = pack.topics().stream().map(Topic::id).collect(Collectors.joining(", "));
            String packIds = packs.stream().map(Pack::id).collect(Collectors.joining(", "));
            play.tell(
                    interview ? "interview.usage" : "group.usage",
                    String.join(", ", unknown),
                    packIds,
                    pack.id(),
                    topicIds);
            return null;
        }
        Choice choice = new Choice(pack, topics, level, questions, seconds, open, candidate);
        if (choice.pool().isEmpty()) {
            play.tell("group.empty-selection");
            return null;
        }
        return choice;
    }

    private static Optional<Level> level(String arg) {
        return switch (arg) {
            case "джун", "джуниор" -> Optional.of(Level.JUNIOR);
            case "мидл" -> Optional.of(Level.MIDDLE);
            case "сеньор", "синьор" -> Optional.of(Level.SENIOR);
            default -> Level.parse(arg);
        };
    }

    /** The questions the choice allows, in the pack's order. */
    List<Question> pool() {
        return pack.questions().stream()
                .filter(q -> topics.isEmpty() || topics.contains(q.topicId()))
                .filter(q -> level == null || q.level() == level)
                .toList();
    }

    /** Up to {@code count} questions of the pool in a random order drawn from {@code random}. */
    static List<String> plan(List<Question> pool, int count, SplittableRandom random) {
        List<String> ids = new ArrayList<>(pool.stream().map(Question::id).toList());
        for (int i = ids.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swap = ids.get(i);
            ids.set(i, ids.get(j));
            ids.set(j, swap);
        }
        return List.copyOf(ids.subList(0, Math.min(count, ids.size())));
    }

    GameSettings settings() {
        return new GameSettings(pack.id(), topics, level, questions, seconds, showAnswers);
    }
}
