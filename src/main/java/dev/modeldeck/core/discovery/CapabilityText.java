package dev.modeldeck.core.discovery;

import dev.modeldeck.core.i18n.I18n;

/** Short texts for capability values, such as "128k (provider)". */
public final class CapabilityText {
    private CapabilityText() { }

    /** 131072 → "128k", 128000 → "128k", 1048576 → "1M", 448 → "448". */
    public static String tokens(long n) {
        if (n >= 1_000_000) {
            if (n % 1_048_576 == 0) {
                return (n / 1_048_576) + "M";
            }
            long tenths = Math.round(n / 100_000d);
            return tenths % 10 == 0 ? (tenths / 10) + "M" : I18n.format().decimal(tenths / 10.0, 1) + "M";
        }
        if (n >= 1000) {
            return (n % 1000 == 0 ? n / 1000 : n % 1024 == 0 ? n / 1024 : Math.round(n / 1000d)) + "k";
        }
        return Long.toString(n);
    }

    /** "128k (provider)", or "unknown". */
    public static String tokensWithSource(Sourced<Long> v) {
        return v.isKnown() ? I18n.t("disc_value_with_source", tokens(v.value()), v.source().label()) : I18n.t("disc_value_unknown");
    }
}
