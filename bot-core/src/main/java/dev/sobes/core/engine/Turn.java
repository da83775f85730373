package dev.sobes.core.engine;

import dev.sobes.core.chat.Button;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.UserInput;
import dev.sobes.core.model.Lang;
import java.util.ArrayList;
import java.util.List;

/** One input being handled: who sent it, in which language to answer, the session, the replies. */
final class Turn {
    private final Engine engine;
    private final UserInput input;
    private final List<Reply> replies = new ArrayList<>();
    private Lang lang;
    private Session session;

    Turn(Engine engine, UserInput input, Lang lang, Session session) {
        this.engine = engine;
        this.input = input;
        this.lang = lang;
        this.session = session;
    }

    Engine engine() {
        return engine;
    }

    Person person() {
        return input.person();
    }

    Conversation conversation() {
        return input.conversation();
    }

    Lang lang() {
        return lang;
    }

    void lang(Lang value) {
        lang = value;
    }

    Session session() {
        return session;
    }

    void session(Session value) {
        session = value;
    }

    List<Reply> replies() {
        return List.copyOf(replies);
    }

    String t(String key, Object... args) {
        return engine.texts().get(lang, key, args);
    }

    Button button(String labelKey, String payload) {
        return new Button(t(labelKey), engine.actions().issue(conversation(), payload));
    }

    Button buttonLabelled(String label, String payload) {
        return new Button(label, engine.actions().issue(conversation(), payload));
    }

    void say(String key, Object... args) {
        send(RichText.of(t(key, args)), List.of());
    }

    void send(RichText text, List<List<Button>> buttons) {
        replies.add(Reply.to(conversation(), text).withButtons(buttons));
    }

    void send(Reply reply) {
        replies.add(reply);
    }
}
