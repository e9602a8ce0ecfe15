package dev.modeldeck.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers from outside: what the browser would turn into a RangeError or a wrapped-around long is no number at all. */
class NumbersTest {
    private static Json parse(String json) throws JsonException { return JsonParser.parse(json); }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "-1e400", "\"Infinity\"", "\"-Infinity\"", "\"NaN\"", "\"1e999\""})
    void nonFiniteValuesReadAsNoNumber(String literal) throws Exception {
        Json v = parse(literal);
        assertNull(v.num(), literal);
        assertEquals(-7, v.asLong(-7), literal);
        assertEquals(-7.5, v.asDouble(-7.5), literal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e300", "-1e300", "9007199254740993", "1e16", "\"1e20\""})
    void wholeNumbersBeyondTwoToTheFiftyThirdAreNotTurnedIntoLongs(String literal) throws Exception {
        assertEquals(-1, parse(literal).asLong(-1), literal);
        assertNull(Numbers.whole(parse(literal).num()), literal);
    }

    @Test
    void ordinaryNumbersReadAsBefore() throws Exception {
        assertEquals(1735689600L, parse("1735689600").asLong(0));
        assertEquals(42L, parse("\"42\"").asLong(0));
        assertEquals(12L, parse("12.9").asLong(0));
        assertEquals(-3L, parse("-3.9").asLong(0));
        assertEquals(Numbers.MAX_EXACT, parse("9007199254740991").asLong(0));
        assertEquals(0.25, parse("0.25").num());
    }

    @Test
    void rangesIgnoreNegativeHugeAndMissingValues() throws Exception {
        Json o = parse("{\"ok\":128000,\"neg\":-5,\"big\":1e12,\"text\":\"x\",\"frac\":2.5}");
        assertEquals(128000L, Numbers.inRange(o.get("ok"), 0, 1_000_000_000L));
        assertNull(Numbers.inRange(o.get("neg"), 0, 1_000_000_000L));
        assertNull(Numbers.inRange(o.get("big"), 0, 1_000_000_000L));
        assertNull(Numbers.inRange(o.get("text"), 0, 10));
        assertNull(Numbers.inRange(o.get("missing"), 0, 10));
        assertEquals(2.5, Numbers.inRange(o.get("frac"), 0d, 10d));
        assertNull(Numbers.inRange(o.get("neg"), 0d, 10d));
    }

    @Test
    void aNumberWithoutAFiniteValueIsWrittenAsNull() {
        Json infinite = new Json() {
            @Override public boolean isNumber() { return true; }
        };
        assertEquals("[null,1e400]", JsonWriter.write(Json.array().add(infinite).add(unchecked("1e400"))));
    }

    private static Json unchecked(String literal) {
        try {
            return JsonParser.parse(literal);
        } catch (JsonException e) {
            throw new AssertionError(e);
        }
    }
}
