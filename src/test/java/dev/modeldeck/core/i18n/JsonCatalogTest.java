package dev.modeldeck.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Substitution follows chrome.i18n.getMessage, so JVM tests see what the browser shows. */
class JsonCatalogTest {
    private static JsonCatalog catalog(String json) throws Exception {
        return JsonCatalog.parse("en", json);
    }

    @Test
    void positionalArgumentsAreReplacedAndMissingOnesVanish() throws Exception {
        JsonCatalog c = catalog("{\"a\": {\"message\": \"$1 of $2 ($3)\"}}");
        assertEquals("3 of 7 ()", c.message("a", "3", "7"));
    }

    @Test
    void doubleDollarIsALiteralDollar() throws Exception {
        JsonCatalog c = catalog("{\"price\": {\"message\": \"$$$1 per token\"}}");
        assertEquals("$0.5 per token", c.message("price", "0.5"));
    }

    @Test
    void namedPlaceholdersResolveCaseInsensitively() throws Exception {
        JsonCatalog c = catalog("{\"hello\": {\"message\": \"Hello $Who$!\", \"placeholders\": {\"who\": {\"content\": \"$1\"}}}}");
        assertEquals("Hello Ada!", c.message("hello", "Ada"));
    }

    @Test
    void keysAreCaseInsensitiveAndUnknownKeysAreEmpty() throws Exception {
        JsonCatalog c = catalog("{\"Save_Button\": {\"message\": \"Save\"}}");
        assertEquals("Save", c.message("save_button"));
        assertEquals("", c.message("nope"));
    }

    @Test
    void argumentsAreNotReinterpreted() throws Exception {
        JsonCatalog c = catalog("{\"a\": {\"message\": \"[$1]\"}}");
        assertEquals("[$2 and $$]", c.message("a", "$2 and $$", "x"));
    }

    @Test
    void englishFormatGroupsAndRounds() {
        EnglishFormat f = new EnglishFormat();
        assertEquals("12,345", f.integer(12345));
        assertEquals("-1,000", f.integer(-1000));
        assertEquals("1.3", f.decimal(1.25, 1));
        assertEquals("2", f.decimal(2.0, 1));
        assertEquals("0.05", f.decimal(0.05, 2));
        assertEquals("2026-11-30 17:30", f.dateTime(1_796_059_800_000L));
    }

    @Test
    void unitsUseTheCatalog() {
        assertEquals("120 ms", Units.elapsed(120));
        assertEquals("1.4 s", Units.elapsed(1449));
        assertEquals("1 min 30 s", Units.duration(90_000));
        assertEquals("0.5 s", Units.duration(450));
        assertEquals("2 h 5 min", Units.duration(7_500_000));
        assertEquals("just now", Units.ago(0, 10_000));
        assertEquals("24 h ago", Units.ago(0, 86_400_000L));
        assertEquals("3 days ago", Units.ago(0, 3 * 86_400_000L));
        assertEquals("in 20 s", Units.until(20_000, 0));
        assertEquals("131k", Units.tokens(131_072));
        assertEquals("1M", Units.tokens(1_048_576));
        assertEquals("1.5M", Units.tokens(1_500_000));
        assertEquals("1.5 MB", Units.megabytes(1_572_864));
    }
}
