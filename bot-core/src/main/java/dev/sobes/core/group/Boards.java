package dev.sobes.core.group;

import dev.sobes.core.chat.Button;
import dev.sobes.core.chat.Reply;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.chat.Span;
import dev.sobes.core.store.Standing;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The leaderboard of a group chat or server: each person's points over its finished games, for the
 * last 7 days, the last 30 days, or all time. Threads of a chat share its board.
 */
final class Boards {
    static final String PREFIX = "lb:";
    static final int SHOWN = 10;
    private static final String KEY = "leaderboard";

    private Boards() {}

    /** The periods a board covers, with the commands' words for them. */
    enum Period {
        WEEK("week", Duration.ofDays(7)),
        MONTH("month", Duration.ofDays(30)),
        ALL("all", null);

        final String code;
        final @Nullable Duration length;

        Period(String code, @Nullable Duration length) {
            this.code = code;
            this.length = length;
        }

        static @Nullable Period parse(String word) {
            return switch (word.toLowerCase(Locale.ROOT)) {
                case "week", "w", "неделя", "неделю" -> WEEK;
                case "month", "m", "месяц" -> MONTH;
                case "all", "alltime", "всё", "все" -> ALL;
                default -> null;
            };
        }

        Instant since(Instant now) {
            return length == null ? Instant.EPOCH : now.minus(length);
        }
    }

    /** Shows the board; a press of a period button replaces the board it was under. */
    static void show(Play play, @Nullable String periodWord, boolean fromButton) {
        if (!play.where().group()) {
            play.tell("leaderboard.only-in-groups");
            return;
        }
        Period period = periodWord == null ? Period.ALL : Period.parse(periodWord);
        if (period == null) {
            play.tell("leaderboard.usage");
            return;
        }
        List<Standing> standings =
                new ArrayList<>(play.flow().store.standings(GroupFlow.board(play.where()), period.since(play.now())));
        standings.sort(Comparator.comparingInt(Standing::points)
                .reversed()
                .thenComparingInt(Standing::games)
                .thenComparing(Standing::name));
        RichText.Builder text = RichText.builder().paragraph(Span.bold(play.t("leaderboard.header." + period.code)));
        if (standings.isEmpty()) {
            text.text(play.t("leaderboard.empty"));
        }
        List<List<Span>> lines = new ArrayList<>();
        for (int i = 0; i < standings.size() && i < SHOWN; i++) {
            Standing s = standings.get(i);
            lines.add(List.of(Span.plain(play.t("leaderboard.line", i + 1, s.name(), s.points(), s.games()))));
        }
        text.bullets(lines);
        for (int i = SHOWN; i < standings.size(); i++) {
            if (standings.get(i).person().equals(play.person().id())) {
                Standing s = standings.get(i);
                text.text(play.t("leaderboard.yours", i + 1, s.points(), s.games()));
            }
        }
        List<Button> row = List.of(
                play.button(play.t("button.week"), PREFIX + Period.WEEK.code),
                play.button(play.t("button.month"), PREFIX + Period.MONTH.code),
                play.button(play.t("button.all-time"), PREFIX + Period.ALL.code));
        Reply reply = play.reply(text.build(), List.of(row));
        play.post(fromButton ? reply.replacing(KEY) : reply.withKey(KEY));
    }
}
