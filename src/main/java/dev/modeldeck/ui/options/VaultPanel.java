package dev.modeldeck.ui.options;

import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.security.PassphrasePolicy;
import dev.modeldeck.core.security.VaultException;
import dev.modeldeck.core.store.KeyStorageMode;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.AppContext;
import dev.modeldeck.ui.shared.Format;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Key storage": plain (said plainly) or a passphrase vault (PBKDF2-SHA256, 600,000 iterations →
 * AES-GCM-256 through WebCrypto). Enable, unlock, lock, change passphrase, go back to plain — each
 * step ordered so that a failure half-way loses no key.
 */
final class VaultPanel {
    interface Host {
        boolean change(java.util.function.Function<Settings, Settings> edit, String announcement);
        Settings settings();
        /** Keys' location changed: refresh notes and any open form. */
        void keysMoved();
    }

    private final AppContext ctx;
    private final Host host;
    private final El root = El.tag("section").cls("panel vault-panel").label("Key storage");
    private final El body = El.div("vault-body");

    VaultPanel(AppContext ctx, Host host) {
        this.ctx = ctx;
        this.host = host;
        root.add(El.heading(2, "Key storage"), body);
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
        El enable = El.button("Encrypt keys with a passphrase").cls("primary");
        enable.onClickAsync(() -> {
            String problem = PassphrasePolicy.problem(pass.value());
            if (problem != null) {
                Alerts.error(problem);
                pass.focus();
                return;
            }
            if (!pass.value().equals(again.value())) {
                Alerts.error("The two passphrases differ. Type the same passphrase twice.");
                again.focus();
                return;
            }
            root.busy(true);
            try {
                Map<String, String> plain = new LinkedHashMap<>();
                for (ProviderConfig p : host.settings().providers) {
                    if (p.hasKey()) {
                        plain.put(p.id, p.apiKey);
                    }
                }
                long start = ctx.clock.nowMillis();
                // The vault is written and read back before the plain keys are cleared: a failure here leaves them as they were.
                ctx.keys.vault().enable(pass.value(), plain);
                boolean cleared = host.change(s -> {
                    for (ProviderConfig p : s.providers) {
                        p.apiKey = "";
                    }
                    s.keyStorage = KeyStorageMode.VAULT;
                    return s;
                }, null);
                Alerts.say("Keys encrypted (" + plain.size() + ") in " + Format.millis(ctx.clock.nowMillis() - start)
                    + (cleared ? "." : "; the plain copies could not be removed yet — try again."));
            } catch (VaultException e) {
                Alerts.error("Keys were not encrypted: " + e.getMessage() + " Nothing changed.");
            } finally {
                root.busy(false);
                host.keysMoved();
                render();
            }
        });
        body.add(El.div("form-grid").add(El.field("vault-new", "New passphrase", pass), El.field("vault-again", "Repeat passphrase", again)),
            El.div("hint").text("At least " + PassphrasePolicy.MIN_LENGTH + " characters. If you forget it, the keys cannot be recovered — you would enter them again."),
            El.div("form-actions").add(enable));
    }

    private void renderUnlock() {
        El pass = password("vault-pass").attr("autocomplete", "current-password");
        El unlock = El.button("Unlock").cls("primary");
        Runnable doUnlock = () -> {
            root.busy(true);
            try {
                long start = ctx.clock.nowMillis();
                ctx.keys.vault().unlock(pass.value());
                Alerts.say("Unlocked in " + Format.millis(ctx.clock.nowMillis() - start) + " for this browser session.");
                host.keysMoved();
            } catch (VaultException e) {
                Alerts.error(e.getMessage());
                pass.focus();
            } finally {
                root.busy(false);
                render();
            }
        };
        unlock.onClickAsync(doUnlock);
        El erase = El.button("Forgot the passphrase? Erase the vault").cls("link danger");
        erase.onClickAsync(() -> {
            ctx.keys.vault().erase();
            host.change(s -> {
                s.keyStorage = KeyStorageMode.PLAIN;
                return s;
            }, "The vault was erased. Enter your keys again in each provider.");
            host.keysMoved();
            render();
        });
        body.add(El.field("vault-pass", "Vault passphrase", pass), El.div("form-actions").add(unlock, erase));
    }

    private void renderUnlocked() {
        El lock = El.button("Lock now");
        lock.onClickAsync(() -> {
            ctx.keys.vault().lock();
            Alerts.say("Locked. Keys stay encrypted until you unlock again.");
            host.keysMoved();
            render();
        });
        El oldPass = password("vault-old").attr("autocomplete", "current-password");
        El newPass = password("vault-next");
        El change = El.button("Change passphrase");
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
                Alerts.say("Passphrase changed; every key was re-encrypted.");
            } catch (VaultException e) {
                Alerts.error(e.getMessage() + " Nothing changed.");
            } finally {
                root.busy(false);
                render();
            }
        });
        El offPass = password("vault-off").attr("autocomplete", "current-password");
        El off = El.button("Store keys unencrypted").cls("danger");
        off.onClickAsync(() -> {
            root.busy(true);
            try {
                ctx.keys.vault().disable(offPass.value(), keys -> {
                    boolean ok = host.change(s -> {
                        for (ProviderConfig p : s.providers) {
                            String k = keys.get(p.id);
                            if (k != null) {
                                p.apiKey = k;
                            }
                        }
                        s.keyStorage = KeyStorageMode.PLAIN;
                        return s;
                    }, null);
                    if (!ok) {
                        throw new dev.modeldeck.core.store.StoreException("The settings could not be saved.", false);
                    }
                });
                Alerts.say("Keys are stored unencrypted again.");
            } catch (VaultException e) {
                Alerts.error(e.getMessage() + " The vault is unchanged.");
            } finally {
                root.busy(false);
                host.keysMoved();
                render();
            }
        });
        body.add(El.div("form-actions").add(lock),
            El.heading(3, "Change passphrase"),
            El.div("form-grid").add(El.field("vault-old", "Current passphrase", oldPass), El.field("vault-next", "New passphrase", newPass)),
            El.div("form-actions").add(change),
            El.heading(3, "Turn encryption off"),
            El.field("vault-off", "Passphrase to decrypt", offPass),
            El.div("form-actions").add(off));
    }
}
