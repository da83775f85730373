package dev.sobes.core.group;

import dev.sobes.core.model.KeyPoint;
import dev.sobes.core.model.Level;
import dev.sobes.core.model.LocalizedText;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.model.QuestionKind;
import dev.sobes.core.model.Topic;
import java.util.ArrayList;
import java.util.List;

/**
 * Questions for group tests. In pack "gen" every question has the key points "kappa", "lambda",
 * "sigma" and "omega", so an answer scores the number of those words it contains. Pack "print"
 * holds one "what does this print" question whose output is "5 5".
 */
final class TestBank {
    static final String FULL =
            "I would say that kappa comes first, then lambda follows from it, sigma is why it matters and omega is"
                    + " how it ends.";
    static final String HALF = "I think that kappa comes first and then lambda follows from it.";
    static final String QUARTER = "I only remember that kappa is part of it.";

    private TestBank() {}

    static QuestionBank create() {
        List<Topic> topics = List.of(
                new Topic("alpha", new LocalizedText("Альфа", "Alpha")),
                new Topic("beta", new LocalizedText("Бета", "Beta")));
        List<KeyPoint> points = new ArrayList<>();
        for (String term : List.of("kappa", "lambda", "sigma", "omega")) {
            points.add(new KeyPoint(LocalizedText.of("Point " + term), List.of(List.of(term))));
        }
        List<Question> questions = new ArrayList<>();
        for (Topic topic : topics) {
            for (Level level : Level.values()) {
                for (int n = 1; n <= 2; n++) {
                    String id = "gen-" + topic.id() + "-" + level.code() + "-" + n;
                    questions.add(new Question(
                            id,
                            "gen",
                            topic.id(),
                            level,
                            QuestionKind.OPEN,
                            LocalizedText.of("Question " + id + "?"),
                            LocalizedText.of("Reference answer of " + id + "."),
                            points,
                            null,
                            null,
                            List.of(),
                            List.of("print-append"),
                            List.of(),
                            List.of()));
                }
            }
        }
        Question print = new Question(
                "print-append",
                "print",
                "slices",
                Level.MIDDLE,
                QuestionKind.OUTPUT,
                LocalizedText.of("What does this program print?"),
                LocalizedText.of("b and c share one array."),
                List.of(),
                "package main\n\nimport \"fmt\"\n\nfunc main() {\n    a := make([]int, 3, 10)\n    b := append(a, 4)\n    c := append(a, 5)\n    fmt.Println(b[3], c[3])\n}\n",
                "5 5\n",
                List.of(),
                List.of(),
                List.of(),
                List.of());
        return new QuestionBank(List.of(
                new Pack("gen", LocalizedText.of("Generated"), null, topics, questions),
                new Pack(
                        "print",
                        LocalizedText.of("Printing"),
                        null,
                        List.of(new Topic("slices", LocalizedText.of("Slices"))),
                        List.of(print))));
    }
}
