package dev.sobes.core.group;

import dev.sobes.core.chat.Button;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.model.Lang;
import dev.sobes.core.model.QuestionBank;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One input being applied to a conversation's group flows: where, by whom (nobody for a tick), the
 * game or interview as it stands, and the replies so far. Messages everyone sees are in the game's
 * language; messages to one person in theirs.
 */
final class Play {
    private final GroupFlow flow;
    private final Conversation where;
    private final @Nullable Person person;
    private final Lang lang;
    private final List<Reply> replies = new ArrayList<>();
    private @Nullable GroupGame game;
    private @Nullable PairInterview interview;
    private boolean takesOver;

    Play(
            GroupFlow flow,
            Conversation where,
            @Nullable Person person,
            Lang lang,
            @Nullable GroupGame game,
            @Nullable PairInterview interview) {
        this.flow = flow;
        this.where = where;
        this.person = person;
        this.lang = lang;
        this.game = game;
        this.interview = interview;
    }

    GroupFlow flow() {
        return flow;
    }

    QuestionBank bank() {
        return flow.bank.get();
    }

    Instant now() {
        return flow.clock.instant();
    }

    Conversation where() {
        return where;
    }

    /** The person behind the input; only a tick has none, and ticks never ask. */
    Person person() {
        return Objects.requireNonNull(person, "a tick has no person");
    }

    /** The language of the person behind the input. */
    Lang lang() {
        return lang;
    }

    @Nullable
    GroupGame game() {
        return game;
    }

    void game(@Nullable GroupGame value) {
        game = value;
    }

    @Nullable
    PairInterview interview() {
        return interview;
    }

    void interview(@Nullable PairInterview value) {
        interview = value;
    }

    /** A game or interview opened: solo practice in this conversation ends. */
    void takeOver() {
        takesOver = true;
    }

    GroupFlow.Outcome outcome() {
        return new GroupFlow.Outcome(replies, game, interview, takesOver);
    }

    String t(Lang in, String key, Object... args) {
        return flow.texts.get(in, key, args);
    }

    /** A text in the language of the person behind the input. */
    String t(String key, Object... args) {
        return t(lang, key, args);
    }

    Button button(String label, String payload) {
        return new Button(label, flow.actions.issue(where, payload));
    }

    /** A message everyone in the conversation sees. */
    void post(Reply reply) {
        replies.add(reply);
    }

    Reply reply(RichText text, List<List<Button>> buttons) {
        return Reply.to(where, text).withButtons(buttons);
    }

    /** A message only the person behind the input sees, in their language. */
    void tell(String key, Object... args) {
        tell(person().id(), RichText.of(t(key, args)), List.of());
    }

    void tell(PersonId to, RichText text, List<List<Button>> buttons) {
        replies.add(Reply.to(where, text).withButtons(buttons).privateTo(to));
    }

    void send(Reply reply) {
        replies.add(reply);
    }
}
