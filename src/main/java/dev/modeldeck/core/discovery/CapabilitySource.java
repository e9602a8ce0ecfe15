package dev.modeldeck.core.discovery;

import dev.modeldeck.core.i18n.I18n;

/** Where a capability value came from, so the UI can say "128k (provider)". */
public enum CapabilitySource {
    /** The provider's own /models answer. */
    PROVIDER,
    /** ModelDeck's table of well-known model ids, or a guess from the id's words. */
    BUILTIN,
    /** The user's own setting for this model. */
    USER,
    UNKNOWN;

    /** "provider", "built-in", "yours" or "unknown", in the user's language. */
    public String label() {
        return switch (this) {
            case PROVIDER -> I18n.t("disc_source_provider");
            case BUILTIN -> I18n.t("disc_source_builtin");
            case USER -> I18n.t("disc_source_user");
            case UNKNOWN -> I18n.t("disc_source_unknown");
        };
    }
}
