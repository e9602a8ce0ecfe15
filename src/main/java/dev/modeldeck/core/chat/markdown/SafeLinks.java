package dev.modeldeck.core.chat.markdown;

/** Decides which link targets from model output may become clickable: http(s) and mailto only. */
public final class SafeLinks {
    private SafeLinks() { }

    /** The href to use, or null when the destination must stay plain text. */
    public static String allowedHref(String destination) {
        if (destination == null) {
            return null;
        }
        // Browsers ignore ASCII control characters and whitespace inside schemes ("java\tscript:"), so strip them before judging.
        StringBuilder sb = new StringBuilder(destination.length());
        for (int i = 0; i < destination.length(); i++) {
            char c = destination.charAt(i);
            if (c > ' ' && c != '\u007f') {
                sb.append(c);
            }
        }
        String cleaned = sb.toString();
        String lower = cleaned.toLowerCase();
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            return cleaned.length() > 8 ? cleaned : null;
        }
        if (lower.startsWith("mailto:") && cleaned.length() > 7) {
            return cleaned;
        }
        return null;
    }
}
