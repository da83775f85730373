package dev.sobes.discord;

import dev.sobes.core.model.KeyPoint;
import dev.sobes.core.model.Level;
import dev.sobes.core.model.LocalizedText;
import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.model.Topic;
import java.util.List;

/** A small question bank written for the adapter's tests. */
final class TestBank {
    private TestBank() {}

    static final Question UNBUFFERED = Question.open(
            "go-channels-unbuffered",
            "go",
            "channels",
            Level.JUNIOR,
            new LocalizedText(
                    "Что происходит при отправке в небуферизованный канал?",
                    "What happens on a send to an unbuffered channel?"),
            new LocalizedText(
                    "Отправка блокируется, пока получатель не примет значение.",
                    "The send blocks until a receiver takes the value."),
            List.of(
                    new KeyPoint(
                            new LocalizedText("Отправка блокируется", "The send blocks"),
                            List.of(List.of("block", "blocks", "блокируется"))),
                    new KeyPoint(
                            new LocalizedText("До приёма значения получателем", "Until a receiver takes the value"),
                            List.of(List.of("receiver", "receive", "получатель")))));

    static final Question CLOSED = Question.open(
            "go-channels-closed-receive",
            "go",
            "channels",
            Level.JUNIOR,
            new LocalizedText(
                    "Что вернёт чтение из закрытого канала?", "What does a receive from a closed channel return?"),
            new LocalizedText("Нулевое значение и ok == false.", "The zero value and ok == false."),
            List.of(
                    new KeyPoint(
                            new LocalizedText("Нулевое значение", "The zero value"),
                            List.of(List.of("zero value", "нулевое значение"))),
                    new KeyPoint(
                            new LocalizedText("ok равно false", "ok is false"),
                            List.of(List.of("ok"), List.of("false")))));

    /** A question whose reference answer is longer than one embed, written with Markdown-like characters. */
    static final Question SCHEDULER = Question.open(
            "go-runtime-scheduler",
            "go",
            "runtime",
            Level.SENIOR,
            new LocalizedText("Как устроен планировщик Go?", "How does the Go scheduler work?"),
            new LocalizedText(longAnswer("Планировщик"), longAnswer("The scheduler")),
            List.of(new KeyPoint(
                    new LocalizedText("Модель G-M-P", "The G-M-P model"), List.of(List.of("gmp", "g-m-p")))));

    private static String longAnswer(String subject) {
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= 60; i++) {
            out.append(subject)
                    .append(" step ")
                    .append(i)
                    .append(": a *runnable* goroutine (G) waits in a run queue of a P_")
                    .append(i)
                    .append(" and runs on a thread M; `runtime.Gosched()` yields.\n\n");
        }
        return out.toString();
    }

    static QuestionBank bank() {
        Pack go = new Pack(
                "go",
                new LocalizedText("Go: собеседование", "Go interview"),
                null,
                List.of(
                        new Topic("channels", new LocalizedText("Каналы", "Channels")),
                        new Topic("runtime", new LocalizedText("Рантайм", "Runtime"))),
                List.of(UNBUFFERED, CLOSED, SCHEDULER));
        return new QuestionBank(List.of(go));
    }

    /** A pack with more topics than one message has room for buttons. */
    static QuestionBank manyTopics(int topics) {
        List<Topic> all = new java.util.ArrayList<>();
        List<Question> questions = new java.util.ArrayList<>();
        for (int i = 1; i <= topics; i++) {
            String id = "topic-" + i;
            all.add(new Topic(id, LocalizedText.of("Topic " + i)));
            questions.add(Question.open(
                    "q-" + i,
                    "many",
                    id,
                    Level.JUNIOR,
                    LocalizedText.of("Question of topic " + i + "?"),
                    LocalizedText.of("Answer " + i + "."),
                    List.of(new KeyPoint(LocalizedText.of("Point " + i), List.of(List.of("point"))))));
        }
        return new QuestionBank(List.of(new Pack("many", LocalizedText.of("Many topics"), null, all, questions)));
    }
}
