package dev.modeldeck.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BodyFormatTest {
    @Test
    void firstCharactersDecideBeforeTheContentType() {
        assertEquals(BodyFormat.JSON, BodyFormat.sniff("text/event-stream", " {\"id\":1"));
        assertEquals(BodyFormat.SSE, BodyFormat.sniff("application/json", "data: {"));
        assertEquals(BodyFormat.SSE, BodyFormat.sniff(null, ": OPENROUTER PROCESSING"));
        assertEquals(BodyFormat.SSE, BodyFormat.sniff(null, "\uFEFFevent: x"));
        assertEquals(BodyFormat.NDJSON, BodyFormat.sniff("application/x-ndjson", "{\"model\""));
        assertEquals(BodyFormat.HTML, BodyFormat.sniff("text/event-stream", "\n<!DOCTYPE html>"));
        assertEquals(BodyFormat.OTHER, BodyFormat.sniff("text/plain", "Internal error"));
    }

    @Test
    void tooFewCharactersAskForMore() {
        assertNull(BodyFormat.sniff(null, ""));
        assertNull(BodyFormat.sniff(null, "\r\n  "));
        assertNull(BodyFormat.sniff(null, "da"));
        assertNull(BodyFormat.sniff(null, "ev"));
        assertEquals(BodyFormat.OTHER, BodyFormat.sniff(null, "dx"));
    }
}
