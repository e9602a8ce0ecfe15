package dev.modeldeck.core.chat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TranscriptWindowTest {
    /** {@code count} messages of 100 px each (measured), 10 px apart: message i spans [110 i, 110 i + 100). */
    private static TranscriptWindow measured(int count) {
        TranscriptWindow w = new TranscriptWindow(10);
        for (int i = 0; i < count; i++) {
            w.add(200);
            w.measured(i, 100);
        }
        return w;
    }

    @Test
    void theRoomAboveAndBelowAWindowAddsUpHeightsAndGaps() {
        TranscriptWindow w = measured(1000);
        assertEquals(0, w.before(0));
        assertEquals(110 * 5, w.before(5));
        assertEquals(0, w.after(1000));
        assertEquals(110 * 3, w.after(997), "a gap and a message for each message below");
        assertEquals(110 * 1000 - 10, w.before(10) + w.height(10) + w.after(11), 0.001, "the whole transcript");
    }

    @Test
    void aViewportNeedsOnlyTheMessagesItOverlaps() {
        TranscriptWindow w = measured(1000);
        assertArrayEquals(new int[] {0, 5}, w.range(0, 500), "0–500 px overlaps messages 0–4");
        assertArrayEquals(new int[] {9, 19}, w.range(1000, 2000));
        assertArrayEquals(new int[] {500, 501}, w.range(110 * 500 + 1, 110 * 500 + 2), "at least the message under a point");
    }

    @Test
    void aBandInAGapStillGivesTheNextMessageAndBandsOutsideGiveTheEnds() {
        TranscriptWindow w = measured(10);
        assertArrayEquals(new int[] {1, 2}, w.range(102, 108), "band inside the gap after message 0");
        assertArrayEquals(new int[] {0, 1}, w.range(-500, -100), "above the first: the first");
        assertArrayEquals(new int[] {9, 10}, w.range(5_000, 6_000), "below the last: the last");
        assertArrayEquals(new int[] {0, 0}, new TranscriptWindow(10).range(0, 100), "nothing to show");
    }

    @Test
    void theTailThatFillsAViewportStartsFromTheNewestMessage() {
        TranscriptWindow w = measured(1000);
        assertEquals(999, w.firstForBottom(50));
        assertEquals(999, w.firstForBottom(100));
        assertEquals(998, w.firstForBottom(101));
        assertEquals(991, w.firstForBottom(900), "9 messages of 100 px and their gaps reach 980 px");
        assertEquals(0, measured(3).firstForBottom(10_000), "a short conversation is shown whole");
    }

    @Test
    void unmeasuredMessagesAreEstimatedFromTheirLengthAndWhatWasMeasured() {
        TranscriptWindow w = new TranscriptWindow(10);
        w.add(0);
        w.add(1000);
        assertEquals(TranscriptWindow.BASE_HEIGHT, w.height(0));
        assertEquals(TranscriptWindow.BASE_HEIGHT + 1000 * TranscriptWindow.DEFAULT_PX_PER_CHAR, w.height(1), 0.001);
        w.add(500);
        w.measured(2, TranscriptWindow.BASE_HEIGHT + 100); // 0.2 px per character on screen
        assertFalse(w.isMeasured(1));
        assertEquals(TranscriptWindow.BASE_HEIGHT + 200, w.height(1), 0.001, "learns from the measured message");
        assertEquals(TranscriptWindow.BASE_HEIGHT + 100, w.height(2), 0.001);
    }

    @Test
    void changedTextForgetsAMeasurementAndTruncationForgetsTheTail() {
        TranscriptWindow w = measured(5);
        w.changed(4, 2000);
        assertFalse(w.isMeasured(4));
        assertTrue(w.height(4) > 100, "a longer text is estimated taller: " + w.height(4));
        w.truncate(2);
        assertEquals(2, w.size());
        assertEquals(0, w.after(2));
        w.add(10);
        assertFalse(w.isMeasured(2), "a message added after a truncation starts unmeasured");
    }

    @Test
    void growsPastItsInitialCapacity() {
        TranscriptWindow w = measured(5000);
        assertEquals(5000, w.size());
        assertEquals(110 * 4999, w.before(4999));
    }

    @Test
    void olderMessagesPutBeforeTheFirstKeepTheMeasuredHeightsOfTheOthers() {
        TranscriptWindow w = measured(3);
        double shownRoom = w.before(2);
        w.prepend(new int[] {10, 70_000});
        assertEquals(5, w.size());
        assertFalse(w.isMeasured(0));
        assertFalse(w.isMeasured(1));
        assertTrue(w.isMeasured(2) && w.isMeasured(4), "the messages shown keep their measured heights");
        assertEquals(w.height(0) + w.height(1) + 2 * w.gap() + shownRoom, w.before(4), 0.001, "the older ones add room above");
        assertTrue(w.height(1) > w.height(0), "estimated from their lengths");
    }
}
