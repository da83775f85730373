package dev.sobes.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sobes.core.chat.Attachment;
import dev.sobes.core.chat.ButtonPress;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.store.AnswerRecord;
import dev.sobes.core.store.Commit;
import dev.sobes.core.store.InMemoryStore;
import dev.sobes.core.store.Store;
import dev.sobes.core.store.StoreException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What an input changed is committed at once: redeliveries, lost races and store failures. */
class StoreCommitTest {
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final ActionCodec CODEC =
            new ActionCodec("a test secret for commits, long".getBytes(StandardCharsets.UTF_8));

    final InMemoryStore store = new InMemoryStore();

    static Engine engine(Store store, Instant now) {
        return new Engine(Fixtures::goOnly, store, Clock.fixed(now, ZoneOffset.UTC), 7, CODEC);
    }

    /** A store whose commits go through {@code commit} first, to stage what another process does. */
    static Store intercepting(Store store, Function<Commit, Commit.Outcome> commit) {
        return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class}, (p, m, a) -> {
            if (m.getName().equals("commit")) {
                return commit.apply((Commit) a[0]);
            }
            return m.invoke(store, a);
        });
    }

    @Test
    void aRedeliveredInputChangesNothingAndGetsNoReply() {
        Chat chat = new Chat(engine(store, NOW), "1", "en");
        chat.send("/ask go-sync-mutex");
        TextMessage answer = new TextMessage(chat.conversation, chat.person, "normal mode", "update-5");

        assertThat(chat.input(answer)).isNotEmpty();
        assertThat(chat.input(answer)).isEmpty();

        assertThat(store.answers(chat.person.id())).hasSize(1);
    }

    @Test
    void anInputThatLostARaceIsAppliedToTheSessionAsItNowIs() {
        Engine other = engine(store, NOW);
        AtomicInteger commits = new AtomicInteger();
        Engine engine = engine(
                intercepting(store, commit -> {
                    if (commits.incrementAndGet() == 2) {
                        // Another process asks a different question just before this answer lands.
                        other.handle(new Command(commit.conversation(), person("1"), "ask", List.of("go-sync-mutex")));
                    }
                    return store.commit(commit);
                }),
                NOW);
        Chat chat = new Chat(engine, "1", "en");
        chat.send("/ask go-channels-closed-receive");

        chat.send("normal mode and starvation");

        assertThat(chat.text()).contains("Key points covered: 2 of 3");
        assertThat(store.answers(chat.person.id()))
                .extracting(AnswerRecord::questionId)
                .containsExactly("go-sync-mutex");
    }

    @Test
    void afterRacesLostAgainAndAgainThePersonIsAskedToSendItAgain() {
        AtomicInteger tries = new AtomicInteger();
        Engine engine = engine(
                intercepting(store, commit -> {
                    tries.incrementAndGet();
                    return Commit.Outcome.CONFLICT;
                }),
                NOW);
        Chat chat = new Chat(engine, "1", "en");

        chat.send("/ask go-sync-mutex");

        assertThat(chat.text()).contains("could not be applied. Please send it again.");
        assertThat(tries).hasValue(Engine.MAX_ATTEMPTS);
        assertThat(store.load(chat.conversation.key())).isEmpty();
    }

    @Test
    void whenTheStoreFailsNothingIsConfirmed() {
        Engine engine = engine(
                intercepting(store, commit -> {
                    throw new StoreException("disk full", new RuntimeException("ENOSPC"));
                }),
                NOW);
        Chat chat = new Chat(engine, "1", "ru");

        chat.send("/ask go-sync-mutex");

        assertThat(chat.text()).contains("Не получилось сохранить").doesNotContain("Как устроен");
    }

    @Test
    void anExportSendsTheFileAndInAGroupOnlyToThePerson() {
        Engine engine = engine(store, NOW);
        Conversation group = new Conversation(Platform.TELEGRAM, "-100", null, true);
        Person ann = person("1");
        engine.handle(new Command(group, ann, "ask", List.of("go-sync-mutex")));
        engine.handle(new TextMessage(group, ann, "normal mode"));

        Reply export =
                engine.handle(new Command(group, ann, "export", List.of())).get(0);

        Attachment file = Objects.requireNonNull(export.attachment(), "the export's file");
        assertThat(new String(file.content(), StandardCharsets.UTF_8)).contains("normal mode");
        assertThat(export.privateTo()).isEqualTo(ann.id());
        assertThat(export.text().plainText()).contains("your answers (1), grades (0)");
    }

    @Test
    void forgettingIsConfirmedOnlyByThePersonWhoAskedAndOnlyForADay() {
        Conversation group = new Conversation(Platform.TELEGRAM, "-100", null, true);
        Person ann = person("1");
        Person bob = person("2");
        Engine today = engine(store, NOW);
        today.handle(new Command(group, ann, "ask", List.of("go-sync-mutex")));
        today.handle(new TextMessage(group, ann, "normal mode"));
        Reply confirm =
                today.handle(new Command(group, ann, "forget", List.of())).get(0);
        String yes = confirm.allButtons().get(0).action();

        assertThat(today.handle(new ButtonPress(group, bob, yes)).get(0).text().plainText())
                .contains("belongs to the person who asked");
        Engine twoDaysLater = engine(store, NOW.plus(Duration.ofDays(2)));
        assertThat(twoDaysLater
                        .handle(new ButtonPress(group, ann, yes))
                        .get(0)
                        .text()
                        .plainText())
                .contains("expired");
        assertThat(store.answers(ann.id())).hasSize(1);

        Engine tomorrow = engine(store, NOW.plus(Duration.ofDays(1)));
        Reply done = tomorrow.handle(new ButtonPress(group, ann, yes)).get(0);

        assertThat(done.text().plainText()).contains("is deleted");
        assertThat(done.replace()).isTrue();
        assertThat(store.answers(ann.id())).isEmpty();
        assertThat(store.load(group.key()))
                .as("a group's session is everyone's")
                .isPresent();
    }

    @Test
    void keepingTheDataDeletesNothing() {
        Chat chat = new Chat(engine(store, NOW), "1", "en");
        chat.send("/ask go-sync-mutex");
        chat.send("normal mode");
        chat.send("/forget");
        chat.press("Keep my data");

        assertThat(chat.text()).isEqualTo("Nothing was deleted.");
        assertThat(store.answers(chat.person.id())).hasSize(1);
    }

    static Person person(String id) {
        return new Person(new PersonId(Platform.TELEGRAM, "u" + id), "P" + id, "en");
    }
}
