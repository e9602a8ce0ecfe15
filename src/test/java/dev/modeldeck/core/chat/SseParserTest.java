package dev.modeldeck.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edge cases ported from eventsource-parser's test suite, plus our end-of-stream rule. */
class SseParserTest {
    /** Records everything as "event|data|id" strings, comments as "#text", retries as "retry=N". */
    static final class Recorder implements SseParser.Listener {
        final List<String> events = new ArrayList<>();
        final List<String> comments = new ArrayList<>();
        final List<Long> retries = new ArrayList<>();
        final List<String> all = new ArrayList<>();

        @Override public void onEvent(String event, String data, String id) {
            events.add(data);
            all.add(event + "|" + data + "|" + id);
        }
        @Override public void onComment(String comment) { comments.add(comment); all.add("#" + comment); }
        @Override public void onRetry(long millis) { retries.add(millis); all.add("retry=" + millis); }
    }

    private static Recorder parse(String... chunks) {
        Recorder r = new Recorder();
        SseParser p = new SseParser(r);
        for (String c : chunks) {
            p.feed(c);
        }
        return r;
    }

    @Test
    void basicUnnamedEventsAreDispatchedInOrder() {
        Recorder r = parse("data: 0\n\n", "data: 1\n\n", "data: 2\n\n", "event: done\ndata: \u2714\n\n");
        assertEquals(List.of("null|0|null", "null|1|null", "null|2|null", "done|\u2714|null"), r.all);
    }

    @Test
    void eventNameAndIdAndRetryAreReported() {
        Recorder r = parse("event: tick\nid: 1337\nretry: 50\ndata: 1337\n\n", "event: tick\nid: 1338\ndata: 1338\n\n");
        assertEquals(List.of("retry=50", "tick|1337|1337", "tick|1338|1338"), r.all);
    }

    @Test
    void eventNameResetsAfterDispatchButIdPersists() {
        Recorder r = parse("event: a\nid: 7\ndata: x\n\ndata: y\n\n");
        assertEquals(List.of("a|x|7", "null|y|7"), r.all);
    }

    @Test
    void heartbeatCommentsGoToTheCommentCallbackWithoutTheirLeadingSpace() {
        Recorder r = parse(":  \u2665\n", "data: A\n\n", ": OPENROUTER PROCESSING\n\n", "data: B\n\n");
        assertEquals(List.of(" \u2665", "OPENROUTER PROCESSING"), r.comments);
        assertEquals(List.of("A", "B"), r.events);
    }

    @Test
    void multiLineDataIsJoinedWithLineFeeds() {
        Recorder r = parse("event: stock\n", "data: YHOO\n", "data: +2\n", "data: 10\n\n",
            "event: stock\n", "data: GOOG\n", "data: -8\n", "data: 1881\n\n");
        assertEquals(List.of("stock|YHOO\n+2\n10|null", "stock|GOOG\n-8\n1881|null"), r.all);
    }

    @Test
    void multiByteTextCutBetweenChunksIsKept() {
        String line = "\u6211\u73fe\u5728\u90fd\u770b\u5be6\u6cc1\u4e0d\u73a9\u904a\u6232 \ud83d\ude00\ud83c\udf89";
        Recorder r = parse("id: 0\n", "data:" + line.substring(0, 5) + "\n", "data:" + line.substring(5) + "\n\n",
            "\n\n\n\nid: 1\ndata: " + line + "\n\n");
        assertEquals(List.of(line.substring(0, 5) + "\n" + line.substring(5), line), r.events);
    }

    @Test
    void leadingBomIsStrippedOnceAndAMidStreamBomSpoilsItsLine() {
        Recorder r = parse("\uFEFFdata: bomful 1\n\n", "\uFEFFdata: bomful 2\n\n", "data: bomless 3\n\n");
        assertEquals(List.of("bomful 1", "bomless 3"), r.events);
    }

    @Test
    void leadingBomAsThreeLatin1CharactersIsStrippedToo() {
        String bom = "\u00EF\u00BB\u00BF";
        Recorder r = parse(bom + "data: bomful 1\n\n", bom + "data: bomful 2\n\n", "data: bomless 3\n\n");
        assertEquals(List.of("bomful 1", "bomless 3"), r.events);
    }

    @Test
    void carriageReturnsAloneEndLines() {
        Recorder r = parse("data: dog\r", "data: bark\r\r", "data: cat\r", "data: meow\r\r");
        assertEquals(List.of("dog\nbark", "cat\nmeow"), r.events);
    }

    @Test
    void lineFeedsEndLines() {
        Recorder r = parse("data: cow\n", "data: moo\n\n", "data: horse\n", "data: neigh\n\n");
        assertEquals(List.of("cow\nmoo", "horse\nneigh"), r.events);
    }

    @Test
    void crlfEndsLines() {
        Recorder r = parse("data: sheep\r\n", "data: bleat\r\n\r\n", "data: pig\r\n", "data: oink\r\n\r\n");
        assertEquals(List.of("sheep\nbleat", "pig\noink"), r.events);
    }

    @Test
    void crAtChunkEndAndLfAtNextChunkStartAreOneLineEnd() {
        Recorder r = parse("data: A\r\n", "data: B\r", "\n", "data: C\r\n", "\n");
        assertEquals(List.of("A\nB\nC"), r.events);
    }

    @Test
    void blankCrLineSplitAcrossChunksDispatchesExactlyOnce() {
        Recorder r = parse("data: one\r", "\r", "\n");
        assertEquals(List.of("one"), r.events);
    }

    @Test
    void crEndingAChunkIsACompleteLineEndWhenNoLfFollows() {
        Recorder r = parse("data: one\n:ignored\r", "data: two\n\n");
        assertEquals(List.of("one\ntwo"), r.events);
        assertEquals(List.of("ignored"), r.comments);
    }

    @Test
    void bareFieldNameEndedByCrAtChunkBoundaryAddsAnEmptyDataLine() {
        Recorder r = parse("data: one\ndata\r", "\ndata: two\n\n");
        assertEquals(List.of("one\n\ntwo"), r.events);
    }

    @Test
    void oddCommentsNeverBecomeEvents() {
        Recorder r = parse(": Hello\n\n", repeat(":", 300), "\n", "data: First\n\n", ": \u041f\u0435\u0440\u0432\u044b\u0439",
            ": \u7b2c\u4e8c", "\n", "data: Second\n\n", ": Moop \n: Moop \n", ": \u062b\u0627\u0644\u062b", "\n", "data: Third\n\n",
            ":\u0d28\u0d3e", "\n", "data: Fourth\n\n");
        assertEquals(List.of("First", "Second", "Third", "Fourth"), r.events);
        assertEquals("Hello", r.comments.get(0));
        assertEquals(repeat(":", 299), r.comments.get(1));
        assertEquals("\u041f\u0435\u0440\u0432\u044b\u0439: \u7b2c\u4e8c", r.comments.get(2));
    }

    @Test
    void mixedCommentsWithNulAndLongRunsAcrossChunks() {
        String longString = repeat("x", 2 * 1024 + 1);
        Recorder r = new Recorder();
        SseParser p = new SseParser(r);
        for (String c : new String[] {"data:1\r\r:\0\n:\r\ndata:2\n\n:", longString, "\rdata:3\n\n:data:fail\r:", longString,
            "\ndata:4\n\n", "data:5"}) {
            p.feed(c);
        }
        assertEquals(List.of("1", "2", "3", "4"), r.events);
        p.end();
        assertEquals(List.of("1", "2", "3", "4", "5"), r.events);
    }

    @Test
    void emptyEventFieldMeansTheDefaultEventAndABlockWithoutDataIsNotDispatched() {
        Recorder r = parse("event:\ndata: Hello 1\n\n", "event:\n\n", "event: done\ndata: \u2714\n\n");
        assertEquals(List.of("null|Hello 1|null", "done|\u2714|null"), r.all);
    }

    @Test
    void emptyRetryIsIgnoredAndTheEventStillArrives() {
        Recorder r = parse("id: 1\nretry: 500\ndata: \ud83e\udd4c\n\n", "id:2\nretry:\ndata:\ud83e\uddf9\n\n", "id: 3\ndata: \u2705\n\n");
        assertEquals(List.of("retry=500", "null|\ud83e\udd4c|1", "null|\ud83e\uddf9|2", "null|\u2705|3"), r.all);
    }

    @Test
    void oddlyShapedDataFields() {
        Recorder r = parse("data:\n\ndata\ndata\n\ndata:test\n\n");
        assertEquals(List.of("", "\n", "test"), r.events);
    }

    @Test
    void dataWithoutSpaceKeepsOnlyValueAndAValueKeepsItsSecondSpace() {
        Recorder r = parse("data:x\n\ndata:  two spaces\n\n");
        assertEquals(List.of("x", " two spaces"), r.events);
    }

    @Test
    void invalidRetryValuesAreIgnored() {
        Recorder r = parse("retry:1000\nretry:2000x\ndata:x\n\n", "retry: 500\n\ndata: first\n\nretry: 50x\n\ndata: second\n\n",
            "retry: -5\nretry: 1.5\nretry: 99999999999999999999\ndata: third\n\n");
        assertEquals(List.of(1000L, 500L), r.retries);
        assertEquals(List.of("x", "first", "second", "third"), r.events);
    }

    @Test
    void idContainingNulIsIgnoredAndTheEarlierIdSurvives() {
        Recorder r = parse("id: 123\nid: bad\0id\ndata: hello\n\n");
        assertEquals(List.of("null|hello|123"), r.all);
    }

    @Test
    void unknownFieldsAndLinesWithoutColonAreIgnored() {
        Recorder r = parse("data:abc\n data\ndata\nfoobar:xxx\njustsometext\n:thisisacommentyay\ndata:123\n\n");
        assertEquals(List.of("abc\n\n123"), r.events);
    }

    @Test
    void eventsAreDispatchedOnlyOnABlankLine() {
        Recorder r = new Recorder();
        SseParser p = new SseParser(r);
        p.feed("data: a\n");
        p.feed("data: b\n");
        assertTrue(r.events.isEmpty());
        p.feed("\n");
        assertEquals(List.of("a\nb"), r.events);
    }

    @Test
    void endDispatchesDataWhoseBlankLineNeverCame() {
        Recorder r = new Recorder();
        SseParser p = new SseParser(r);
        p.feed("data: {\"a\":1}\n\ndata: {\"b\":2}\n");
        assertEquals(1, r.events.size());
        p.end();
        assertEquals(List.of("{\"a\":1}", "{\"b\":2}"), r.events);
    }

    @Test
    void endProcessesAnUnterminatedLastLine() {
        Recorder r = new Recorder();
        SseParser p = new SseParser(r);
        p.feed("data: [DON");
        p.feed("E]");
        p.end();
        assertEquals(List.of("[DONE]"), r.events);
    }

    @Test
    void endWithNothingPendingDispatchesNothing() {
        Recorder r = new Recorder();
        SseParser p = new SseParser(r);
        p.feed("data: x\n\nevent: lonely\n");
        p.end();
        assertEquals(List.of("x"), r.events);
    }

    @Test
    void veryLongLineAcrossManyChunksArrivesWhole() {
        StringBuilder expected = new StringBuilder();
        Recorder r = new Recorder();
        SseParser p = new SseParser(r);
        p.feed("data: ");
        for (int i = 0; i < 20_000; i++) {
            String piece = "chunk" + i + "\u00e9";
            expected.append(piece);
            p.feed(piece);
        }
        p.feed("\n\n");
        assertEquals(1, r.events.size());
        assertEquals(expected.toString(), r.events.get(0));
    }

    @Test
    void manyEventsInOneChunk() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            s.append("data: ").append(i).append(i % 3 == 0 ? "\r\n\r\n" : i % 3 == 1 ? "\n\n" : "\r\r");
        }
        Recorder r = parse(s.toString());
        assertEquals(5000, r.events.size());
        assertEquals("4999", r.events.get(4999));
        assertEquals("1234", r.events.get(1234));
    }

    @Test
    void oneCharacterPerChunkGivesTheSameEventsAsOneChunk() {
        String stream = "\uFEFF: hi\r\nevent: e\r\nid: 9\r\ndata: a\r\ndata:b\r\r\ndata: \ud83d\ude00\n\nretry: 10\r\rdata: z\r\n\r\n";
        Recorder whole = parse(stream);
        Recorder perChar = new Recorder();
        SseParser p = new SseParser(perChar);
        for (int i = 0; i < stream.length(); i++) {
            p.feed(stream.substring(i, i + 1));
        }
        assertEquals(List.of("#hi", "e|a\nb|9", "null|\ud83d\ude00|9", "retry=10", "null|z|9"), whole.all);
        assertEquals(whole.all, perChar.all);
    }

    @Test
    void everySplitPointOfAStreamGivesTheSameEvents() {
        String stream = "data: one\r\n\r\n: c\rdata: two\r\rid: 4\ndata: three\n\n";
        List<String> expected = parse(stream).all;
        for (int cut = 0; cut <= stream.length(); cut++) {
            assertEquals(expected, parse(stream.substring(0, cut), stream.substring(cut)).all, "cut at " + cut);
        }
    }

    @Test
    void emptyAndNullChunksChangeNothing() {
        Recorder r = parse("", "data: a\r", "", "\n", "\n");
        assertEquals(List.of("a"), r.events);
        new SseParser(r).feed(null);
    }

    @Test
    void lineLongerThanTheLimitThrowsOverflowAndTheParserRecovers() {
        Recorder r = new Recorder();
        SseParser p = new SseParser(r, 32);
        p.feed("data: short\n\n");
        assertThrows(SseParser.Overflow.class, () -> p.feed("data: " + repeat("y", 40)));
        p.feed("\ndata: ok\n\n");
        assertEquals(List.of("short", "ok"), r.events);
    }

    @Test
    void dataAccumulatedWithoutBlankLineBeyondTheLimitThrowsOverflow() {
        Recorder r = new Recorder();
        SseParser p = new SseParser(r, 64);
        assertThrows(SseParser.Overflow.class, () -> {
            for (int i = 0; i < 50; i++) {
                p.feed("data: chunk-" + i + "\n");
            }
        });
        assertTrue(r.events.isEmpty());
    }

    @Test
    void manySmallEventsNeverHitTheLimit() {
        Recorder r = new Recorder();
        SseParser p = new SseParser(r, 64);
        for (int i = 0; i < 100; i++) {
            p.feed("data: " + i + "\n\n");
        }
        assertEquals(100, r.events.size());
        assertEquals(0, p.bufferedChars());
    }

    @Test
    void twentyThousandChunkStreamParsesQuickly() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            s.append("data: {\"choices\":[{\"delta\":{\"content\":\"tok").append(i).append("\"}}]}\n\n");
        }
        String stream = s.toString();
        Recorder r = new Recorder();
        SseParser p = new SseParser(r);
        int pos = 0;
        int step = 7;
        while (pos < stream.length()) {
            int end = Math.min(stream.length(), pos + step);
            p.feed(stream.substring(pos, end));
            pos = end;
            step = step == 7 ? 61 : step == 61 ? 13 : 7;
        }
        assertEquals(20_000, r.events.size());
        assertTrue(r.events.get(19_999).contains("tok19999"));
    }

    static String repeat(String s, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(s);
        }
        return b.toString();
    }
}
