package dev.sobes.bench.load;

import dev.sobes.testkit.telegram.ChatView;
import dev.sobes.testkit.telegram.InlineButton;
import dev.sobes.testkit.telegram.SentMessage;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One simulated person: starts a practice, answers each question after thinking, reads the
 * feedback, taps Next after thinking, and stops after the set number of answers. Counts what the
 * bot sent them, so lost and doubled replies show.
 */
final class Practiser {
    private final ChatView chat;
    private final int questions;
    private final long thinkNanos;
    private final Answers answers;
    private final Metrics metrics;
    private final ScheduledExecutorService actions;
    private final CountDownLatch finished;

    private int questionCards;
    private int feedbackCards;
    private int otherMessages;
    private int answered;
    private long answerSentAt;
    private long nextSentAt;
    private boolean awaitingFeedback;
    private boolean awaitingQuestion;
    private String lastOther = "";

    Practiser(
            ChatView chat,
            int questions,
            long thinkNanos,
            Answers answers,
            Metrics metrics,
            ScheduledExecutorService actions,
            CountDownLatch finished) {
        this.chat = chat;
        this.questions = questions;
        this.thinkNanos = thinkNanos;
        this.answers = answers;
        this.metrics = metrics;
        this.actions = actions;
        this.finished = finished;
    }

    long chatId() {
        return chat.chatId();
    }

    void start() {
        synchronized (this) {
            awaitingQuestion = true;
            nextSentAt = System.nanoTime();
        }
        chat.sends("/practice go all mixed");
    }

    /** A message the bot sent to this person. */
    void received(SentMessage message, long seenAt) {
        Runnable next = null;
        synchronized (this) {
            if (message.hasButton("Next")) {
                feedbackCards++;
                if (awaitingFeedback) {
                    awaitingFeedback = false;
                    metrics.answered(answerSentAt, seenAt);
                    if (answered >= questions) {
                        finished.countDown();
                    } else {
                        next = () -> tapNext(message);
                    }
                }
            } else if (message.hasButton("Hint")) {
                questionCards++;
                if (awaitingQuestion) {
                    awaitingQuestion = false;
                    metrics.asked(nextSentAt, seenAt);
                    next = () -> answer(message);
                }
            } else {
                otherMessages++;
                lastOther = message.text();
            }
        }
        if (next != null) {
            if (thinkNanos > 0) {
                ScheduledFuture<?> unused = actions.schedule(next, thinkNanos, TimeUnit.NANOSECONDS);
            } else {
                actions.execute(next);
            }
        }
    }

    private void answer(SentMessage card) {
        String text = answers.forCard(card.text());
        synchronized (this) {
            awaitingFeedback = true;
            answered++;
            answerSentAt = System.nanoTime();
        }
        chat.sends(text);
    }

    private void tapNext(SentMessage feedback) {
        InlineButton next = feedback.allButtons().stream()
                .filter(b -> b.text().equals("Next"))
                .findFirst()
                .orElseThrow();
        synchronized (this) {
            awaitingQuestion = true;
            nextSentAt = System.nanoTime();
        }
        chat.pressesCallback(feedback, Objects.requireNonNull(next.callbackData()));
    }

    /** Feedback cards and question cards this person should have had and did not. */
    synchronized int lostReplies() {
        return Math.max(0, questions - feedbackCards) + Math.max(0, questions - questionCards);
    }

    /** Feedback cards and question cards beyond those this person asked for. */
    synchronized int doubledReplies() {
        return Math.max(0, feedbackCards - questions) + Math.max(0, questionCards - questions);
    }

    synchronized int answersSent() {
        return answered;
    }

    synchronized int otherMessages() {
        return otherMessages;
    }

    synchronized String lastOther() {
        return lastOther;
    }
}
