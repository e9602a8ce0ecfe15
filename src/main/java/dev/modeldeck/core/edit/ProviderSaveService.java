package dev.modeldeck.core.edit;

import dev.modeldeck.core.discovery.ModelCache;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.InsecureKeyRule;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderSecrets;
import dev.modeldeck.core.provider.ProviderValidation;
import dev.modeldeck.core.provider.ValidationResult;
import dev.modeldeck.core.security.VaultException;
import dev.modeldeck.core.store.Settings;
import java.util.Map;

/**
 * Saving a provider from the options form, with everything that goes with it: the host permission,
 * the key and other secrets (into the vault when it is on), the settings write, stale cached models, and the Origin rule.
 * A step that fails leaves what was stored as it was: the vault write is undone when the settings write fails.
 */
public final class ProviderSaveService {
    private final SettingsEditor editor;
    private final KeyVault vault;
    private final HostAccess access;
    private final OriginRules rules;
    private final ModelCache models;

    public ProviderSaveService(SettingsEditor editor, KeyVault vault, HostAccess access, OriginRules rules, ModelCache models) {
        this.editor = editor;
        this.vault = vault;
        this.access = access;
        this.rules = rules;
        this.models = models;
    }

    /** The draft checked against the other providers, including the unencrypted-key rule. */
    public ValidationResult validate(ProviderConfig draft) {
        return InsecureKeyRule.apply(draft, ProviderValidation.validate(draft, editor.settings().providersExcept(draft.id)));
    }

    /**
     * Step 1, inside the Save click (the prompt needs its user gesture): asks for the draft's origin unless
     * it is granted. Returns at once; {@code answered} runs when (if ever) the user answers, and a granted
     * origin then gets the draft's Origin rule.
     */
    public void requestAccess(ProviderConfig draft, Runnable answered) {
        String pattern = BaseUrlCheck.permissionPattern(draft.baseUrl);
        if (pattern == null || access.granted(pattern)) {
            return;
        }
        access.request(pattern, ok -> {
            answered.run();
            if (ok && draft.stripOrigin) {
                rules.install(draft.id, draft.baseUrl);
            }
        });
    }

    /**
     * Step 2, off the click: stores the (validated) draft. {@code baseline} is the stored provider's
     * {@link ProviderConfig#snapshot} when the form opened (null for a new one): a different stored
     * version means another window edited it, and nothing is saved.
     */
    public ProviderSaveOutcome save(ProviderConfig draft, String baseline, boolean creating) {
        if (editor.readOnly()) {
            return new ProviderSaveOutcome.Refused(I18n.t("opt_page_read_only_refusal"));
        }
        ProviderConfig before = editor.settings().provider(draft.id);
        Settings latest = editor.peek().settings();
        ProviderConfig theirs = latest.provider(draft.id);
        if (!creating && baseline != null && theirs != null && !theirs.snapshot().equals(baseline)) {
            editor.adopt(latest);
            return new ProviderSaveOutcome.Conflict(theirs);
        }
        // With the vault on, the key and every secret header or query value go into the vault, and the
        // settings document keeps placeholders (ProviderSecrets): one write for all of them.
        Map<String, String> vaultChanges = Map.of();
        Map<String, String> vaultBefore = Map.of();
        if (vault.vaultEnabled()) {
            if (vault.locked()) {
                if (ProviderSecrets.needsVault(draft) || !ProviderSecrets.plain(draft).isEmpty()) {
                    return new ProviderSaveOutcome.Refused(I18n.t("opt_page_not_saved_locked"));
                }
            } else {
                vaultBefore = vault.secrets();
                vaultChanges = ProviderSecrets.changes(draft, vaultBefore, true);
                try {
                    writeVault(vaultChanges);
                } catch (VaultException e) {
                    return new ProviderSaveOutcome.Refused(I18n.t("opt_page_not_saved", e.getMessage()));
                }
            }
        }
        ProviderConfig stored = vault.vaultEnabled() ? ProviderSecrets.sealed(draft) : draft;
        String refusal = editor.apply(s -> {
            s.putProvider(stored);
            return s;
        });
        if (refusal != null) {
            restoreVault(ProviderSecrets.undo(vaultChanges, vaultBefore));
            return new ProviderSaveOutcome.Refused(refusal);
        }
        if (before != null && !before.sameEndpoint(stored)) {
            models.invalidate(draft.id);
        }
        String pattern = BaseUrlCheck.permissionPattern(draft.baseUrl);
        access.check(pattern);
        String problem = updateOriginRule(before, draft);
        if (access.refused(draft)) {
            problem = I18n.t("opt_page_saved_needs_permission", pattern, I18n.t("opt_grant_access"));
        }
        return new ProviderSaveOutcome.Saved(editor.settings().provider(draft.id), creating, problem);
    }

    private void writeVault(Map<String, String> changes) throws VaultException {
        if (!changes.isEmpty()) {
            vault.putAll(changes);
        }
    }

    /** The settings were not written: the vault gets back what it had, so it still matches them. */
    private void restoreVault(Map<String, String> undo) {
        try {
            writeVault(undo);
        } catch (VaultException e) {
            // Nothing more to try: the user is told the save failed, and the form still holds the secrets.
        }
    }

    /** Installs, replaces or removes the provider's Origin rule; returns a worded problem or null. */
    private String updateOriginRule(ProviderConfig before, ProviderConfig saved) {
        if (saved.stripOrigin && !access.refused(saved)) {
            String why = rules.install(saved.id, saved.baseUrl);
            return why == null ? null : I18n.t("opt_page_origin_rule_failed", why, I18n.extensionScheme());
        }
        boolean hadRule = before != null && before.stripOrigin;
        if (hadRule && (!saved.stripOrigin || !before.baseUrl.equals(saved.baseUrl))) {
            // Off now, or the address moved to an origin not granted: the old address keeps no rule.
            rules.uninstall(saved.id);
        }
        return null;
    }

    /** Session rules vanish when the browser restarts, so each page re-installs them (idempotent). */
    public void restoreOriginRules() {
        for (ProviderConfig p : editor.settings().providers) {
            if (p.stripOrigin && !access.refused(p)) {
                rules.install(p.id, BaseUrlCheck.check(p.baseUrl).normalized());
            }
        }
    }
}
