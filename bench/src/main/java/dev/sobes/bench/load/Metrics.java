package dev.sobes.bench.load;

import java.util.ArrayList;
import java.util.List;

/** Times of every answer turn, question turn and bot message in a run (nanoTime), for the report. */
final class Metrics {
    /** A turn: when the person acted, and when the fake took the bot's reply. */
    record Turn(long sentAt, long repliedAt) {
        long latencyNanos() {
            return repliedAt - sentAt;
        }
    }

    private final List<Turn> answers = new ArrayList<>();
    private final List<Turn> questions = new ArrayList<>();
    private final List<Long> messages = new ArrayList<>();

    synchronized void answered(long sentAt, long repliedAt) {
        answers.add(new Turn(sentAt, repliedAt));
    }

    synchronized void asked(long sentAt, long repliedAt) {
        questions.add(new Turn(sentAt, repliedAt));
    }

    synchronized void message(long at) {
        messages.add(at);
    }

    synchronized List<Turn> answers() {
        return List.copyOf(answers);
    }

    synchronized List<Turn> questions() {
        return List.copyOf(questions);
    }

    synchronized List<Long> messages() {
        return List.copyOf(messages);
    }
}
