package dev.modeldeck.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HttpDateTest {
    @Test
    void rfc1123DateParsesToEpochMillis() {
        // java.time is fine in tests; it checks the hand-written calendar.
        long expected = java.time.ZonedDateTime.parse("2024-04-02T16:22:56Z").toInstant().toEpochMilli();
        assertEquals(expected, HttpDate.parse("Tue, 02 Apr 2024 16:22:56 GMT"));
    }

    @Test
    void leapDaysAndCenturiesAreRight() {
        assertEquals(java.time.Instant.parse("2000-02-29T00:00:00Z").toEpochMilli(), HttpDate.parse("Tue, 29 Feb 2000 00:00:00 GMT"));
        assertEquals(java.time.Instant.parse("2100-03-01T23:59:59Z").toEpochMilli(), HttpDate.parse("01 Mar 2100 23:59:59 GMT"));
        assertEquals(0, HttpDate.parse("Thu, 01 Jan 1970 00:00:00 GMT"));
    }

    @Test
    void formatRoundTripsEveryDayOfAFewYears() {
        long day = 86_400_000L;
        for (long t = java.time.Instant.parse("2023-01-01T12:34:56Z").toEpochMilli(); t < java.time.Instant.parse("2029-01-01T00:00:00Z").toEpochMilli(); t += day) {
            String f = HttpDate.format(t);
            assertEquals(java.time.format.DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", java.util.Locale.US).format(java.time.Instant.ofEpochMilli(t).atZone(java.time.ZoneOffset.UTC)), f);
            assertEquals(t, HttpDate.parse(f));
        }
    }

    @Test
    void utcZoneSpellingsAndMissingWeekdayAreAccepted() {
        long t = HttpDate.parse("Tue, 02 Apr 2024 16:22:56 GMT");
        assertEquals(t, HttpDate.parse("02 Apr 2024 16:22:56 UTC"));
        assertEquals(t, HttpDate.parse("  Tue,  02 apr 2024 16:22:56 +0000 "));
    }

    @Test
    void malformedDatesAreMinusOne() {
        String[] bad = {null, "", "yesterday", "Tue, 02 Foo 2024 16:22:56 GMT", "Tue, 32 Apr 2024 16:22:56 GMT",
            "Tue, 02 Apr 2024 25:22:56 GMT", "Tue, 02 Apr 2024 16:22 GMT", "Tue, 02 Apr 2024 16:22:56 PST", "120"};
        for (String b : bad) {
            assertEquals(-1, HttpDate.parse(b), String.valueOf(b));
        }
    }

    @Test
    void utcTimeShowsClockTime() {
        assertEquals("16:22:56 UTC", HttpDate.utcTime(HttpDate.parse("Tue, 02 Apr 2024 16:22:56 GMT")));
        assertEquals("00:00:05 UTC", HttpDate.utcTime(5_000));
    }
}
