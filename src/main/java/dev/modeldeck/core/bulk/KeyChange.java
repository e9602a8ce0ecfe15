package dev.modeldeck.core.bulk;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.InsecureKeyRule;

/** What an import does to a provider's API key; the preview shows only this, never the key. */
public enum KeyChange {
    /** No key before and none after. */
    NONE,
    /** The file's key will be stored (new provider, or a different key than the saved one). */
    SET,
    /** The saved key stays (the file has no keys, or the same key). */
    KEPT,
    /** The file includes keys and has none for this provider, so the saved key is removed. */
    REMOVED,
    /**
     * The file's key is left out: it would go over plain http:// to a remote host and the file does not
     * carry the user's confirmation (allowInsecureKey), so storing it would only wait to leak it.
     */
    WITHHELD;

    /** Preview text, e.g. "key: will be set". */
    public String label() {
        return switch (this) {
            case SET -> I18n.t("bulk_key_will_be_set");
            case KEPT -> I18n.t("bulk_key_kept");
            case REMOVED -> I18n.t("bulk_key_will_be_removed");
            case WITHHELD -> I18n.t("bulk_key_withheld_insecure", InsecureKeyRule.confirmation());
            case NONE -> I18n.t("bulk_key_none");
        };
    }
}
