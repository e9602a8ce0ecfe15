package dev.modeldeck.core.discovery;

import dev.modeldeck.core.i18n.Units;

/** Short ages for status lines ("5 min ago", "in 20 s"), in the user's language. */
public final class Ago {
    private Ago() { }

    public static String since(long then, long now) {
        return Units.ago(then, now);
    }

    /** A wait ahead, such as "in 20 s" or "in 3 min". */
    public static String until(long when, long now) {
        return Units.until(when, now);
    }
}
