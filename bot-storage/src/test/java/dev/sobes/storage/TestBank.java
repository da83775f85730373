package dev.sobes.storage;

import dev.sobes.core.model.KeyPoint;
import dev.sobes.core.model.Level;
import dev.sobes.core.model.LocalizedText;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.model.Topic;
import java.util.List;

/** Three questions on Go channels, for driving the engine over a real store. */
final class TestBank {
    private TestBank() {}

    static final List<String> IDS = List.of("q-send", "q-close", "q-nil");

    static QuestionBank bank() {
        List<Question> questions = List.of(
                question("q-send", "What happens on a send to an unbuffered channel?", "blocks", "receiver"),
                question("q-close", "What does a receive from a closed channel return?", "zero", "false"),
                question("q-nil", "What does a send to a nil channel do?", "forever", "deadlock"));
        Pack pack = new Pack(
                "go",
                new LocalizedText("Go", "Go"),
                null,
                List.of(new Topic("channels", new LocalizedText("Каналы", "Channels"))),
                questions);
        return new QuestionBank(List.of(pack));
    }

    private static Question question(String id, String text, String first, String second) {
        return Question.open(
                id,
                "go",
                "channels",
                Level.JUNIOR,
                new LocalizedText(text, text),
                new LocalizedText("It " + first + " and " + second + ".", "It " + first + " and " + second + "."),
                List.of(
                        new KeyPoint(new LocalizedText(first, first), List.of(List.of(first))),
                        new KeyPoint(new LocalizedText(second, second), List.of(List.of(second)))));
    }
}
