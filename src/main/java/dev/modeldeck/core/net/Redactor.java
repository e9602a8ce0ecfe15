package dev.modeldeck.core.net;

import dev.modeldeck.core.security.SecretPatterns;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes secrets from any text that may reach a user, a log or an export. Given secrets are
 * replaced wherever they occur, also when an echo disguises them (see {@link SecretEchoes}: invisible
 * characters, another case, a piece of 12 or more characters); on top of that a small scanner masks
 * anything that looks like a credential even when nobody told us it was one (a key echoed by a proxy,
 * a token in a URL). Written without regex so it stays small in the browser build.
 */
public final class Redactor {
    /** What every masked span becomes. */
    public static final String MASK = "[redacted]";

    /** Characters after a key prefix that make it a key rather than a word such as "sk-learn". */
    private static final int MIN_KEY_BODY = 8;
    /** Length from which an unlabelled token near "key"/"token" is treated as a credential. */
    private static final int LONG_TOKEN = 32;
    /** How far before a long token we look for the words "key" or "token". */
    private static final int NEAR = 40;

    private Redactor() { }

    /** Replaces every echo of each secret (length >= 4) and every key-looking token with {@link #MASK}. */
    public static String redact(String text, List<String> secrets) {
        if (text == null) {
            return null;
        }
        String out = redactKnown(text, secrets);
        List<int[]> spans = new ArrayList<>();
        scanBearer(out, spans);
        scanPrefixes(out, spans);
        scanLabelled(out, spans);
        scanLongTokens(out, spans);
        return applySpans(out, spans);
    }

    /** A key shown to the user: first 3 and last 4 characters when long enough, otherwise only dots. */
    public static String maskKey(String key) {
        if (key == null || key.isEmpty()) {
            return "";
        }
        String k = key.trim();
        if (k.length() < 12) {
            return "••••";
        }
        return k.substring(0, 3) + "…" + k.substring(k.length() - 4);
    }

    /**
     * Masks only the given secrets and their disguised echoes, without the scan for credential-looking
     * tokens: for our own sentences, where that scan would mask long URLs next to the word "key".
     */
    public static String redactKnown(String text, List<String> secrets) {
        if (text == null) {
            return null;
        }
        return applySpans(text, SecretEchoes.find(text, secrets));
    }

    /** Letters, digits and the punctuation keys and tokens are made of. */
    static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == '~' || c == '+' || c == '/' || c == '=';
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    private static int tokenEnd(String s, int from) {
        int i = from;
        while (i < s.length() && isTokenChar(s.charAt(i))) {
            i++;
        }
        // Sentence punctuation after a token is not part of it.
        while (i > from && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == '/')) {
            i--;
        }
        return i;
    }

    private static boolean hasDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWord(String s, int i) {
        return i == 0 || !isWordChar(s.charAt(i - 1));
    }

    /** "Bearer xyz": the token after the scheme, when it looks like a credential rather than prose. */
    private static void scanBearer(String s, List<int[]> spans) {
        int i = 0;
        while ((i = indexOfIgnoreCase(s, "bearer", i)) >= 0) {
            int j = i + 6;
            if (!startsWord(s, i) || j >= s.length() || !isSpace(s.charAt(j))) {
                i = j;
                continue;
            }
            while (j < s.length() && isSpace(s.charAt(j))) {
                j++;
            }
            int end = tokenEnd(s, j);
            int len = end - j;
            if (len >= 20 || (len >= 6 && hasDigit(s, j, end))) {
                spans.add(new int[] {j, end});
            }
            i = end > j ? end : j;
        }
    }

    private static void scanPrefixes(String s, List<int[]> spans) {
        for (int i = 0; i < s.length(); i++) {
            if (!startsWord(s, i)) {
                continue;
            }
            String p = SecretPatterns.keyPrefixAt(s, i);
            if (p != null) {
                int end = tokenEnd(s, i);
                if (end - i - p.length() >= MIN_KEY_BODY) {
                    spans.add(new int[] {i, end});
                    i = end;
                }
            }
        }
    }

    /** "key=…", "api-key: …", "\"access_token\": \"…\"", "Authorization: …": the value after a credential label. */
    private static void scanLabelled(String s, List<int[]> spans) {
        int i = 0;
        while (i < s.length()) {
            if (!isWordChar(s.charAt(i)) || !startsWord(s, i)) {
                i++;
                continue;
            }
            int end = i;
            while (end < s.length() && isWordChar(s.charAt(end))) {
                end++;
            }
            String word = s.substring(i, end).toLowerCase();
            if (SecretPatterns.isCredentialLabel(word)) {
                int v = valueStart(s, end);
                if (v >= 0) {
                    int vEnd = tokenEnd(s, v);
                    String value = s.substring(v, vEnd);
                    if (value.equalsIgnoreCase("bearer") || value.equalsIgnoreCase("basic")
                            || value.equalsIgnoreCase("token")) {
                        int w = vEnd;
                        while (w < s.length() && isSpace(s.charAt(w))) {
                            w++;
                        }
                        v = w;
                        vEnd = tokenEnd(s, v);
                        value = s.substring(v, vEnd);
                    }
                    if (value.length() >= 4 && !allDigits(value)) {
                        spans.add(new int[] {v, vEnd});
                    }
                    end = Math.max(end, vEnd);
                }
            }
            i = end;
        }
    }

    /** Index of the value after "label", allowing a closing quote, spaces and ':' or '='; -1 when there is none. */
    private static int valueStart(String s, int from) {
        int j = from;
        if (j < s.length() && (s.charAt(j) == '"' || s.charAt(j) == '\'')) {
            j++;
        }
        while (j < s.length() && s.charAt(j) == ' ') {
            j++;
        }
        if (j >= s.length() || (s.charAt(j) != ':' && s.charAt(j) != '=')) {
            return -1;
        }
        j++;
        while (j < s.length() && isSpace(s.charAt(j))) {
            j++;
        }
        if (j < s.length() && (s.charAt(j) == '"' || s.charAt(j) == '\'')) {
            j++;
        }
        return j;
    }

    /** Long random-looking tokens shortly after the words "key" or "token". */
    private static void scanLongTokens(String s, List<int[]> spans) {
        int i = 0;
        while (i < s.length()) {
            if (!isTokenChar(s.charAt(i))) {
                i++;
                continue;
            }
            int end = tokenEnd(s, i);
            if (end <= i) {
                i++;
                continue;
            }
            if (end - i >= LONG_TOKEN && hasDigit(s, i, end) && hasLetter(s, i, end)
                    && nearCredentialWord(s, i, end)) {
                spans.add(new int[] {i, end});
            }
            i = end;
        }
    }

    private static boolean nearCredentialWord(String s, int start, int end) {
        String before = s.substring(Math.max(0, start - NEAR), start).toLowerCase();
        String after = s.substring(end, Math.min(s.length(), end + NEAR / 2)).toLowerCase();
        return before.contains("key") || before.contains("token") || after.contains("key") || after.contains("token");
    }

    private static boolean hasLetter(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                return true;
            }
        }
        return false;
    }

    private static boolean allDigits(String v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    static int indexOfIgnoreCase(String s, String needle, int from) {
        int n = needle.length();
        for (int i = Math.max(0, from); i + n <= s.length(); i++) {
            if (s.regionMatches(true, i, needle, 0, n)) {
                return i;
            }
        }
        return -1;
    }

    /** Replaces the (possibly overlapping) spans with the mask, left to right. */
    private static String applySpans(String s, List<int[]> spans) {
        if (spans.isEmpty()) {
            return s;
        }
        spans.sort((a, b) -> a[0] - b[0]);
        StringBuilder sb = new StringBuilder(s.length());
        int pos = 0;
        for (int[] span : spans) {
            if (span[1] <= pos) {
                continue;
            }
            int start = Math.max(span[0], pos);
            sb.append(s, pos, start).append(MASK);
            pos = span[1];
        }
        return sb.append(s, pos, s.length()).toString();
    }
}
