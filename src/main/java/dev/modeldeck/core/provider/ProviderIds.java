package dev.modeldeck.core.provider;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.time.Clock;
import java.util.Collection;

/** New provider ids that do not collide, and display names that do not repeat. */
public final class ProviderIds {
    private static int counter;

    private ProviderIds() { }

    /**
     * {@code p-<time base36>-<counter base36><random base36>}, never one of {@code taken}. Time and a
     * per-page counter separate ids made in one page; the random part separates pages (popup and
     * options) that create a provider in the same millisecond.
     */
    public static String newId(Clock clock, Collection<String> taken) {
        while (true) {
            int n;
            synchronized (ProviderIds.class) {
                n = counter++;
            }
            String id = format(clock.nowMillis(), n, (int) (Math.random() * 46656)); // 36^3
            if (taken == null || !taken.contains(id)) {
                return id;
            }
        }
    }

    static String format(long millis, int count, int random) {
        return "p-" + Long.toString(Math.max(0, millis), 36) + "-" + Integer.toString(count & 0x7fffffff, 36)
            + pad3(Integer.toString(Math.abs(random) % 46656, 36));
    }

    private static String pad3(String s) {
        return s.length() >= 3 ? s : "000".substring(s.length()) + s;
    }

    /**
     * {@code wanted} (trimmed) if no name in {@code taken} equals it ignoring case, else the first free
     * "Name 2", "Name 3", …. A wanted name that already ends in a number counts on from it ("Groq 2" → "Groq 3").
     * A blank wish becomes "Provider".
     */
    public static String uniqueName(String wanted, Collection<String> taken) {
        String name = wanted == null || PastedText.trim(wanted).isEmpty() ? I18n.t("prov_default_name") : PastedText.trim(wanted);
        if (!isTaken(name, taken)) {
            return name;
        }
        String base = name;
        int n = 2;
        int space = name.lastIndexOf(' ');
        if (space > 0 && isNumber(name.substring(space + 1))) {
            base = name.substring(0, space);
            n = Integer.parseInt(name.substring(space + 1)) + 1;
        }
        while (isTaken(base + " " + n, taken)) {
            n++;
        }
        return base + " " + n;
    }

    private static boolean isTaken(String name, Collection<String> taken) {
        if (taken == null) {
            return false;
        }
        for (String t : taken) {
            if (t != null && PastedText.trim(t).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty() || s.length() > 6) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
