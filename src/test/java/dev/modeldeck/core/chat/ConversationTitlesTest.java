package dev.modeldeck.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConversationTitlesTest {
    @Test
    void shortFirstLineIsTheTitle() {
        assertEquals("How do I sort a list?", ConversationTitles.fromFirstMessage("How do I sort a list?\nIn Python please."));
    }

    @Test
    void blankLeadingLinesMarkdownMarkersAndSpaceRunsAreRemoved() {
        assertEquals("Plan a trip to Kyoto", ConversationTitles.fromFirstMessage("\n  \r\n## Plan   a trip\tto Kyoto  \nmore"));
        assertEquals("quoted text", ConversationTitles.fromFirstMessage("> quoted text"));
    }

    @Test
    void longLineIsCutAtAWordBoundaryWithinTheLimit() {
        String t = ConversationTitles.fromFirstMessage(
            "Please explain the difference between optimistic and pessimistic locking in databases");
        assertEquals("Please explain the difference between\u2026", t);
        assertTrue(t.length() <= ConversationTitles.MAX_CHARS);
    }

    @Test
    void oneLongWordIsCutInsideAndNeverSplitsAnEmoji() {
        String url = "https://example.com/" + SseParserTest.repeat("a", 80);
        String t = ConversationTitles.fromFirstMessage(url);
        assertEquals(48, t.length());
        assertTrue(t.endsWith("\u2026"));
        String emojis = SseParserTest.repeat("\ud83d\ude00", 40);
        String e = ConversationTitles.fromFirstMessage(emojis);
        assertEquals(SseParserTest.repeat("\ud83d\ude00", 23) + "\u2026", e, "ends on a whole emoji");
    }

    @Test
    void exactlyFortyEightCharactersStayWhole() {
        String s = SseParserTest.repeat("abcd ", 9) + "xyz"; // 48 chars
        assertEquals(48, s.length());
        assertEquals(s, ConversationTitles.fromFirstMessage(s));
    }

    @Test
    void emptyOrBlankGivesTheDefault() {
        assertEquals("New chat", ConversationTitles.fromFirstMessage(null));
        assertEquals("New chat", ConversationTitles.fromFirstMessage(" \n\t\n"));
        assertEquals("New chat", ConversationTitles.fromFirstMessage("###"));
    }
}
