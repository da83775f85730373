package dev.sobes.core.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How a moment is told to a person: how far off it is, and the date and time in UTC. */
final class When {
    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private When() {}

    static String describe(Turn turn, Instant at, Instant now) {
        return relative(turn, at, now) + " (" + FORMAT.format(at) + ")";
    }

    /** How far off {@code at} is: "now", "in 5 min", "in 3 h", "in 2 days". */
    static String relative(Turn turn, Instant at, Instant now) {
        Duration until = Duration.between(now, at);
        String relative;
        if (until.toMinutes() < 1) {
            relative = turn.t("when.now");
        } else if (until.toHours() < 1) {
            relative = turn.t("when.minutes", until.toMinutes());
        } else if (until.toDays() < 2) {
            relative = turn.t("when.hours", until.toHours());
        } else {
            relative = turn.t("when.days", until.toDays());
        }
        return relative;
    }
}
