package dev.sobes.core.engine;

import dev.sobes.core.model.KeyPoint;
import dev.sobes.core.model.Level;
import dev.sobes.core.model.LocalizedText;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.model.Topic;
import java.util.ArrayList;
import java.util.List;

/**
 * A pack of three topics with two questions at every level. Every question has the key points
 * "kappa", "lambda", "sigma" and "omega", so an answer's coverage is exactly the share of those
 * words it mentions in its sentences.
 */
final class GeneratedBank {
    static final String FULL =
            "I would say that kappa comes first, then lambda follows from it, sigma is why it matters and omega is"
                    + " how it ends.";
    static final String HALF = "I think that kappa comes first and then lambda follows from it.";
    static final String QUARTER = "I only remember that kappa is part of it.";

    private GeneratedBank() {}

    static QuestionBank create() {
        List<Topic> topics = List.of(
                new Topic("alpha", new LocalizedText("Альфа", "Alpha")),
                new Topic("beta", new LocalizedText("Бета", "Beta")),
                new Topic("gamma", new LocalizedText("Гамма", "Gamma")));
        List<KeyPoint> points = new ArrayList<>();
        for (String term : List.of("kappa", "lambda", "sigma", "omega")) {
            points.add(new KeyPoint(LocalizedText.of("Point " + term), List.of(List.of(term))));
        }
        List<Question> questions = new ArrayList<>();
        for (Topic topic : topics) {
            for (Level level : Level.values()) {
                for (int n = 1; n <= 2; n++) {
                    String id = "gen-" + topic.id() + "-" + level.code() + "-" + n;
                    questions.add(Question.open(
                            id,
                            "gen",
                            topic.id(),
                            level,
                            LocalizedText.of("Question " + id + "?"),
                            LocalizedText.of("Answer of " + id + "."),
                            points));
                }
            }
        }
        return new QuestionBank(List.of(new Pack("gen", LocalizedText.of("Generated"), null, topics, questions)));
    }
}
