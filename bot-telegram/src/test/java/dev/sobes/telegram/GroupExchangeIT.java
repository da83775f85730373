package dev.sobes.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Input;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.engine.Engine;
import dev.sobes.testkit.telegram.ChatView;
import dev.sobes.testkit.telegram.FakeGroup;
import dev.sobes.testkit.telegram.FakeUser;
import dev.sobes.testkit.telegram.SentMessage;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Several people with the bot in one group: commands with @botname, replies, topics, private replies. */
class GroupExchangeIT {
    private final Engine engine = BotUnderTest.engine();
    private final BotUnderTest sobes =
            BotUnderTest.start(BotUnderTest.fake().start(), UnaryOperator.identity(), this::engineWithPrivateNote);

    /** The engine, plus a command that answers privately, as group flows will. */
    private List<Reply> engineWithPrivateNote(Input input) {
        if (input instanceof Command command && command.name().equals("whisper")) {
            return List.of(Reply.to(
                            input.conversation(),
                            RichText.of("Only for you, " + command.person().displayName()))
                    .privateTo(command.person().id()));
        }
        return engine.handle(input);
    }

    @AfterEach
    void stop() {
        sobes.close();
    }

    @Test
    void oneAsksAnotherAnswersByReplyingAndGrades() {
        FakeGroup group = sobes.telegram.group(-100200, "Go study");
        ChatView anna = sobes.telegram.user(7, "Anna").language("en").in(group);
        ChatView boris = sobes.telegram.user(8, "Boris").language("en").in(group);
        String bot = "@" + sobes.telegram.botUsername();

        anna.sends("/practice" + bot + " mini channels junior");
        SentMessage question = anna.awaitReply(m -> m.text().contains("question 1"));

        boris.repliesTo(question, SoloPracticeIT.rightAnswerTo(question));
        SentMessage feedback = boris.awaitReply(m -> m.hasButton("Easy"));
        assertThat(feedback.text()).containsAnyOf("Key points covered: 3 of 3", "Correct");

        boris.taps(feedback, "Easy");
        SentMessage graded = boris.awaitReply(m -> m.messageId() == feedback.messageId() && m.edits() == 1);
        assertThat(graded.text()).contains("Your grade: Easy");

        anna.sends(bot + " one more thought");
        assertThat(anna.awaitReply(m -> true).text()).contains("already answered");
        assertThat(sobes.telegram.violations()).isEmpty();
        assertThat(sobes.telegram.unansweredCallbacks()).isEmpty();
    }

    @Test
    void chatterAndOtherBotsCommandsAreLeftAlone() {
        FakeGroup group = sobes.telegram.group(-100201, "Chatty");
        ChatView anna = sobes.telegram.user(7, "Anna").language("en").in(group);
        ChatView chris = sobes.telegram.user(9, "Chris").language("en").in(group);
        anna.sends("/practice mini channels junior");
        anna.awaitReply(m -> m.text().contains("question 1"));

        chris.sends("/stop@other_helper_bot");
        chris.sends("/practice@other_helper_bot");
        chris.sends("lunch at noon? @sobes_test_bot_not_this_one");
        chris.sends("/help");

        List<SentMessage> seenByChris = chris.awaitReplies(1);
        assertThat(seenByChris).hasSize(1);
        assertThat(seenByChris.get(0).text()).startsWith("Commands");
        assertThat(anna.messages()).as("the question, then the help").hasSize(2);
    }

    @Test
    void forumTopicsAreSeparateConversations() {
        FakeGroup forum = sobes.telegram.forum(-100300, "Interview club");
        int topic = forum.topic("Mock interviews");
        FakeUser anna = sobes.telegram.user(7, "Anna").language("en");
        ChatView inTopic = anna.inTopic(forum, topic);
        ChatView general = anna.in(forum);

        inTopic.sends("/practice mini channels junior");
        SentMessage question = inTopic.awaitReply(m -> m.text().contains("question 1"));
        assertThat(question.threadId()).isEqualTo(topic);

        general.sends("/stop");
        assertThat(general.awaitReply(m -> true).text()).startsWith("Nothing to stop");

        inTopic.repliesTo(question, SoloPracticeIT.rightAnswerTo(question));
        SentMessage feedback = inTopic.awaitReply(m -> m.hasButton("Good"));
        assertThat(feedback.threadId()).isEqualTo(topic);
        inTopic.taps(feedback, "Good");
        inTopic.awaitReply(m -> m.messageId() == feedback.messageId() && m.edits() == 1);
        assertThat(sobes.telegram.violations()).isEmpty();
    }

    @Test
    void privateReplyInAGroupGoesToThePersonsPrivateChat() {
        FakeGroup group = sobes.telegram.group(-100202, "Pairs");
        FakeUser dana = sobes.telegram.user(10, "Dana").language("en");
        dana.sends("/start");
        dana.dm().awaitReply(m -> m.hasButton("Practice"));

        dana.in(group).sends("/whisper");

        assertThat(dana.dm().awaitReply("Only for you").text()).isEqualTo("Only for you, Dana");
        assertThat(group.messages()).isEmpty();
    }

    @Test
    void privateReplyToSomeoneWhoNeverStartedTheBotLeavesANoteInTheGroup() {
        FakeGroup group = sobes.telegram.group(-100203, "Pairs");
        FakeUser eve = sobes.telegram.user(11, "<b>Eve</b> & co").language("en");

        eve.in(group).sends("/whisper");

        SentMessage note = eve.in(group).awaitReply("start");
        assertThat(note.text())
                .startsWith("<b>Eve</b> & co, I have a private message for you")
                .contains("@" + sobes.telegram.botUsername());
        assertThat(note.html()).contains("<a href=\"tg://user?id=11\">&lt;b&gt;Eve&lt;/b&gt; &amp; co</a>");
        assertThat(sobes.telegram.refusals()).hasSize(1);
        assertThat(sobes.telegram.violations()).isEmpty();
    }
}
