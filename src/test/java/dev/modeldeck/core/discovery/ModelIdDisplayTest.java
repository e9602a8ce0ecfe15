package dev.modeldeck.core.discovery;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ModelIdDisplayTest {
    @Test
    void realIdsAreShownWhole() {
        String longReal = "synthetic-org/extremely-long-model-identifier-that-never-ends-" + "x".repeat(58);
        assertEquals(longReal, ModelIdDisplay.shorten(longReal));
        assertFalse(ModelIdDisplay.isShortened(longReal));
        assertEquals("gpt-4o", ModelIdDisplay.shorten("gpt-4o"));
        assertEquals("", ModelIdDisplay.shorten(null));
        String exact = "a".repeat(ModelIdDisplay.MAX_CHARS);
        assertEquals(exact, ModelIdDisplay.shorten(exact));
    }

    @Test
    void hugeIdsAreCutWithAnEllipsis() {
        String huge = "giant-" + "abcdefghij".repeat(10_000);
        String shown = ModelIdDisplay.shorten(huge);
        assertTrue(ModelIdDisplay.isShortened(huge));
        assertEquals(ModelIdDisplay.MAX_CHARS, shown.length());
        assertTrue(shown.endsWith("\u2026"));
        assertTrue(huge.startsWith(shown.substring(0, shown.length() - 1)));
    }

    @Test
    void aCutNeverSplitsAnEmoji() {
        String id = "m".repeat(ModelIdDisplay.MAX_CHARS - 2) + "\ud83d\ude00" + "tail";
        String shown = ModelIdDisplay.shorten(id);
        assertFalse(Character.isHighSurrogate(shown.charAt(shown.length() - 2)), "no lone high surrogate before the ellipsis");
        assertTrue(shown.endsWith("\u2026"));
    }
}
