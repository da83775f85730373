package dev.sobes.core.feedback;

import dev.sobes.core.model.KeyPoint;
import dev.sobes.core.model.Level;
import dev.sobes.core.model.LocalizedText;
import dev.sobes.core.model.Question;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The labelled evaluation set in {@code feedback/evaluation.yaml}: real questions with answers
 * written as candidates write them, each labelled with the key points it truly covers.
 */
record EvaluationSet(List<Item> items) {
    static final String RESOURCE = "/feedback/evaluation.yaml";

    record Item(Question question, List<Answer> answers) {}

    record Answer(String kind, String lang, Set<Integer> covers, String text) {}

    int answerCount() {
        return items.stream().mapToInt(i -> i.answers().size()).sum();
    }

    static EvaluationSet load() {
        try (InputStream in = Objects.requireNonNull(EvaluationSet.class.getResourceAsStream(RESOURCE), RESOURCE)) {
            Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<Item> items = new ArrayList<>();
            for (Object entry : list(map(root).get("questions"))) {
                items.add(item(map(entry)));
            }
            return new EvaluationSet(List.copyOf(items));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Item item(Map<?, ?> entry) {
        List<KeyPoint> points = new ArrayList<>();
        for (Object point : list(entry.get("key_points"))) {
            Map<?, ?> p = map(point);
            List<List<String>> terms = new ArrayList<>();
            for (Object group : list(p.get("terms"))) {
                terms.add(list(group).stream().map(String::valueOf).toList());
            }
            points.add(new KeyPoint(new LocalizedText(text(p, "ru"), text(p, "en")), terms));
        }
        String id = text(entry, "id");
        Question question = Question.open(
                id,
                text(entry, "pack"),
                text(entry, "topic"),
                Level.parse(text(entry, "level")).orElseThrow(),
                localized(entry.get("question")),
                localized(entry.get("answer")),
                points);
        List<Answer> answers = new ArrayList<>();
        for (Object a : list(entry.get("answers"))) {
            Map<?, ?> answer = map(a);
            Set<Integer> covers = new TreeSet<>();
            for (Object index : list(answer.get("covers"))) {
                int i = Integer.parseInt(String.valueOf(index));
                if (i < 0 || i >= points.size()) {
                    throw new IllegalArgumentException(id + ": no key point " + i);
                }
                covers.add(i);
            }
            answers.add(
                    new Answer(text(answer, "kind"), text(answer, "lang"), Set.copyOf(covers), text(answer, "text")));
        }
        return new Item(question, List.copyOf(answers));
    }

    private static LocalizedText localized(@Nullable Object value) {
        Map<?, ?> map = map(value);
        return new LocalizedText(text(map, "ru"), text(map, "en"));
    }

    private static String text(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalArgumentException("missing " + key + " in " + map);
        }
        return String.valueOf(value);
    }

    private static Map<?, ?> map(@Nullable Object value) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException("expected a mapping, got " + value);
    }

    private static List<?> list(@Nullable Object value) {
        if (value instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException("expected a list, got " + value);
    }
}
