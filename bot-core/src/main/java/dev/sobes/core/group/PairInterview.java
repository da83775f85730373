package dev.sobes.core.group;

import dev.sobes.core.chat.PersonId;
import dev.sobes.core.model.Lang;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An interview of one member by another in a group conversation: part of its session. The
 * conversation sees only the questions; the interviewer privately sees the key points, the
 * reference answer and follow-ups, and ticks what the candidate covered.
 *
 * @param interviewerLang the language of what only the interviewer sees
 * @param candidate who is interviewed: until they are ready, the person invited by name, or null
 *     when anyone but the interviewer may take the seat
 * @param ready whether the candidate has taken the seat and the questions have begun
 * @param lang the language of the messages everyone sees: the interviewer's
 * @param plan the questions, in order
 * @param round the number of the open question; 0 before the first
 * @param ticks the key points ticked for the open question
 * @param covered the ticks of every question closed so far
 */
public record PairInterview(
        String id,
        PersonId interviewer,
        String interviewerName,
        Lang interviewerLang,
        @Nullable PersonId candidate,
        @Nullable String candidateName,
        @Nullable Lang candidateLang,
        boolean ready,
        Lang lang,
        String packId,
        List<String> plan,
        int round,
        List<Boolean> ticks,
        List<List<Boolean>> covered,
        Instant startedAt) {

    public PairInterview {
        plan = List.copyOf(plan);
        ticks = List.copyOf(ticks);
        covered = covered.stream().map(List::copyOf).toList();
    }

    @Nullable
    String questionId() {
        return round >= 1 && round <= plan.size() ? plan.get(round - 1) : null;
    }

    PairInterview seated(PersonId person, String name, Lang personLang) {
        return new PairInterview(
                id,
                interviewer,
                interviewerName,
                interviewerLang,
                person,
                name,
                personLang,
                true,
                lang,
                packId,
                plan,
                round,
                ticks,
                covered,
                startedAt);
    }

    PairInterview asking(int number, int points) {
        List<Boolean> none = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            none.add(false);
        }
        return new PairInterview(
                id,
                interviewer,
                interviewerName,
                interviewerLang,
                candidate,
                candidateName,
                candidateLang,
                ready,
                lang,
                packId,
                plan,
                number,
                none,
                covered,
                startedAt);
    }

    PairInterview toggled(int point) {
        List<Boolean> changed = new ArrayList<>(ticks);
        changed.set(point, !changed.get(point));
        return new PairInterview(
                id,
                interviewer,
                interviewerName,
                interviewerLang,
                candidate,
                candidateName,
                candidateLang,
                ready,
                lang,
                packId,
                plan,
                round,
                changed,
                covered,
                startedAt);
    }

    PairInterview closingQuestion() {
        List<List<Boolean>> all = new ArrayList<>(covered);
        all.add(ticks);
        return new PairInterview(
                id,
                interviewer,
                interviewerName,
                interviewerLang,
                candidate,
                candidateName,
                candidateLang,
                ready,
                lang,
                packId,
                plan,
                round,
                List.of(),
                all,
                startedAt);
    }
}
