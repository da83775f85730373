package dev.sobes.core.engine;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a time zone as people write it: an IANA name in any case ({@code Europe/Moscow},
 * {@code america/new_york}), a city that names one zone ({@code Berlin}, {@code New York}), or an
 * offset from UTC ({@code UTC+3}, {@code GMT-5:30}, {@code +03:00}, {@code UTC}).
 */
final class TimeZones {
    private static final Pattern OFFSET =
            Pattern.compile("(?:UTC|GMT)?\\s*([+\\-−])\\s*(\\d{1,2})(?:[:.]?(\\d{2}))?", Pattern.CASE_INSENSITIVE);
    /** The offsets of every time zone in use lie within these. */
    private static final int MIN_OFFSET_MINUTES = -12 * 60;

    private static final int MAX_OFFSET_MINUTES = 14 * 60;

    private static final List<String> NAMES = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/"))
            .sorted()
            .toList();

    /** UTC, named so. */
    static final ZoneId UTC = ZoneId.of("UTC");

    private TimeZones() {}

    /** What a person wrote, read. */
    sealed interface Reading permits Found, Unknown {}

    record Found(ZoneId zone) implements Reading {}

    /** Not a zone; {@code suggestions} are names it may have meant (a few, perhaps none). */
    record Unknown(List<String> suggestions) implements Reading {}

    static Reading read(String written) {
        String text = written.strip().replace(' ', '_');
        if (text.equalsIgnoreCase("UTC") || text.equalsIgnoreCase("GMT") || text.equalsIgnoreCase("Z")) {
            return new Found(UTC);
        }
        Matcher offset = OFFSET.matcher(written.strip());
        if (offset.matches()) {
            return offset(offset);
        }
        for (String name : NAMES) {
            if (name.equalsIgnoreCase(text)) {
                return new Found(ZoneId.of(name));
            }
        }
        String city = "/" + text.toLowerCase(Locale.ROOT);
        List<String> cities = NAMES.stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).endsWith(city))
                .toList();
        if (cities.size() == 1) {
            return new Found(ZoneId.of(cities.get(0)));
        }
        if (!cities.isEmpty()) {
            return new Unknown(cities.stream().limit(5).toList());
        }
        String part = text.toLowerCase(Locale.ROOT);
        List<String> near = part.length() < 3
                ? List.of()
                : NAMES.stream()
                        .filter(name -> name.toLowerCase(Locale.ROOT).contains(part))
                        .limit(5)
                        .toList();
        return new Unknown(near);
    }

    private static Reading offset(Matcher offset) {
        int sign = offset.group(1).equals("+") ? 1 : -1;
        int hours = Integer.parseInt(offset.group(2));
        String minutesText = offset.group(3);
        int minutes = minutesText == null ? 0 : Integer.parseInt(minutesText);
        int total = sign * (hours * 60 + minutes);
        if (minutes >= 60 || total < MIN_OFFSET_MINUTES || total > MAX_OFFSET_MINUTES) {
            return new Unknown(List.of());
        }
        try {
            ZoneOffset zoneOffset = ZoneOffset.ofTotalSeconds(total * 60);
            return new Found(zoneOffset.equals(ZoneOffset.UTC) ? UTC : ZoneId.ofOffset("UTC", zoneOffset));
        } catch (DateTimeException e) {
            return new Unknown(List.of());
        }
    }
}
