package dev.sobes.content;

import dev.sobes.core.model.Level;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.model.QuestionKind;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How much a bank holds: packs, topics, and questions by level and by kind. */
public record ContentStats(
        int packs, int topics, int questions, Map<Level, Integer> byLevel, Map<QuestionKind, Integer> byKind) {

    public ContentStats {
        byLevel = Collections.unmodifiableMap(new EnumMap<>(byLevel));
        byKind = Collections.unmodifiableMap(new EnumMap<>(byKind));
    }

    public static ContentStats of(QuestionBank bank) {
        Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
        Map<QuestionKind, Integer> byKind = new EnumMap<>(QuestionKind.class);
        for (Level level : Level.values()) {
            byLevel.put(level, 0);
        }
        for (QuestionKind kind : QuestionKind.values()) {
            byKind.put(kind, 0);
        }
        int topics = 0;
        int questions = 0;
        for (Pack pack : bank.packs()) {
            topics += pack.topics().size();
            for (Question q : pack.questions()) {
                questions++;
                byLevel.merge(q.level(), 1, Integer::sum);
                byKind.merge(q.kind(), 1, Integer::sum);
            }
        }
        return new ContentStats(bank.packs().size(), topics, questions, byLevel, byKind);
    }

    /** Like {@code 2 packs, 24 topics, 130 questions (junior 40, middle 60, senior 30; open 110, output 20)}. */
    @Override
    public String toString() {
        return count(packs, "pack") + ", " + count(topics, "topic") + ", " + count(questions, "question") + " ("
                + join(byLevel) + "; " + join(byKind) + ")";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String join(Map<? extends Enum<?>, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
