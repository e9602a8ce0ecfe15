package dev.modeldeck.core.discovery;

/** "just now", "5 min ago", "2 h ago", "3 days ago": short ages for status lines, without String.format. */
public final class Ago {
    private Ago() { }

    public static String since(long then, long now) {
        long s = Math.max(0, now - then) / 1000;
        if (s < 45) {
            return "just now";
        }
        long min = (s + 30) / 60;
        if (min < 60) {
            return min + " min ago";
        }
        long h = (min + 30) / 60;
        if (h < 48) {
            return h + " h ago";
        }
        long d = (h + 12) / 24;
        return d + (d == 1 ? " day ago" : " days ago");
    }

    /** A wait ahead, such as "in 20 s" or "in 3 min". */
    public static String until(long when, long now) {
        long s = (Math.max(0, when - now) + 999) / 1000;
        return s < 90 ? "in " + s + " s" : "in " + ((s + 30) / 60) + " min";
    }
}
