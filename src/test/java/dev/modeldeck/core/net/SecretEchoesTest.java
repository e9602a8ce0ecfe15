package dev.modeldeck.core.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A known secret is redacted however an echo disguises it: invisible characters, case, escapes, pieces. */
class SecretEchoesTest {
    /** No provider prefix, so only the known-secret matching (not the key-pattern scan) can catch it. */
    static final String KEY = "Zq7RmX2pLk9VwT4nBc8HdY3sJf6GaE1u";
    static final List<String> SECRETS = List.of(KEY);

    /** True when no 12-character piece of the key survives in the text, whatever its case or invisible characters. */
    static boolean noPieceLeft(String text) {
        StringBuilder visible = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (!SecretEchoes.isInvisible(text.charAt(i))) {
                visible.append(Character.toLowerCase(text.charAt(i)));
            }
        }
        String k = KEY.toLowerCase();
        for (int i = 0; i + 12 <= k.length(); i++) {
            if (visible.indexOf(k.substring(i, i + 12)) >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String splitEvery(String s, int n, String separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            out.append(s.charAt(i));
            if (i % n == n - 1 && i < s.length() - 1) {
                out.append(separator);
            }
        }
        return out.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u202e", "\u180e", "\ufe0f", "\udb40\udc20"})
    void keySplitByInvisibleCharactersIsRedactedWhole(String invisible) {
        String echo = "Invalid key: " + splitEvery(KEY, 3, invisible) + " (check it)";
        String out = Redactor.redact(echo, SECRETS);
        assertEquals("Invalid key: [redacted] (check it)", out);
    }

    @Test
    void keySplitByJsonEscapesOrHtmlEntitiesOfInvisiblesIsRedacted() {
        String json = "{\"echo\":\"" + splitEvery(KEY, 5, "\\u200b") + "\"}";
        assertEquals("{\"echo\":\"[redacted]\"}", Redactor.redact(json, SECRETS));
        String html = "<p>" + splitEvery(KEY, 5, "&#8203;") + " / " + splitEvery(KEY, 7, "&#x200B;") + "</p>";
        assertEquals("<p>[redacted] / [redacted]</p>", Redactor.redact(html, SECRETS));
    }

    @Test
    void keyInHalvesIsRedactedHalfByHalf() {
        int half = KEY.length() / 2;
        String echo = "first half " + KEY.substring(0, half) + ", second half " + KEY.substring(half) + ".";
        assertEquals("first half [redacted], second half [redacted].", Redactor.redact(echo, SECRETS));
    }

    @Test
    void keyInAnotherCaseIsRedacted() {
        assertEquals("sent [redacted] and [redacted]",
            Redactor.redact("sent " + KEY.toLowerCase() + " and " + KEY.toUpperCase(), SECRETS));
    }

    @Test
    void everyPieceOfTwelveOrMoreCharactersIsRedacted() {
        for (int len = 12; len <= KEY.length(); len += 5) {
            for (int from = 0; from + len <= KEY.length(); from += 3) {
                String piece = KEY.substring(from, from + len);
                String out = Redactor.redact("you sent ..." + piece + "... which is wrong", SECRETS);
                assertTrue(noPieceLeft(out), piece + " -> " + out);
                assertTrue(out.startsWith("you sent ...[redacted]"), out);
            }
        }
    }

    @Test
    void piecesShorterThanTwelveCharactersAreNotTakenForTheKey() {
        String piece = KEY.substring(5, 16); // 11 characters
        assertEquals("id " + piece + " ok", Redactor.redact("id " + piece + " ok", SECRETS));
    }

    @Test
    void disguisesCombineAndEveryMatchIsOneMask() {
        String echo = splitEvery(KEY.substring(0, 20).toLowerCase(), 4, "\u200b") + "|" + KEY.substring(14).toUpperCase();
        String out = Redactor.redact(echo, SECRETS);
        assertEquals("[redacted]|[redacted]", out);
    }

    @Test
    void shortKeysAreMaskedWholeInAnyCaseButNotByPieces() {
        List<String> shortKey = List.of("Ab12cD");
        assertEquals("key [redacted], [redacted], Ab12", Redactor.redact("key AB12CD, ab1\u200b2cd, Ab12", shortKey));
        assertEquals("tiny abc stays", Redactor.redact("tiny abc stays", List.of("ABC")));
    }

    @Test
    void textWithoutTheKeyIsUnchanged() {
        String text = "The provider said: \u201cQuota exceeded\u201d \u2014 caf\u00e9 \ud83d\ude00 \\u0041 &#65; & done";
        assertEquals(text, Redactor.redact(text, SECRETS));
        assertEquals(text, Redactor.redactKnown(text, SECRETS));
    }

    @Test
    void knownOnlyRedactionLeavesOtherCredentialLookingTextAlone() {
        String text = "see https://example.com/api-keys/0123456789abcdef0123456789abcdef and " + KEY.toLowerCase();
        String out = Redactor.redactKnown(text, SECRETS);
        assertEquals("see https://example.com/api-keys/0123456789abcdef0123456789abcdef and [redacted]", out);
    }

    @Test
    void escapesThatDecodeToLettersOfTheKeyAreFoundToo() {
        StringBuilder escaped = new StringBuilder();
        for (char c : KEY.toCharArray()) {
            escaped.append(c == 'Z' || c == 'q' ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        assertEquals("[redacted]", Redactor.redact(escaped.toString(), SECRETS));
    }

    @Test
    void longTextIsScannedInLinearTime() {
        StringBuilder big = new StringBuilder();
        while (big.length() < 2_000_000) {
            big.append("lorem ipsum dolor sit amet 0123456789 ");
        }
        big.append(KEY.substring(10));
        long t0 = System.nanoTime();
        String out = Redactor.redactKnown(big.toString(), SECRETS);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(out.endsWith("[redacted]"), out.substring(out.length() - 40));
        assertFalse(ms > 5000, "2 MB took " + ms + " ms");
    }
}
