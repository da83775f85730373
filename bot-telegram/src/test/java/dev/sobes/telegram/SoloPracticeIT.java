package dev.sobes.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.testkit.telegram.ChatView;
import dev.sobes.testkit.telegram.FakeUser;
import dev.sobes.testkit.telegram.SentMessage;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A whole solo practice in a private chat, through TelegramBots, as the person sees it. */
class SoloPracticeIT {
    private final BotUnderTest sobes = BotUnderTest.start();

    @AfterEach
    void stop() {
        sobes.close();
    }

    @Test
    void practiceFromStartToSummaryWithButtonsAndCommands() {
        FakeUser anna = sobes.telegram.user(7, "Anna").language("en");
        ChatView chat = anna.dm();

        anna.sends("/start");
        SentMessage menu = chat.awaitReply(m -> m.hasButton("Practice"));
        assertThat(menu.text()).startsWith("Welcome to Sobes");
        assertThat(menu.html()).contains("<b>Welcome to Sobes");

        chat.taps(menu, "Practice");
        SentMessage topics = chat.awaitReply(m -> m.hasButton("Channels"));
        assertThat(topics.text()).isEqualTo("Choose a topic in Mini pack:");

        chat.taps(topics, "Channels");
        chat.taps(chat.awaitReply(m -> m.hasButton("Junior")), "Junior");
        SentMessage first = chat.awaitReply(m -> m.text().contains("question 1"));
        assertThat(first.text()).startsWith("Channels · Junior · question 1");
        assertThat(first.allButtons()).extracting(b -> b.text()).containsExactly("Hint", "Skip", "Stop");

        chat.sends(rightAnswerTo(first));
        SentMessage feedback = chat.awaitReply(m -> m.hasButton("Good"));
        assertThat(feedback.text()).containsAnyOf("Key points covered: 3 of 3", "Correct");

        chat.taps(feedback, "Good");
        SentMessage graded = chat.awaitReply(m -> m.messageId() == feedback.messageId() && m.edits() == 1);
        assertThat(graded.text()).contains("Your grade: Good. Saved.");
        assertThat(graded.hasButton("Good")).as("grade buttons go once graded").isFalse();

        chat.taps(graded, "Next");
        SentMessage second = chat.awaitReply(m -> m.text().contains("question 2"));
        chat.sends("I have no idea");
        chat.awaitReply(m -> m.hasButton("Again"));

        chat.sends("/stop");
        SentMessage summary = chat.awaitReply("Practice summary");
        assertThat(summary.text()).contains("answered: 2");
        assertThat(second.messageId()).isGreaterThan(first.messageId());

        assertThat(sobes.telegram.violations()).isEmpty();
        assertThat(sobes.telegram.unansweredCallbacks()).isEmpty();
    }

    @Test
    void deepLinkAsksThatQuestion() {
        FakeUser boris = sobes.telegram.user(8, "Boris").language("ru");

        boris.sends("/start q_mini-channels-unbuffered");

        SentMessage question = boris.dm().awaitReply("небуферизованный");
        assertThat(question.text()).contains("Что происходит при отправке в небуферизованный канал?");
        assertThat(question.allButtons()).extracting(b -> b.text()).contains("Подсказка");
    }

    @Test
    void longReferenceAnswerArrivesInPiecesAndGradingEditsThem() {
        FakeUser anna = sobes.telegram.user(7, "Anna").language("en");
        ChatView chat = anna.dm();
        anna.sends("/ask mini-internals-scheduler");
        SentMessage question = chat.awaitReply("How does the goroutine scheduler work? (<G>, <M> & <P>)");
        assertThat(question.html()).contains("(&lt;G&gt;, &lt;M&gt; &amp; &lt;P&gt;)");

        chat.sends("Each P has a local run queue, there is a global one, a blocked goroutine is parked.");
        SentMessage last = chat.awaitReply(m -> m.hasButton("Hard"));
        List<SentMessage> pieces = chat.news();
        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(pieces).allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(4096));
        assertThat(pieces.get(pieces.size() - 1)).isEqualTo(last);
        assertThat(pieces.subList(0, pieces.size() - 1))
                .allSatisfy(p -> assertThat(p.buttons()).isEmpty());
        assertThat(String.join("", pieces.stream().map(SentMessage::html).toList()))
                .contains("<pre><code class=\"language-go\">")
                .contains("buffer &lt; 2 &amp;&amp; &gt; 0");

        chat.taps(last, "Hard");
        SentMessage graded = chat.awaitReply(m -> m.messageId() == last.messageId() && m.edits() == 1);
        assertThat(graded.hasButton("Hard")).isFalse();
        assertThat(graded.hasButton("Next")).isTrue();
        assertThat(chat.messages()).hasSize(pieces.size() + 1);
        assertThat(sobes.telegram.violations()).isEmpty();
    }

    static String rightAnswerTo(SentMessage question) {
        return question.text().contains("unbuffered")
                ? "The send blocks until a receiver takes the value; it synchronizes the two goroutines."
                : "1\n2";
    }
}
