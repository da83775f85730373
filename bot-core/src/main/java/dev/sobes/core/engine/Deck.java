package dev.sobes.core.engine;

import dev.sobes.core.chat.PersonId;
import dev.sobes.core.model.QuestionBank;
import dev.sobes.core.srs.Card;
import dev.sobes.core.srs.Review;
import dev.sobes.core.srs.Scheduler;
import dev.sobes.core.store.GradeRecord;
import dev.sobes.core.store.ProgressStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's cards, derived from their stored grades: each graded question's history is replayed
 * through the scheduler, so the cards are a pure function of what was saved and every process
 * that reads the same history sees the same due dates. The replay's fuzz is seeded from the
 * person, not from the process.
 */
final class Deck {
    private final List<Card> cards;

    private Deck(List<Card> cards) {
        this.cards = List.copyOf(cards);
    }

    static Deck of(PersonId person, ProgressStore progress, Scheduler scheduler, QuestionBank bank) {
        Map<String, List<Review>> histories = new LinkedHashMap<>();
        List<GradeRecord> grades = new ArrayList<>(progress.grades(person));
        grades.sort(Comparator.comparing(GradeRecord::at));
        for (GradeRecord grade : grades) {
            if (bank.question(grade.questionId()).isPresent()) {
                histories
                        .computeIfAbsent(grade.questionId(), id -> new ArrayList<>())
                        .add(new Review(grade.at(), grade.grade()));
            }
        }
        long seed = person.key().hashCode();
        List<Card> cards = new ArrayList<>();
        histories.forEach((questionId, history) -> cards.add(scheduler.replay(questionId, history, seed)));
        return new Deck(cards);
    }

    List<Card> cards() {
        return cards;
    }

    /** Cards due at {@code now}, most overdue first. */
    List<Card> due(Instant now) {
        return cards.stream()
                .filter(c -> !c.due().isAfter(now))
                .sorted(Comparator.comparing(Card::due).thenComparing(Card::questionId))
                .toList();
    }

    /** The earliest due date after {@code now}, if any card is not yet due. */
    java.util.Optional<Instant> nextDue(Instant now) {
        return cards.stream().map(Card::due).filter(d -> d.isAfter(now)).min(Comparator.naturalOrder());
    }
}
