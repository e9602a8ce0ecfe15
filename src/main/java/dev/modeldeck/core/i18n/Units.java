package dev.modeldeck.core.i18n;

/** Durations, ages and sizes in the user's language: "1.4 s" / "1,4 s", "5 min ago" / "vor 5 Min.". */
public final class Units {
    private Units() { }

    /** How long something took: "120 ms", "1.4 s", then whole units from 10 s up ("2 min 5 s"). */
    public static String elapsed(long ms) {
        if (ms < 0) {
            return "?";
        }
        if (ms < 1000) {
            return I18n.t("unit_ms", I18n.format().integer(ms));
        }
        if (ms < 10_000) {
            return I18n.t("unit_s", I18n.format().decimal(Math.round(ms / 100.0) / 10.0, 1));
        }
        return duration(ms);
    }

    /** A wait or a timeout, rounded up so it is never shorter than the truth: "0.5 s", "2 s", "1 min 30 s", "2 h 5 min". */
    public static String duration(long ms) {
        LocaleFormat f = I18n.format();
        long safe = Math.max(0, ms);
        if (safe < 1000) {
            long tenths = (safe + 99) / 100;
            return I18n.t("unit_s", tenths >= 10 ? f.integer(1) : f.decimal(tenths / 10.0, 1));
        }
        long sec = (safe + 999) / 1000;
        if (sec < 60) {
            return I18n.t("unit_s", f.integer(sec));
        }
        if (sec < 3600) {
            long min = sec / 60;
            long rest = sec % 60;
            return rest == 0 ? I18n.t("unit_min", f.integer(min)) : I18n.t("unit_min_s", f.integer(min), f.integer(rest));
        }
        long h = sec / 3600;
        long min = (sec % 3600) / 60;
        return min == 0 ? I18n.t("unit_h", f.integer(h)) : I18n.t("unit_h_min", f.integer(h), f.integer(min));
    }

    /** "just now", "5 min ago", "2 h ago", "3 days ago". */
    public static String ago(long then, long now) {
        LocaleFormat f = I18n.format();
        long s = Math.max(0, now - then) / 1000;
        if (s < 45) {
            return I18n.t("ago_just_now");
        }
        long min = (s + 30) / 60;
        if (min < 60) {
            return I18n.t("ago_min", f.integer(min));
        }
        long h = (min + 30) / 60;
        if (h < 48) {
            return I18n.t("ago_h", f.integer(h));
        }
        return I18n.plural("ago_days", (h + 12) / 24);
    }

    /** A wait ahead: "in 20 s", "in 3 min". */
    public static String until(long when, long now) {
        long s = (Math.max(0, when - now) + 999) / 1000;
        String span = s < 90 ? I18n.t("unit_s", I18n.format().integer(s))
                : I18n.t("unit_min", I18n.format().integer((s + 30) / 60));
        return I18n.t("until_in", span);
    }

    /** Characters or bytes as megabytes with one decimal: "1.5 MB". */
    public static String megabytes(long bytes) {
        return I18n.t("unit_mb", I18n.format().decimal(Math.round(bytes * 10.0 / 1_048_576) / 10.0, 1));
    }

    /** A size to read at a glance: "12 KB" below a megabyte (at least 1 KB), "1.5 MB", from 1 GB up "76.8 GB". */
    public static String size(long bytes) {
        if (bytes < 1_048_576) {
            return I18n.t("unit_kb", I18n.format().integer(Math.max(1, Math.round(bytes / 1024.0))));
        }
        if (bytes < 1_073_741_824) {
            return megabytes(bytes);
        }
        return I18n.t("unit_gb", I18n.format().decimal(Math.round(bytes * 10.0 / 1_073_741_824) / 10.0, 1));
    }

    /** Context windows: 131072 → "131k", 1048576 → "1M", 1500000 → "1.5M". */
    public static String tokens(long n) {
        if (n >= 1_000_000) {
            return I18n.t("unit_tokens_m", I18n.format().decimal(Math.round(n / 100_000.0) / 10.0, 1));
        }
        if (n >= 1000) {
            return I18n.t("unit_tokens_k", I18n.format().integer(Math.round(n / 1000.0)));
        }
        return I18n.format().integer(n);
    }
}
