package dev.sobes.core.engine;

import dev.sobes.core.chat.PersonId;
import dev.sobes.core.model.Lang;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A person's daily reminder of due cards and their time zone, kept in the session of their direct
 * conversation with the bot. It is on while {@code next} is set; turning it off keeps the time and
 * the zone, so that {@code /remind on} brings it back as it was.
 *
 * @param person who is reminded
 * @param lang the language to remind in when the person has chosen none (a timer has no person to
 *     ask for theirs)
 * @param time the local time of day the reminder comes at; null until the person first gives one
 * @param zone the person's time zone; null until they set one, and then reminders keep to UTC
 * @param next when the reminder next comes; null when reminders are off
 * @param failures deliveries in a row the platform could not make; reset when the person writes
 */
public record Reminder(
        PersonId person,
        Lang lang,
        @Nullable LocalTime time,
        @Nullable ZoneId zone,
        @Nullable Instant next,
        int failures) {

    /** Failed deliveries in a row after which reminders turn off. */
    static final int MAX_FAILURES = 3;

    public Reminder {
        if (next != null && time == null) {
            throw new IllegalArgumentException("a reminder that is on needs a time of day");
        }
        if (failures < 0) {
            throw new IllegalArgumentException("failures are never negative");
        }
    }

    /** Nothing set yet. */
    static Reminder none(PersonId person, Lang lang) {
        return new Reminder(person, lang, null, null, null, 0);
    }

    boolean on() {
        return next != null;
    }

    /** The zone reminders keep to: the person's, or UTC. */
    ZoneId zoneOrUtc() {
        return zone == null ? TimeZones.UTC : zone;
    }

    Reminder lang(Lang value) {
        return new Reminder(person, value, time, zone, next, failures);
    }

    /** On, every day at {@code at} local time, from {@code now} on. */
    Reminder at(LocalTime at, Instant now) {
        return new Reminder(person, lang, at, zone, nextAfter(at, zoneOrUtc(), now), 0);
    }

    /** In another time zone: the same local time, so the next reminder moves with the zone. */
    Reminder in(ZoneId value, Instant now) {
        Instant moved = time == null || next == null ? null : nextAfter(time, value, now);
        return new Reminder(person, lang, time, value, moved, failures);
    }

    Reminder off() {
        return new Reminder(person, lang, time, zone, null, 0);
    }

    /** Came at {@code at}: the next one is the next day's, at the same local time. */
    Reminder cameAt(Instant at) {
        if (time == null) {
            return off();
        }
        return new Reminder(person, lang, time, zone, nextAfter(time, zoneOrUtc(), at), failures);
    }

    Reminder failed() {
        return new Reminder(person, lang, time, zone, next, failures + 1);
    }

    Reminder delivered() {
        return new Reminder(person, lang, time, zone, next, 0);
    }

    /**
     * The first moment after {@code after} when the clock in {@code zone} shows {@code time}. On the
     * day clocks go forward past that time it comes at the first minute after the gap; on the day
     * they go back over it, at the first of the two.
     */
    static Instant nextAfter(LocalTime time, ZoneId zone, Instant after) {
        LocalDate day = after.atZone(zone).toLocalDate();
        Instant candidate = ZonedDateTime.of(day, time, zone).toInstant();
        while (!candidate.isAfter(after)) {
            day = day.plusDays(1);
            candidate = ZonedDateTime.of(day, time, zone).toInstant();
        }
        return candidate;
    }
}
