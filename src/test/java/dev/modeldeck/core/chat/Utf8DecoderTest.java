package dev.modeldeck.core.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8DecoderTest {
    private static final String EMOJI = "\ud83d\ude00"; // U+1F600, 4 bytes
    private static final String CJK = "\u4e2d"; // 3 bytes

    private static String decodeSplit(byte[] bytes, int... cuts) {
        Utf8Decoder d = new Utf8Decoder();
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int cut : cuts) {
            out.append(d.decode(bytes, from, cut - from));
            from = cut;
        }
        out.append(d.decode(bytes, from, bytes.length - from));
        out.append(d.end());
        return out.toString();
    }

    @Test
    void fourByteEmojiSplitAtEveryOffsetDecodesWhole() {
        String text = "a" + EMOJI + "b";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut <= bytes.length; cut++) {
            assertEquals(text, decodeSplit(bytes, cut), "cut at " + cut);
        }
    }

    @Test
    void threeByteCjkSplitAtEveryPairOfOffsetsDecodesWhole() {
        String text = CJK + "x" + CJK;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int a = 0; a <= bytes.length; a++) {
            for (int b = a; b <= bytes.length; b++) {
                assertEquals(text, decodeSplit(bytes, a, b), "cuts " + a + "," + b);
            }
        }
    }

    @Test
    void oneByteAtATimeDecodesMixedText() {
        String text = "h\u00e9llo " + CJK + EMOJI + " \u0928\u092e\u0938\u094d\u0924\u0947";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int[] cuts = new int[bytes.length - 1];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = i + 1;
        }
        assertEquals(text, decodeSplit(bytes, cuts));
    }

    @Test
    void heldBackBytesProduceNoTextUntilTheCharacterCompletes() {
        byte[] bytes = EMOJI.getBytes(StandardCharsets.UTF_8);
        Utf8Decoder d = new Utf8Decoder();
        assertEquals("", d.decode(bytes, 0, 3));
        assertEquals(EMOJI, d.decode(bytes, 3, 1));
    }

    @Test
    void malformedBytesBecomeReplacementCharacters() {
        byte[] bytes = {'a', (byte) 0xFF, 'b', (byte) 0xC0, (byte) 0x80, 'c', (byte) 0xED, (byte) 0xA0, (byte) 0x80, 'd'};
        // 0xFF invalid; C0 invalid lead + 80 stray; ED A0 80 is a surrogate: ED fails at A0, A0 and 80 stray.
        assertEquals("a\uFFFDb\uFFFD\uFFFDc\uFFFD\uFFFD\uFFFDd", new Utf8Decoder().decode(bytes));
    }

    @Test
    void truncatedSequenceFollowedByAsciiKeepsTheAscii() {
        byte[] bytes = {(byte) 0xE4, (byte) 0xB8, 'x'};
        assertEquals("\uFFFDx", new Utf8Decoder().decode(bytes));
    }

    @Test
    void overlongAndOutOfRangeFourByteSequencesAreRejected() {
        assertEquals("\uFFFD\uFFFD\uFFFD\uFFFD", new Utf8Decoder().decode(new byte[] {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80}));
        assertEquals("\uFFFD\uFFFD\uFFFD\uFFFD", new Utf8Decoder().decode(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}));
        assertEquals("\uFFFD\uFFFD", new Utf8Decoder().decode(new byte[] {(byte) 0xE0, (byte) 0x80}));
    }

    @Test
    void streamEndingInsideACharacterEndsWithOneReplacement() {
        Utf8Decoder d = new Utf8Decoder();
        assertEquals("ok", d.decode(new byte[] {'o', 'k', (byte) 0xF0, (byte) 0x9F}));
        assertEquals("\uFFFD", d.end());
        assertEquals("", d.end());
    }

    @Test
    void leadingBomIsDroppedLikeTextDecoderButALaterOneIsKept() {
        byte[] bytes = "\uFEFFdata: x\uFEFF".getBytes(StandardCharsets.UTF_8);
        assertEquals("data: x\uFEFF", decodeSplit(bytes, 1, 2));
    }

    @Test
    void agreesWithTheJdkOnValidText() {
        StringBuilder s = new StringBuilder();
        for (int cp = 0x20; cp < 0x11000; cp += 37) {
            if (cp < 0xD800 || cp > 0xDFFF) {
                s.appendCodePoint(cp);
            }
        }
        byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
        assertEquals(s.toString(), decodeSplit(bytes, 5, 99, 1000, 1001, 1002));
    }
}
