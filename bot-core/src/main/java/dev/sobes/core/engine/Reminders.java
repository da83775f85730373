package dev.sobes.core.engine;

import dev.sobes.core.chat.Command;
import dev.sobes.core.chat.RichText;
import dev.sobes.core.model.Lang;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Daily reminders of due cards, in a direct conversation only: {@code /remind HH:MM [zone]} turns
 * them on at that local time, {@code /remind off} and {@code /remind on} turn them off and back on,
 * {@code /remind} shows the setting, {@code /timezone ZONE} sets the person's time zone. At the
 * time, a tick sends one message when cards are due and nothing when none are, and the next day's
 * time is set. A platform that cannot deliver to the conversation turns reminders off (see {@link
 * dev.sobes.core.chat.Unreachable}).
 */
final class Reminders {
    /**
     * A reminder missed by more than this (the bot was not running) is skipped rather than sent at
     * an hour the person did not choose; the next day's comes as usual.
     */
    static final Duration TOO_LATE = Duration.ofHours(6);

    private static final Set<String> COMMANDS = Set.of("remind", "timezone");
    private static final Set<String> OFF = Set.of("off", "stop", "выкл", "нет");
    private static final Set<String> ON = Set.of("on", "вкл", "да");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?");
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private Reminders() {}

    static boolean handles(Command command) {
        return COMMANDS.contains(command.name());
    }

    static void onCommand(Turn turn, Command command) {
        boolean timezone = command.name().equals("timezone");
        if (turn.conversation().group()) {
            turn.say(timezone ? "timezone.group" : "remind.group");
            return;
        }
        if (timezone) {
            timezone(turn, command.args());
        } else {
            remind(turn, command.args());
        }
    }

    /**
     * The reminder's time came: one message when cards are due, none when nothing is, and the next
     * day's time set either way. Early, late and repeated ticks are harmless: only the reminder's
     * own time counts.
     */
    static void onTick(Turn turn, Instant at) {
        Reminder reminder = turn.session().reminder();
        Instant due = reminder == null ? null : reminder.next();
        if (reminder == null || due == null || at.isBefore(due)) {
            return;
        }
        turn.session(turn.session().toBuilder().reminder(reminder.cameAt(at)).build());
        if (Duration.between(due, at).compareTo(TOO_LATE) > 0) {
            return;
        }
        int count = turn.engine().deck(reminder.person()).due(at).size();
        if (count == 0) {
            return;
        }
        turn.lang(turn.engine().progress().language(reminder.person()).orElse(reminder.lang()));
        turn.send(
                RichText.builder()
                        .text(turn.t("remind.due", count))
                        .text(turn.t("remind.due.footer", time(reminder)))
                        .build(),
                List.of(List.of(turn.button("button.review", "review"))));
    }

    /** The platform could not deliver to this conversation: see {@link dev.sobes.core.chat.Unreachable}. */
    static void onUnreachable(Turn turn, boolean permanent) {
        Reminder reminder = turn.session().reminder();
        if (reminder == null || !reminder.on()) {
            return;
        }
        Reminder after =
                permanent || reminder.failures() + 1 >= Reminder.MAX_FAILURES ? reminder.off() : reminder.failed();
        turn.session(turn.session().toBuilder().reminder(after).build());
    }

    /** The person wrote in their direct conversation, so it can be reached: failures start again from 0. */
    static void heardFrom(Turn turn) {
        Reminder reminder = turn.session().reminder();
        if (reminder != null && reminder.failures() > 0 && !turn.conversation().group()) {
            turn.session(
                    turn.session().toBuilder().reminder(reminder.delivered()).build());
        }
    }

    private static void remind(Turn turn, List<String> args) {
        Reminder reminder = current(turn);
        Instant now = turn.engine().clock().instant();
        if (args.isEmpty()) {
            show(turn, reminder, now);
            return;
        }
        String first = args.get(0).toLowerCase(Locale.ROOT);
        if (OFF.contains(first)) {
            if (!reminder.on()) {
                turn.say("remind.already-off");
                return;
            }
            save(turn, reminder.off());
            turn.say("remind.off");
            return;
        }
        LocalTime time;
        if (ON.contains(first)) {
            if (reminder.time() == null) {
                turn.say("remind.no-time");
                return;
            }
            time = reminder.time();
        } else {
            Matcher m = TIME.matcher(first);
            if (!m.matches()) {
                turn.say("remind.usage", args.get(0));
                return;
            }
            int hours = Integer.parseInt(m.group(1));
            int minutes = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            if (hours > 23 || minutes > 59) {
                turn.say("remind.bad-time", args.get(0));
                return;
            }
            time = LocalTime.of(hours, minutes);
        }
        if (args.size() > 1) {
            String written = String.join(" ", args.subList(1, args.size()));
            ZoneId zone = zone(turn, written);
            if (zone == null) {
                return;
            }
            reminder = reminder.in(zone, now);
        }
        Reminder set = reminder.at(time, now);
        save(turn, set);
        RichText.Builder text =
                RichText.builder().text(turn.t("remind.set", time(set), zoneName(set), next(turn, set, now)));
        if (set.zone() == null) {
            text.text(turn.t("remind.zone-hint"));
        }
        turn.send(text.build(), List.of());
    }

    private static void show(Turn turn, Reminder reminder, Instant now) {
        if (reminder.on()) {
            turn.say("remind.show.on", time(reminder), zoneName(reminder), next(turn, reminder, now));
        } else {
            turn.say("remind.show.off", zoneName(reminder));
        }
    }

    private static void timezone(Turn turn, List<String> args) {
        Reminder reminder = current(turn);
        Instant now = turn.engine().clock().instant();
        if (args.isEmpty()) {
            String localNow = LOCAL.format(now.atZone(reminder.zoneOrUtc()));
            if (reminder.zone() == null) {
                turn.say("timezone.show.unset", localNow);
            } else {
                turn.say("timezone.show", zoneName(reminder), localNow);
            }
            return;
        }
        ZoneId zone = zone(turn, String.join(" ", args));
        if (zone == null) {
            return;
        }
        Reminder moved = reminder.in(zone, now);
        save(turn, moved);
        RichText.Builder text =
                RichText.builder().text(turn.t("timezone.set", zoneName(moved), LOCAL.format(now.atZone(zone))));
        if (moved.on()) {
            text.text(turn.t("timezone.next", time(moved), next(turn, moved, now)));
        }
        turn.send(text.build(), List.of());
    }

    /** The zone {@code written} names; null after explaining that it names none. */
    private static @Nullable ZoneId zone(Turn turn, String written) {
        TimeZones.Reading reading = TimeZones.read(written);
        if (reading instanceof TimeZones.Found found) {
            return found.zone();
        }
        List<String> suggestions = ((TimeZones.Unknown) reading).suggestions();
        RichText.Builder text = RichText.builder().text(turn.t("timezone.unknown", written));
        if (!suggestions.isEmpty()) {
            text.text(turn.t("timezone.suggest", String.join(", ", suggestions)));
        }
        turn.send(text.build(), List.of());
        return null;
    }

    private static Reminder current(Turn turn) {
        Reminder stored = turn.session().reminder();
        Lang lang = turn.lang();
        return stored == null ? Reminder.none(turn.person(), lang) : stored.lang(lang);
    }

    private static void save(Turn turn, Reminder reminder) {
        turn.session(turn.session().toBuilder().reminder(reminder).build());
    }

    private static String time(Reminder reminder) {
        LocalTime time = reminder.time();
        return time == null ? "" : HOURS_MINUTES.format(time);
    }

    private static String zoneName(Reminder reminder) {
        return reminder.zoneOrUtc().getId();
    }

    /** When the next reminder comes, in the person's time: {@code 2026-11-28 09:00 (in 23 h)}. */
    private static String next(Turn turn, Reminder reminder, Instant now) {
        Instant next = reminder.next();
        if (next == null) {
            return "";
        }
        return LOCAL.format(next.atZone(reminder.zoneOrUtc())) + " (" + When.relative(turn, next, now) + ")";
    }
}
