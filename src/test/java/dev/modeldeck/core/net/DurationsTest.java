package dev.modeldeck.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DurationsTest {
    @Test
    void goStyleDurationsParse() {
        assertEquals(1_000, Durations.parse("1s"));
        assertEquals(360_000, Durations.parse("6m0s"));
        assertEquals(20, Durations.parse("20ms"));
        assertEquals(3_723_500, Durations.parse("1h2m3.5s"));
        assertEquals(293, Durations.parse("292.5ms"));
        assertEquals(7_660, Durations.parse("7.66s"));
        assertEquals(1, Durations.parse("500us"));
    }

    @Test
    void bareNumbersAreSeconds() {
        assertEquals(33_011_380, Durations.parse("33011.38"));
        assertEquals(2_000, Durations.parse(" 2 "));
    }

    @Test
    void garbageIsMinusOne() {
        assertEquals(-1, Durations.parse(null));
        assertEquals(-1, Durations.parse(""));
        assertEquals(-1, Durations.parse("soon"));
        assertEquals(-1, Durations.parse("5x"));
        assertEquals(-1, Durations.parse("s5"));
        assertEquals(-1, Durations.parse("1.2.3s"));
        assertEquals(-1, Durations.parse("-3"));
    }

    @Test
    void waitsAreWordedForPeople() {
        assertEquals("0.5 s", Durations.describe(500));
        assertEquals("0.1 s", Durations.describe(20));
        assertEquals("1 s", Durations.describe(950));
        assertEquals("2 s", Durations.describe(1_200));
        assertEquals("1 min", Durations.describe(60_000));
        assertEquals("1 min 30 s", Durations.describe(90_000));
        assertEquals("2 h 5 min", Durations.describe(7_500_000));
        assertEquals("0 s", Durations.describe(-5));
    }
}
