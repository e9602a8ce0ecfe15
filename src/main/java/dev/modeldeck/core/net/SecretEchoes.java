package dev.modeldeck.core.net;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds known secrets in text even when an echo disguises them: invisible characters inserted (zero-width
 * spaces and joiners, soft hyphens, byte order marks, direction marks, tag characters, or JSON and HTML
 * escapes of them), letters in another case, or only part of the secret. Text and secrets are compared in
 * a normal form (invisibles dropped, escapes decoded, lower case); the whole secret is found from
 * {@link #MIN_SECRET} characters, and any run of {@link #MIN_FRAGMENT} or more characters that also occurs
 * in a secret counts as an echo of it. Spans are reported in the original text.
 */
final class SecretEchoes {
    /** Shorter secrets are not searched for: they would match ordinary words. */
    static final int MIN_SECRET = 4;
    /** Shortest piece of a secret that counts as an echo of it. */
    static final int MIN_FRAGMENT = 12;

    private SecretEchoes() { }

    /** Sorted, non-overlapping [start, end) spans of {@code text} that echo one of the secrets. */
    static List<int[]> find(String text, List<String> secrets) {
        List<int[]> found = new ArrayList<>();
        if (text == null || text.isEmpty() || secrets == null) {
            return found;
        }
        Normal t = null;
        for (String s : secrets) {
            String secret = s == null ? "" : new Normal(s.trim()).text;
            if (secret.length() < MIN_SECRET) {
                continue;
            }
            if (t == null) {
                t = new Normal(text);
            }
            wholeMatches(t, secret, found);
            if (secret.length() > MIN_FRAGMENT) {
                fragmentMatches(t, secret, found);
            }
        }
        return merged(found);
    }

    private static void wholeMatches(Normal t, String secret, List<int[]> out) {
        int at = t.text.indexOf(secret);
        while (at >= 0) {
            out.add(t.original(at, at + secret.length()));
            at = t.text.indexOf(secret, at + 1);
        }
    }

    /** Every window of {@link #MIN_FRAGMENT} characters that occurs in the secret; a rolling hash keeps it linear. */
    private static void fragmentMatches(Normal t, String secret, List<int[]> out) {
        int n = MIN_FRAGMENT;
        if (t.text.length() < n) {
            return;
        }
        Set<Integer> hashes = new HashSet<>();
        for (int i = 0; i + n <= secret.length(); i++) {
            hashes.add(hash(secret, i, n));
        }
        int power = 1; // 31^(n-1), as int arithmetic wraps
        for (int i = 1; i < n; i++) {
            power *= 31;
        }
        int h = hash(t.text, 0, n);
        for (int i = 0; ; i++) {
            if (hashes.contains(h) && secret.contains(t.text.substring(i, i + n))) {
                out.add(t.original(i, i + n));
            }
            if (i + n >= t.text.length()) {
                return;
            }
            h = (h - t.text.charAt(i) * power) * 31 + t.text.charAt(i + n);
        }
    }

    private static int hash(String s, int from, int n) {
        int h = 0;
        for (int i = from; i < from + n; i++) {
            h = h * 31 + s.charAt(i);
        }
        return h;
    }

    private static List<int[]> merged(List<int[]> spans) {
        spans.sort((a, b) -> a[0] - b[0]);
        List<int[]> out = new ArrayList<>();
        for (int[] s : spans) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                out.add(new int[] {s[0], s[1]});
            }
        }
        return out;
    }

    /** Characters that show nothing and may be slipped into a token unseen. */
    static boolean isInvisible(int c) {
        return c == 0x00AD || c == 0x034F || c == 0x061C || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5
            || (c >= 0x180B && c <= 0x180F) || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
            || (c >= 0x2060 && c <= 0x206F) || c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF
            || c == 0xFFA0 || (c >= 0xE0000 && c <= 0xE007F) || (c >= 0xE0100 && c <= 0xE01EF);
    }

    /** Text in normal form, with the original index each of its characters came from. */
    private static final class Normal {
        final String text;
        /** start[i]: where normal character i begins in the original; end[i]: just after it. */
        private final int[] start;
        private final int[] end;

        Normal(String original) {
            int len = original.length();
            StringBuilder sb = new StringBuilder(len);
            int[] from = new int[len];
            int[] to = new int[len];
            int i = 0;
            while (i < len) {
                int next = escapeEnd(original, i);
                int c;
                if (next > i) {
                    c = decode(original, i, next);
                } else {
                    c = original.codePointAt(i);
                    next = i + Character.charCount(c);
                }
                if (!isInvisible(c)) {
                    for (char ch : Character.toChars(c)) {
                        from[sb.length()] = i;
                        to[sb.length()] = next;
                        sb.append(Character.toLowerCase(ch));
                    }
                }
                i = next;
            }
            text = sb.toString();
            start = from;
            end = to;
        }

        int[] original(int from, int to) { return new int[] {start[from], end[to - 1]}; }

        /** End of a JSON escape (backslash u + 4 hex digits) or a numeric HTML entity at {@code i}; {@code i} when none. */
        private static int escapeEnd(String s, int i) {
            char c = s.charAt(i);
            if (c == '\\' && i + 6 <= s.length() && (s.charAt(i + 1) == 'u' || s.charAt(i + 1) == 'U')
                    && value(s, i + 2, i + 6, 16) >= 0) {
                return i + 6;
            }
            if (c == '&' && i + 3 < s.length() && s.charAt(i + 1) == '#') {
                int semi = s.indexOf(';', i + 2);
                if (semi > i + 2 && semi <= i + 10 && decode(s, i, semi + 1) >= 0) {
                    return semi + 1;
                }
            }
            return i;
        }

        /** The code point an escape or entity spelled; -1 when it is not one. */
        private static int decode(String s, int from, int to) {
            if (s.charAt(from) == '\\') {
                return value(s, from + 2, to, 16);
            }
            boolean hex = s.charAt(from + 2) == 'x' || s.charAt(from + 2) == 'X';
            return hex ? value(s, from + 3, to - 1, 16) : value(s, from + 2, to - 1, 10);
        }

        /** The code point written in s[from, to) in base 16 or 10; -1 when it is not a number or no code point. */
        private static int value(String s, int from, int to, int radix) {
            if (to <= from || to - from > 7) {
                return -1;
            }
            int v = 0;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                int d = c >= '0' && c <= '9' ? c - '0'
                    : radix == 16 && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : radix == 16 && c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
                if (d < 0 || v > Character.MAX_CODE_POINT) {
                    return -1;
                }
                v = v * radix + d;
            }
            return v <= Character.MAX_CODE_POINT ? v : -1;
        }
    }
}
