package dev.modeldeck.core.bulk;

import dev.modeldeck.core.i18n.I18n;

/**
 * Where an export finds the keys it was asked to include. Keys in the passphrase vault are not in
 * the settings, so a locked vault means the export cannot include them; the dialog must say so
 * instead of writing a file that claims to include keys and has none.
 */
public enum ExportKeyAccess {
    /** Keys are stored with the providers' settings. */
    PLAIN,
    /** Keys live in the vault, which is unlocked: they are read from it. */
    VAULT_UNLOCKED,
    /** Keys live in the vault, which is locked: none can be exported. */
    VAULT_LOCKED;

    public static ExportKeyAccess of(boolean vaultEnabled, boolean locked) {
        if (!vaultEnabled) {
            return PLAIN;
        }
        return locked ? VAULT_LOCKED : VAULT_UNLOCKED;
    }

    /** Whether "Include API keys" can be offered. */
    public boolean canInclude() { return this != VAULT_LOCKED; }

    /** What the dialog says next to the keys choice, or null when nothing needs saying. */
    public String note() {
        return this == VAULT_LOCKED ? I18n.t("bulk_export_keys_locked") : null;
    }
}
