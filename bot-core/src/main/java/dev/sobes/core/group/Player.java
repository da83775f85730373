package dev.sobes.core.group;

import dev.sobes.core.chat.PersonId;
import dev.sobes.core.model.Lang;
import java.util.ArrayList;
import java.util.List;

/**
 * A participant of a group interview.
 *
 * @param lang the language of the messages only they see
 * @param fromRound the first question they play: 1 when they joined in the lobby, the next question
 *     when they joined later
 * @param left true once they left; their points stay on the scoreboard
 * @param points the points of every revealed question
 * @param millis the time they took to answer, over every revealed question they played (the whole
 *     time when they gave no answer); it ranks equal points
 * @param played what each revealed question gave them
 */
public record Player(
        PersonId id,
        String name,
        Lang lang,
        int fromRound,
        boolean left,
        int points,
        long millis,
        List<Played> played) {
    public Player {
        played = List.copyOf(played);
    }

    static Player joining(PersonId id, String name, Lang lang, int fromRound) {
        return new Player(id, name, lang, fromRound, false, 0, 0, List.of());
    }

    /** Whether they answer question {@code round}. */
    boolean plays(int round) {
        return !left && round >= fromRound;
    }

    Player named(String newName, Lang newLang) {
        return new Player(id, newName, newLang, fromRound, left, points, millis, played);
    }

    Player rejoining(int round) {
        return new Player(id, name, lang, round, false, points, millis, played);
    }

    Player leaving() {
        return new Player(id, name, lang, fromRound, true, points, millis, played);
    }

    Player scoring(Played result, long tookMillis) {
        List<Played> all = new ArrayList<>(played);
        all.add(result);
        return new Player(id, name, lang, fromRound, left, points + result.points(), millis + tookMillis, all);
    }
}
