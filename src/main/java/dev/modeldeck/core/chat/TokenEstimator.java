package dev.modeldeck.core.chat;

/**
 * Estimates tokens without a tokenizer, erring high so a fitted request is not rejected:
 * ceil(other chars / 3.5 + CJK chars * 1.5 + chars outside the BMP * 2) + 4 per message
 * (role and framing), + 3 for the reply's priming. English averages ~4 chars per token in
 * common BPE vocabularies; Chinese, Japanese and Korean often take 1–2 tokens per character,
 * and emoji 2–3.
 */
public final class TokenEstimator {
    public static final int PER_MESSAGE_OVERHEAD = 4;
    public static final int REPLY_PRIMING = 3;

    private TokenEstimator() { }

    /** Tokens for a text alone (no message overhead). */
    public static long text(String s) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        // Work in units of 1/14 token: 3.5 chars = 14 units, so one plain char = 4 units. A double, not a long:
        // compiled to JavaScript a long is an emulated object and this loop runs once per character.
        double units = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                units += 28;
                i++;
            } else if (isCjk(c)) {
                units += 21;
            } else {
                units += 4;
            }
        }
        return (long) Math.floor((units + 13) / 14);
    }

    public static long message(String content) { return PER_MESSAGE_OVERHEAD + text(content); }

    static boolean isCjk(char c) {
        return c >= 0x3040 && c <= 0x30FF // Hiragana, Katakana
            || c >= 0x3400 && c <= 0x4DBF // CJK extension A
            || c >= 0x4E00 && c <= 0x9FFF // CJK unified ideographs
            || c >= 0xAC00 && c <= 0xD7AF // Hangul syllables
            || c >= 0x1100 && c <= 0x11FF // Hangul jamo
            || c >= 0xF900 && c <= 0xFAFF // CJK compatibility ideographs
            || c >= 0x3000 && c <= 0x303F // CJK punctuation
            || c >= 0xFF00 && c <= 0xFFEF; // full-width forms
    }
}
