package dev.modeldeck.core.discovery;

/** Small text helpers for matching model ids without regular expressions. */
final class IdWords {
    private IdWords() { }

    /** Lowercase without '-', '_' and spaces, so "Meta-Llama-3.1" and "llama3.1" compare alike. */
    static String squash(String id) {
        StringBuilder sb = new StringBuilder(id.length());
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c != '-' && c != '_' && c != ' ') {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** The part after the last '/' (drops "openai/", "models/", "../models/" and the like). */
    static String lastSegment(String id) {
        int slash = id.lastIndexOf('/');
        return slash < 0 ? id : id.substring(slash + 1);
    }

    /** True when {@code word} occurs in {@code s} with no letter right before or after it ("tts" but not "mattson"). */
    static boolean containsWord(String s, String word) {
        int from = 0;
        while (true) {
            int at = s.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            int end = at + word.length();
            boolean leftOk = at == 0 || !Character.isLetter(s.charAt(at - 1));
            boolean rightOk = end == s.length() || !Character.isLetter(s.charAt(end));
            if (leftOk && rightOk) {
                return true;
            }
            from = at + 1;
        }
    }

    /** True when {@code word} starts {@code s} or follows a non-letter in it ("bge-m3", "baai/bge-base"). */
    static boolean containsWordStart(String s, String word) {
        int from = 0;
        while (true) {
            int at = s.indexOf(word, from);
            if (at < 0) {
                return false;
            }
            if (at == 0 || !Character.isLetter(s.charAt(at - 1))) {
                return true;
            }
            from = at + 1;
        }
    }
}
