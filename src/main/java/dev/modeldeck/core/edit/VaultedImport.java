package dev.modeldeck.core.edit;

import dev.modeldeck.core.bulk.ImportPlan;
import dev.modeldeck.core.bulk.ImportPlanner;
import dev.modeldeck.core.bulk.ImportRejected;
import dev.modeldeck.core.bulk.PlanAction;
import dev.modeldeck.core.bulk.PlannedProvider;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.ProviderSecrets;
import dev.modeldeck.core.security.VaultException;
import dev.modeldeck.core.store.Settings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An import with the key vault in mind. With the vault on, plans are made against the settings opened
 * with the vault's secrets (so "key: kept" means it), the imported keys and secret values go into the
 * vault in one write, and the settings document gets placeholders: never a plain secret. With the vault
 * locked, an import that carries secrets is refused until it is unlocked; one without secrets goes ahead.
 */
public final class VaultedImport {
    private final SettingsEditor editor;
    private final KeyVault vault;

    /**
     * Null {@code refusal} when saved. {@code previewAgain}: the plan no longer applies (the providers
     * changed, or the vault must be unlocked first), so it is dropped and the file previewed anew.
     */
    public record Result(String refusal, boolean previewAgain) {
        public boolean saved() { return refusal == null; }
    }

    /** Ends a settings edit without saving; its message is the refusal. */
    private static final class Abandoned extends RuntimeException {
        final boolean previewAgain;

        Abandoned(String message, boolean previewAgain) {
            super(message);
            this.previewAgain = previewAgain;
        }
    }

    public VaultedImport(SettingsEditor editor, KeyVault vault) {
        this.editor = editor;
        this.vault = vault;
    }

    /** What a plan is made against: the page's settings, opened when the vault is unlocked. */
    public Settings base() { return base(editor.settings()); }

    private Settings base(Settings s) {
        return vault.vaultEnabled() && !vault.locked() ? VaultedSettings.opened(s, vault.secrets()) : s;
    }

    /** Whether applying {@code plan} would store a key or a secret value (the vault must then be unlocked). */
    public static boolean carriesSecrets(ImportPlan plan) {
        for (PlannedProvider item : plan.items()) {
            if (item.action() != PlanAction.SKIP && !ProviderSecrets.plain(item.provider()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Applies the plan in one settings write (and at most one vault write before it, undone if the
     * settings write fails). Blocking.
     */
    public Result apply(ImportPlan plan) {
        boolean vaultOn = vault.vaultEnabled();
        if (vaultOn && vault.locked() && carriesSecrets(plan)) {
            return new Result(I18n.t("opt_import_unlock_first"), true);
        }
        Map<String, String> before = vault.secrets();
        Map<String, String> touched = new LinkedHashMap<>();
        String refusal;
        boolean previewAgain = false;
        try {
            refusal = editor.apply(s -> {
                Settings next;
                try {
                    next = ImportPlanner.apply(plan, base(s));
                } catch (ImportRejected e) {
                    throw new Abandoned(I18n.t("opt_import_not_applied", e.getMessage()), true);
                }
                if (!vaultOn) {
                    return next;
                }
                if (!vault.locked()) {
                    storeSecrets(VaultedSettings.changes(next, vault.secrets()), touched);
                }
                return VaultedSettings.sealed(next);
            });
        } catch (Abandoned a) {
            refusal = a.getMessage();
            previewAgain = a.previewAgain;
        }
        if (refusal != null && !touched.isEmpty()) {
            try {
                vault.putAll(ProviderSecrets.undo(touched, before));
            } catch (VaultException e) {
                // The refusal is shown; the vault keeps the extra entries, which no provider points to.
            }
        }
        return new Result(refusal, previewAgain);
    }

    private void storeSecrets(Map<String, String> changes, Map<String, String> touched) {
        if (changes.isEmpty()) {
            return;
        }
        try {
            vault.putAll(changes);
        } catch (VaultException e) {
            throw new Abandoned(I18n.t("opt_import_vault_failed", e.getMessage()), false);
        }
        touched.putAll(changes);
    }
}
