package dev.modeldeck.core.provider;

import dev.modeldeck.core.i18n.I18n;

/** How a provider wants its key: as a Bearer token, in a named header (Azure's api-key), or not at all. */
public enum AuthStyle {
    BEARER("bearer"),
    CUSTOM_HEADER("header"),
    NONE("none");

    private final String wire;

    AuthStyle(String wire) { this.wire = wire; }

    public String wire() { return wire; }

    /** The name shown in the form's Authentication menu. */
    public String label() {
        return switch (this) {
            case BEARER -> I18n.t("prov_auth_bearer");
            case CUSTOM_HEADER -> I18n.t("prov_auth_custom_header");
            case NONE -> I18n.t("prov_auth_none");
        };
    }

    /** The style for a form value; Bearer for anything else (the form only offers known values). */
    public static AuthStyle fromWire(String s) {
        AuthStyle a = known(s);
        return a == null ? BEARER : a;
    }

    /** The style named by {@code s}, or null when it names none (stored data from elsewhere or a newer build). */
    public static AuthStyle known(String s) {
        for (AuthStyle a : values()) {
            if (a.wire.equals(s)) {
                return a;
            }
        }
        return null;
    }
}
