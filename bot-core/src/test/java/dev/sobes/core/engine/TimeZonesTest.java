package dev.sobes.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeZonesTest {
    static String read(String written) {
        TimeZones.Reading reading = TimeZones.read(written);
        return reading instanceof TimeZones.Found found ? found.zone().getId() : "unknown";
    }

    @Test
    void namesAreReadInAnyCase() {
        assertThat(read("Europe/Moscow")).isEqualTo("Europe/Moscow");
        assertThat(read("europe/berlin")).isEqualTo("Europe/Berlin");
        assertThat(read("America/New York")).isEqualTo("America/New_York");
    }

    @Test
    void aCityThatNamesOneZoneIsThatZone() {
        assertThat(read("Kolkata")).isEqualTo("Asia/Kolkata");
        assertThat(read("moscow")).isEqualTo("Europe/Moscow");
    }

    @Test
    void offsetsAreReadAsWrittenWithOrWithoutUtc() {
        assertThat(read("UTC+3")).isEqualTo("UTC+03:00");
        assertThat(read("utc + 3")).isEqualTo("UTC+03:00");
        assertThat(read("GMT-5:30")).isEqualTo("UTC-05:30");
        assertThat(read("+0545")).isEqualTo("UTC+05:45");
        assertThat(read("UTC−4")).as("a typographic minus").isEqualTo("UTC-04:00");
        assertThat(read("UTC+14")).isEqualTo("UTC+14:00");
        assertThat(read("UTC")).isEqualTo("UTC");
        assertThat(read("UTC+0")).isEqualTo("UTC");
    }

    @Test
    void offsetsNoPlaceUsesAreRefused() {
        assertThat(read("UTC+15")).isEqualTo("unknown");
        assertThat(read("UTC-13")).isEqualTo("unknown");
        assertThat(read("UTC+3:75")).isEqualTo("unknown");
    }

    @Test
    void anUnknownNameGetsSuggestionsWhenPartOfItMatches() {
        assertThat(TimeZones.read("Mars/Olympus")).isEqualTo(new TimeZones.Unknown(List.of()));
        assertThat(((TimeZones.Unknown) TimeZones.read("Indiana")).suggestions())
                .isNotEmpty()
                .allMatch(name -> name.startsWith("America/Indiana/"));
    }
}
