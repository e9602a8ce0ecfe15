package dev.modeldeck.ui.chat;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.security.VaultException;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.Async;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.KeyRing;
import org.teavm.jso.dom.events.KeyboardEvent;

/** Shown in the chat when the key vault is on and locked: unlock here without opening the settings. */
final class UnlockBar {
    private final KeyRing keys;
    private final El root = El.div("unlock-bar").role("region").hidden(true);
    private final El pass = El.tag("input").attr("type", "password").attr("autocomplete", "current-password").id("chat-vault-pass");

    UnlockBar(KeyRing keys, Runnable unlocked) {
        this.keys = keys;
        root.label(I18n.t("chat_unlock_region"));
        El button = El.button(I18n.t("chat_unlock")).cls("primary");
        Runnable doUnlock = () -> {
            root.busy(true);
            try {
                keys.vault().unlock(pass.value());
                keys.refresh();
                pass.value("");
                root.hidden(true);
                Alerts.say(I18n.t("chat_keys_unlocked"));
                unlocked.run();
            } catch (VaultException e) {
                Alerts.error(e.getMessage());
                pass.focus();
            } finally {
                root.busy(false);
            }
        };
        button.onClickAsync(doUnlock);
        pass.onEvent("keydown", e -> {
            if ("Enter".equals(((KeyboardEvent) e).getKey())) {
                e.preventDefault();
                Async.run(doUnlock);
            }
        });
        root.add(El.span("muted", I18n.t("chat_keys_locked")),
            El.tag("label").attr("for", "chat-vault-pass").cls("visually-hidden").text(I18n.t("chat_vault_passphrase")), pass, button);
    }

    El element() { return root; }

    /** Shows the bar when keys are locked; returns whether they are. */
    boolean refresh() {
        boolean locked = keys.locked();
        root.hidden(!locked);
        return locked;
    }

    void focus() { pass.focus(); }
}
