package dev.modeldeck.ui.shared;

import dev.modeldeck.browser.Browser;
import dev.modeldeck.browser.WebCryptoSessionStore;
import dev.modeldeck.browser.WebCryptoVaultCrypto;
import dev.modeldeck.core.edit.KeyVault;
import dev.modeldeck.core.edit.VaultEntries;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderSecrets;
import dev.modeldeck.core.security.Vault;
import dev.modeldeck.core.security.VaultException;
import dev.modeldeck.core.store.KeyValueStore;
import dev.modeldeck.ui.dom.Async;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where a request's API key and other secrets come from: the provider's settings (plain storage, the
 * default) or the passphrase vault. Every request builder asks here, so discovery, tests and chat see
 * the same values.
 */
public final class KeyRing implements KeyVault {
    private final Vault vault;
    private final KeyValueStore store;
    // A snapshot, refreshed after each vault operation: request builders read it without entering the
    // vault's monitor, which a long WebCrypto call may hold (TeaVM cannot wait for a monitor everywhere).
    private boolean enabled;
    private boolean unlocked;
    private Map<String, String> keys = Collections.emptyMap();

    public KeyRing(KeyValueStore store) {
        this.store = store;
        this.vault = new Vault(store, new WebCryptoVaultCrypto(), new WebCryptoSessionStore());
        this.enabled = store.get(Vault.STORE_KEY) != null;
    }

    public Vault vault() { return vault; }

    @Override public boolean vaultEnabled() { return enabled; }

    @Override public Map<String, String> secrets() { return keys; }

    /** Writes vault entries and takes a fresh snapshot. Blocks the green thread. */
    @Override
    public void putAll(Map<String, String> changes) throws VaultException {
        vault.putAll(changes);
        refresh();
    }

    /**
     * A provider was deleted for good: its keys leave the vault. A locked vault keeps them until
     * {@link #tidy} runs after the next unlock. Blocks the green thread.
     */
    public void forget(String providerId) {
        editIfUnlocked(entries -> VaultEntries.without(entries, providerId));
    }

    /**
     * Binds keys saved before keys were bound to their provider's current server and drops keys of
     * providers that no longer exist (see {@link VaultEntries#tidy}). One write, and only when something
     * changes; nothing while locked. Blocks the green thread.
     */
    public void tidy(List<ProviderConfig> providers) {
        editIfUnlocked(entries -> VaultEntries.tidy(entries, providers));
    }

    private void editIfUnlocked(Function<Map<String, String>, Map<String, String>> change) {
        if (!unlocked) {
            return;
        }
        try {
            vault.edit(change);
        } catch (VaultException e) {
            // Nothing lost: entries no provider can use stay unused, and the next unlock tidies again.
        }
        refresh();
    }

    /** Re-reads the vault's state; call from a green thread after unlocking, locking or changing keys. */
    public void refresh() {
        enabled = store.get(Vault.STORE_KEY) != null;
        unlocked = enabled && vault.isUnlocked();
        keys = unlocked ? vault.keys() : Collections.<String, String>emptyMap();
    }

    /** Picks up an unlock made in another page of this browser session. Blocks the green thread. */
    public boolean resume() {
        if (store.get(Vault.STORE_KEY) != null && !vault.isUnlocked()) {
            vault.resume();
        }
        refresh();
        return unlocked;
    }

    /**
     * Follows the vault in every other page: a lock anywhere (the session entry disappears) makes this
     * page forget its keys at once, an unlock or a changed vault is picked up. {@code changed} runs after.
     */
    public void follow(Browser browser, Runnable changed) {
        Runnable sync = () -> Async.run(() -> {
            if (store.get(Vault.STORE_KEY) != null) {
                vault.resume(); // without a session entry this forgets the keys
            }
            refresh();
            changed.run();
        });
        browser.onSessionChange(Vault.SESSION_KEY, sync);
        browser.onStorageChange(key -> {
            if (Vault.STORE_KEY.equals(key)) {
                sync.run();
            }
        });
    }

    @Override public boolean locked() { return enabled && !unlocked; }

    /**
     * Whether the vault is locked right now, asked of the session store rather than this page's snapshot:
     * a request started after a lock in another page is refused even before that page's event arrives.
     * Blocks the green thread.
     */
    public boolean lockedNow() {
        if (enabled && vault.isUnlocked()) {
            vault.confirmUnlocked();
        }
        refresh();
        return locked();
    }

    /**
     * The provider with its secrets filled in from the vault when it is unlocked; with the vault locked,
     * sealed (no key, placeholders); unchanged when the vault is off.
     */
    public ProviderConfig withKey(ProviderConfig p) {
        if (p == null || !enabled) {
            return p;
        }
        return unlocked ? ProviderSecrets.opened(p, keys) : ProviderSecrets.sealed(p);
    }

    /** Human-readable description of where keys live, for the form and the options header. */
    public String storageNote() {
        if (!enabled) {
            return I18n.t("ui_key_storage_plain");
        }
        return unlocked
            ? I18n.t("ui_key_storage_unlocked")
            : I18n.t("ui_key_storage_locked");
    }
}
