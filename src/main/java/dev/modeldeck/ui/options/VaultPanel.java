package dev.modeldeck.ui.options;

import dev.modeldeck.core.edit.PlainSecretsToVault;
import dev.modeldeck.core.edit.SettingsEditor;
import dev.modeldeck.core.edit.VaultedSettings;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.security.PassphrasePolicy;
import dev.modeldeck.core.security.VaultException;
import dev.modeldeck.core.store.KeyStorageMode;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.store.StoreException;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.AppContext;
import dev.modeldeck.ui.shared.Format;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Key storage": plain (said plainly) or a passphrase vault (PBKDF2-SHA256, 600,000 iterations →
 * AES-GCM-256 through WebCrypto). Enable, unlock, lock, change passphrase, go back to plain — each
 * step ordered so that a failure half-way loses no key.
 */
final class VaultPanel {
    private final AppContext ctx;
    private final SettingsEditor editor;
    /** Keys' location changed: the page refreshes its notes and any open form. */
    private final Runnable keysMoved;
    private final El root = El.tag("section").cls("panel vault-panel");
    private final El body = El.div("vault-body");

    VaultPanel(AppContext ctx, SettingsEditor editor, Runnable keysMoved) {
        this.ctx = ctx;
        this.editor = editor;
        this.keysMoved = keysMoved;
        root.label(I18n.t("opt_vault_title"));
        root.add(El.heading(2, I18n.t("opt_vault_title")), body);
    }

    El element() { return root; }

    void render() {
        body.clear();
        ctx.keys.refresh();
        body.add(El.tag("p").cls("hint").text(ctx.keys.storageNote()));
        if (!ctx.keys.vaultEnabled()) {
            renderEnable();
        } else if (ctx.keys.locked()) {
            renderUnlock();
        } else {
            renderUnlocked();
        }
    }

    private static El password(String id) {
        return El.tag("input").attr("type", "password").attr("autocomplete", "new-password").id(id);
    }

    private void renderEnable() {
        El pass = password("vault-new");
        El again = password("vault-again");
        El enable = El.button(I18n.t("opt_vault_enable")).cls("primary");
        enable.onClickAsync(() -> {
            String problem = PassphrasePolicy.problem(pass.value());
            if (problem != null) {
                Alerts.error(problem);
                pass.focus();
                return;
            }
            if (!pass.value().equals(again.value())) {
                Alerts.error(I18n.t("opt_vault_passphrases_differ"));
                again.focus();
                return;
            }
            root.busy(true);
            try {
                Map<String, String> plain = VaultedSettings.plainSecrets(editor.settings());
                long start = ctx.clock.nowMillis();
                // The vault is written and read back before any plain copy is cleared: a failure here leaves them as they were.
                ctx.keys.vault().enable(pass.value(), plain);
                ctx.keys.refresh();
                boolean cleared = editor.change(s -> {
                    Settings sealed = VaultedSettings.sealedWhereVaulted(s, ctx.keys.secrets());
                    sealed.keyStorage = KeyStorageMode.VAULT;
                    return sealed;
                }, null);
                String count = I18n.format().integer(plain.size());
                String took = Format.millis(ctx.clock.nowMillis() - start);
                List<String> notices = new ArrayList<>();
                notices.add(cleared ? I18n.t("opt_vault_encrypted", count, took) : I18n.t("opt_vault_encrypted_plain_kept", count, took));
                notices.addAll(ctx.moveSecretsIntoVault()); // the legacy v1 key, and anything saved meanwhile
                Alerts.say(String.join(" ", notices));
            } catch (VaultException e) {
                Alerts.error(I18n.t("opt_vault_not_encrypted", e.getMessage()));
            } finally {
                root.busy(false);
                keysMoved.run();
                render();
            }
        });
        body.add(El.div("form-grid").add(El.field("vault-new", I18n.t("opt_vault_new_passphrase"), pass),
                El.field("vault-again", I18n.t("opt_vault_repeat_passphrase"), again)),
            El.div("hint").text(I18n.t("opt_vault_passphrase_hint", I18n.format().integer(PassphrasePolicy.MIN_LENGTH))),
            El.div("form-actions").add(enable));
    }

    private void renderUnlock() {
        El pass = password("vault-pass").attr("autocomplete", "current-password");
        El unlock = El.button(I18n.t("opt_vault_unlock")).cls("primary");
        Runnable doUnlock = () -> {
            root.busy(true);
            try {
                long start = ctx.clock.nowMillis();
                ctx.keys.vault().unlock(pass.value());
                ctx.keys.refresh();
                String unlocked = I18n.t("opt_vault_unlocked", Format.millis(ctx.clock.nowMillis() - start));
                List<String> notices = ctx.moveSecretsIntoVault();
                Alerts.say(notices.isEmpty() ? unlocked : unlocked + " " + String.join(" ", notices));
                keysMoved.run();
            } catch (VaultException e) {
                Alerts.error(e.getMessage());
                pass.focus();
            } finally {
                root.busy(false);
                render();
            }
        };
        unlock.onClickAsync(doUnlock);
        El erase = El.button(I18n.t("opt_vault_erase")).cls("link danger");
        erase.onClickAsync(() -> {
            ctx.keys.vault().erase();
            editor.change(s -> {
                // Secret values that lived in the vault are gone with it: their placeholders go too.
                Settings plain = VaultedSettings.opened(s, Map.of());
                plain.keyStorage = KeyStorageMode.PLAIN;
                return plain;
            }, I18n.t("opt_vault_erased"));
            keysMoved.run();
            render();
        });
        body.add(El.field("vault-pass", I18n.t("opt_vault_passphrase"), pass), El.div("form-actions").add(unlock, erase));
        if (new PlainSecretsToVault(ctx.store, ctx.settings, ctx.keys).legacyKeyWaiting()) {
            body.add(El.div("field-warning").role("note").text(I18n.t("sec_legacy_key_waiting")));
        }
    }

    private void renderUnlocked() {
        El lock = El.button(I18n.t("opt_vault_lock_now"));
        lock.onClickAsync(() -> {
            ctx.keys.vault().lock();
            Alerts.say(I18n.t("opt_vault_locked"));
            keysMoved.run();
            render();
        });
        El oldPass = password("vault-old").attr("autocomplete", "current-password");
        El newPass = password("vault-next");
        El change = El.button(I18n.t("opt_vault_change"));
        change.onClickAsync(() -> {
            String problem = PassphrasePolicy.problem(newPass.value());
            if (problem != null) {
                Alerts.error(problem);
                newPass.focus();
                return;
            }
            root.busy(true);
            try {
                ctx.keys.vault().changePassphrase(oldPass.value(), newPass.value());
                Alerts.say(I18n.t("opt_vault_changed"));
            } catch (VaultException e) {
                Alerts.error(I18n.t("opt_vault_error_nothing_changed", e.getMessage()));
            } finally {
                root.busy(false);
                render();
            }
        });
        El offPass = password("vault-off").attr("autocomplete", "current-password");
        El off = El.button(I18n.t("opt_vault_disable")).cls("danger");
        off.onClickAsync(() -> {
            root.busy(true);
            try {
                ctx.keys.vault().disable(offPass.value(), keys -> {
                    boolean ok = editor.change(s -> {
                        Settings plain = VaultedSettings.opened(s, keys);
                        plain.keyStorage = KeyStorageMode.PLAIN;
                        return plain;
                    }, null);
                    if (!ok) {
                        throw new StoreException(I18n.t("opt_vault_settings_not_saved"), false);
                    }
                });
                Alerts.say(I18n.t("opt_vault_disabled"));
            } catch (VaultException e) {
                Alerts.error(I18n.t("opt_vault_error_unchanged", e.getMessage()));
            } finally {
                root.busy(false);
                keysMoved.run();
                render();
            }
        });
        body.add(El.div("form-actions").add(lock),
            El.heading(3, I18n.t("opt_vault_change")),
            El.div("form-grid").add(El.field("vault-old", I18n.t("opt_vault_current_passphrase"), oldPass),
                El.field("vault-next", I18n.t("opt_vault_new_passphrase"), newPass)),
            El.div("form-actions").add(change),
            El.heading(3, I18n.t("opt_vault_turn_off")),
            El.field("vault-off", I18n.t("opt_vault_decrypt_passphrase"), offPass),
            El.div("form-actions").add(off));
    }
}
