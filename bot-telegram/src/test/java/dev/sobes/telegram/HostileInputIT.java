package dev.sobes.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.testkit.telegram.ChatView;
import dev.sobes.testkit.telegram.FakeGroup;
import dev.sobes.testkit.telegram.FakeUser;
import dev.sobes.testkit.telegram.SentMessage;
import dev.sobes.testkit.telegram.UserMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Input made to break things: markup, huge answers, other scripts, forged and stale buttons. */
class HostileInputIT {
    private final BotUnderTest sobes = BotUnderTest.start();

    @AfterEach
    void stop() {
        sobes.close();
        assertThat(sobes.telegram.violations())
                .as("nothing the bot sent broke Telegram's rules")
                .isEmpty();
    }

    private ChatView askedUnbuffered(FakeUser person) {
        ChatView chat = person.dm();
        person.sends("/ask mini-channels-unbuffered");
        chat.awaitReply(m -> m.hasButton("Hint") || m.hasButton("Подсказка"));
        return chat;
    }

    @Test
    void markupInAnswersAndNamesIsTextNotMarkup() {
        FakeUser mallory = sobes.telegram
                .user(66, "<b>Mal</b> &amp; <a href=\"x\">")
                .lastName("</pre>")
                .language("en");
        ChatView chat = askedUnbuffered(mallory);

        chat.sends("<script>alert(1)</script> & <b>it blocks</b> until a <i>receiver</i> &lt;takes&gt; it");

        SentMessage feedback = chat.awaitReply(m -> m.hasButton("Good"));
        assertThat(feedback.text()).contains("Key points covered: 2 of 3");
    }

    @Test
    void anAnswerAsLongAsTelegramAllowsGetsAClearLimit() {
        ChatView chat = askedUnbuffered(sobes.telegram.user(67, "Verbose").language("en"));

        chat.sends("blocks ".repeat(585) + "x");

        assertThat(chat.awaitReply("limit").text())
                .isEqualTo("Your answer is 4096 characters long; the limit is 4000. Shorten it and send it again.");
    }

    @Test
    void emojiAndRightToLeftTextPassUnharmed() {
        FakeUser layla = sobes.telegram.user(68, "ليلى 🌙").language("ar");
        ChatView chat = askedUnbuffered(layla);

        chat.sends("🚀 الإرسال blocks حتى receiver 👍🏽 synchronises");

        assertThat(chat.awaitReply(m -> m.hasButton("Good")).text()).contains("Key points covered: 3 of 3");
    }

    @Test
    void forgedAndStaleButtonsAreRefusedAndStillAnswered() {
        FakeUser anna = sobes.telegram.user(7, "Anna").language("en");
        ChatView chat = askedUnbuffered(anna);
        SentMessage first = chat.last();

        String forged = chat.pressesCallback(first, "grade:easy:1.AAAAAAAAAAAA");
        assertThat(chat.awaitReply("not one I can accept").text()).startsWith("That button is not one");

        chat.pressesCallback(first, "x".repeat(64));
        chat.awaitReply("not one I can accept");

        chat.taps(first, "Skip");
        chat.awaitReply(m -> m.text().contains("question 2"));
        chat.taps(first, "Hint");
        assertThat(chat.awaitReply("earlier message").text()).startsWith("That button belongs to an earlier message");

        assertThat(sobes.telegram.unansweredCallbacks()).doesNotContain(forged).isEmpty();
    }

    @Test
    void commandsForAnotherBotAreIgnoredEverywhere() {
        FakeUser anna = sobes.telegram.user(7, "Anna").language("en");
        FakeGroup group = sobes.telegram.group(-100400, "Bots");

        anna.sends("/start@some_other_bot");
        anna.sends("/help");
        assertThat(anna.dm().awaitReplies(1))
                .singleElement()
                .satisfies(m -> assertThat(m.text()).startsWith("Commands"));

        anna.in(group).sends("/start@some_other_bot q_mini-channels-unbuffered");
        anna.in(group).sends("/help@" + sobes.telegram.botUsername());
        assertThat(anna.in(group).awaitReplies(1))
                .singleElement()
                .satisfies(m -> assertThat(m.text()).startsWith("Commands"));
    }

    @Test
    void anEditedAnswerIsNotReadAndThePersonIsTold() {
        FakeUser anna = sobes.telegram.user(7, "Anna").language("en");
        ChatView chat = askedUnbuffered(anna);
        UserMessage answer = chat.sends("no idea");
        chat.awaitReply(m -> m.hasButton("Good"));

        chat.edits(answer, "It blocks until a receiver takes it");

        assertThat(chat.awaitReply("edited").text()).startsWith("I do not read edited messages");
    }
}
