package dev.sobes.core.engine;

import dev.sobes.core.chat.Button;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.model.Lang;
import java.util.ArrayList;
import java.util.List;

/**
 * One input being handled: where, for whom, in which language to answer, the session, the
 * replies. For a timer tick, the person is the one whose run the timer belongs to.
 */
final class Turn {
    private final Engine engine;
    private final Conversation conversation;
    private final PersonId person;
    private final List<Reply> replies = new ArrayList<>();
    private Lang lang;
    private Session session;

    Turn(Engine engine, Conversation conversation, PersonId person, Lang lang, Session session) {
        this.engine = engine;
        this.conversation = conversation;
        this.person = person;
        this.lang = lang;
        this.session = session;
    }

    Engine engine() {
        return engine;
    }

    PersonId person() {
        return person;
    }

    Conversation conversation() {
        return conversation;
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
