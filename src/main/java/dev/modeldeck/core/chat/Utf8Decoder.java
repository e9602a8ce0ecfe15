package dev.modeldeck.core.chat;

/**
 * Streaming UTF-8 decoder: bytes arrive in arbitrary pieces; a character cut between two pieces
 * is completed with the next one. Malformed input becomes U+FFFD (one per maximal invalid
 * subpart, like the browser's TextDecoder), and a leading BOM is dropped as TextDecoder does by
 * default, so the JVM transport hands over exactly the text the browser transport would.
 */
public final class Utf8Decoder {
    private static final char REPLACEMENT = '\uFFFD';

    private int needed;
    private int seen;
    private int codePoint;
    private int lower = 0x80;
    private int upper = 0xBF;
    private boolean bomChecked;

    public String decode(byte[] bytes) { return decode(bytes, 0, bytes.length); }

    public String decode(byte[] bytes, int offset, int length) {
        // Each byte yields at most one UTF-16 unit, except a pending-sequence failure (+1) or a 4-byte end (2).
        char[] out = new char[length + 2];
        int n = 0;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            int b = bytes[i] & 0xFF;
            if (needed == 0) {
                if (b < 0x80) {
                    n = emit(out, n, b);
                } else if (b >= 0xC2 && b <= 0xDF) {
                    needed = 1;
                    codePoint = b & 0x1F;
                } else if (b >= 0xE0 && b <= 0xEF) {
                    if (b == 0xE0) {
                        lower = 0xA0; // overlong
                    } else if (b == 0xED) {
                        upper = 0x9F; // surrogates
                    }
                    needed = 2;
                    codePoint = b & 0x0F;
                } else if (b >= 0xF0 && b <= 0xF4) {
                    if (b == 0xF0) {
                        lower = 0x90; // overlong
                    } else if (b == 0xF4) {
                        upper = 0x8F; // beyond U+10FFFF
                    }
                    needed = 3;
                    codePoint = b & 0x07;
                } else {
                    n = emit(out, n, REPLACEMENT);
                }
                continue;
            }
            if (b < lower || b > upper) {
                resetSequence();
                n = emit(out, n, REPLACEMENT);
                i--; // this byte may start the next character
                continue;
            }
            lower = 0x80;
            upper = 0xBF;
            codePoint = (codePoint << 6) | (b & 0x3F);
            if (++seen == needed) {
                int cp = codePoint;
                resetSequence();
                n = emit(out, n, cp);
            }
        }
        return new String(out, 0, n);
    }

    /** The input has ended: an unfinished character becomes U+FFFD. Resets for a new stream. */
    public String end() {
        boolean pending = needed != 0;
        resetSequence();
        bomChecked = false;
        return pending ? String.valueOf(REPLACEMENT) : "";
    }

    private void resetSequence() {
        needed = 0;
        seen = 0;
        codePoint = 0;
        lower = 0x80;
        upper = 0xBF;
    }

    private int emit(char[] out, int n, int cp) {
        if (!bomChecked) {
            bomChecked = true;
            if (cp == 0xFEFF) {
                return n;
            }
        }
        if (cp >= 0x10000) {
            cp -= 0x10000;
            out[n++] = (char) (0xD800 + (cp >> 10));
            out[n++] = (char) (0xDC00 + (cp & 0x3FF));
        } else {
            out[n++] = (char) cp;
        }
        return n;
    }
}
