package dev.sobes.bench;

import dev.sobes.content.ContentLoader;
import dev.sobes.content.LoadResult;
import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.Conversation;
import dev.sobes.core.chat.Person;
import dev.sobes.core.chat.PersonId;
import dev.sobes.core.chat.Platform;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.TextMessage;
import dev.sobes.core.engine.ActionCodec;
import dev.sobes.core.engine.Engine;
import dev.sobes.core.model.Question;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.store.InMemoryStore;
import dev.sobes.core.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * What the benchmarks share: the repository's question packs, a person's 1,000-character answer in
 * Russian, and a practice that has just asked a question. The content folder is {@code content}
 * under the working directory, or the system property {@code sobes.content}.
 */
public final class Fixtures {
    /** The question every benchmark answers: an open question with a long reference answer. */
    public static final String QUESTION_ID = "go-channels-what-and-why";

    public static final int ANSWER_LENGTH = 1000;

    private Fixtures() {}

    public static Path contentDir() {
        Path dir = Path.of(System.getProperty("sobes.content", "content")).toAbsolutePath();
        if (!Files.isDirectory(dir.resolve("go"))) {
            throw new IllegalStateException("No question packs in " + dir
                    + ": run from the repository's root or pass -Dsobes.content=/path/to/content");
        }
        return dir;
    }

    /** Loads and validates the packs; any error is a broken fixture. */
    public static QuestionBank bank() {
        try {
            LoadResult loaded = new ContentLoader().load(contentDir());
            if (!loaded.errors().isEmpty()) {
                throw new IllegalStateException("The content has errors: " + loaded.errors());
            }
            return loaded.bank();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Question question(QuestionBank bank) {
        return bank.question(QUESTION_ID).orElseThrow(() -> new IllegalStateException("no question " + QUESTION_ID));
    }

    /**
     * A person's answer as they would type it: the question's Russian reference answer in one
     * paragraph, cut to {@code length} characters (repeated when it is shorter).
     */
    public static String russianAnswer(Question question, int length) {
        String reference = question.answer().ru().replaceAll("\\s+", " ").strip();
        StringBuilder answer = new StringBuilder(length);
        while (answer.length() < length) {
            answer.append(reference).append(' ');
        }
        return answer.substring(0, length);
    }

    public static Conversation conversation(int n) {
        return Conversation.direct(Platform.TELEGRAM, String.valueOf(100_000 + n));
    }

    public static Person person(int n) {
        return new Person(new PersonId(Platform.TELEGRAM, String.valueOf(100_000 + n)), "Person " + n, "ru");
    }

    /** An engine as the launcher makes it, with a fixed seed and button secret. */
    public static Engine engine(QuestionBank bank, Store store, Clock clock) {
        byte[] secret = "sobes-benchmark-button-secret".getBytes(StandardCharsets.US_ASCII);
        return new Engine(() -> bank, store, clock, 42L, new ActionCodec(Arrays.copyOf(secret, 32)));
    }

    /** Asks person {@code n} the benchmark question in their direct conversation. */
    public static List<Reply> ask(Engine engine, int n) {
        return engine.handle(new Command(
                conversation(n), person(n), "ask", List.of(QUESTION_ID), "ask-" + n + "-" + System.nanoTime()));
    }

    /** The feedback card for the benchmark answer, as the engine makes it. */
    public static Reply feedbackCard(QuestionBank bank) {
        Engine engine = engine(bank, new InMemoryStore(), Clock.systemUTC());
        ask(engine, 0);
        List<Reply> replies = engine.handle(
                new TextMessage(conversation(0), person(0), russianAnswer(question(bank), ANSWER_LENGTH), "answer-0"));
        return replies.stream()
                .filter(r -> r.key() != null && r.key().startsWith("f"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no feedback card among " + replies));
    }
}
