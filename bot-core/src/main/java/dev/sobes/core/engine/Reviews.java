package dev.sobes.core.engine;

import dev.sobes.core.model.Pack;
import dev.sobes.core.model.Question;
import dev.sobes.core.srs.Card;
import java.time.Instant;
import java.util.List;

/**
 * Review of due cards: the person's cards whose due date has come, most overdue first, each asked
 * and graded as in practice; grading reschedules the card.
 */
final class Reviews {
    private Reviews() {}

    static void start(Turn turn) {
        Instant now = turn.engine().clock().instant();
        Deck deck = turn.engine().deck(turn.person());
        if (deck.cards().isEmpty()) {
            turn.say("review.none-yet");
            return;
        }
        List<Card> due = deck.due(now);
        if (due.isEmpty()) {
            turn.say("review.nothing-due", When.describe(turn, deck.nextDue(now).orElse(now), now));
            return;
        }
        turn.session(turn.session().toBuilder()
                .kind(RunKind.REVIEW)
                .mock(null)
                .deadline(null)
                .selection(null)
                .pendingPack(null)
                .pendingTopic(null)
                .asked(List.of())
                .tally(Tally.EMPTY)
                .build());
        turn.say("review.start", due.size());
        askNext(turn);
    }

    static void askNext(Turn turn) {
        Instant now = turn.engine().clock().instant();
        Deck deck = turn.engine().deck(turn.person());
        Session session = turn.session();
        List<Card> due = deck.due(now).stream()
                .filter(c -> !session.asked().contains(c.questionId()))
                .toList();
        if (due.isEmpty()) {
            Tally tally = session.tally();
            turn.session(session.toBuilder()
                    .mode(Mode.IDLE)
                    .kind(RunKind.PRACTICE)
                    .questionId(null)
                    .tally(Tally.EMPTY)
                    .build());
            String next = deck.nextDue(now)
                    .map(at -> turn.t("review.next", When.describe(turn, at, now)))
                    .orElse("");
            turn.say("review.done", tally.answered(), next);
            return;
        }
        Question question =
                turn.engine().bank().question(due.get(0).questionId()).orElseThrow();
        Pack pack = turn.engine().bank().pack(question.packId()).orElseThrow();
        Practice.ask(turn, pack, question, session.seq() + 1, due.size());
    }
}
