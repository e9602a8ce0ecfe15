package dev.modeldeck.core.security;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonException;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.store.KeyValueStore;
import dev.modeldeck.core.store.StoreException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The optional passphrase vault for API keys (providerId → key), stored as one document under
 * {@link #STORE_KEY}; see {@link VaultDocument} for its format.
 *
 * <p>Migrations never lose a key: {@link #enable} writes the vault and reads it back before it
 * returns, so the caller clears the plain keys only after it succeeded; {@link #disable} hands the
 * keys to the caller's writer first and removes the vault only when that write succeeded. Every
 * other write is a single {@code put} of a complete document, checked by reading it back, so a
 * failed write leaves the previous vault valid.
 *
 * <p>Unlocked state lives in this object and, as the derived key only, in the {@link SessionKeyStore}
 * so other pages of the same browser session can {@link #resume()}. Blocking: call from a green thread.
 */
public final class Vault {
    public static final String STORE_KEY = "modeldeck.vault";
    public static final String SESSION_KEY = "modeldeck.vault.session";
    private static final int MAX_IV_DRAWS = 4;

    private final KeyValueStore store;
    private final VaultCrypto crypto;
    private final SessionKeyStore session;
    private final int iterations;

    // Unlocked state; key == null means locked.
    private DerivedKey key;
    private byte[] salt;
    private int keyIterations;
    private Map<String, String> keys = new LinkedHashMap<>();

    public Vault(KeyValueStore store, VaultCrypto crypto, SessionKeyStore session) {
        this(store, crypto, session, VaultDocument.DEFAULT_ITERATIONS);
    }

    /** {@code iterations}: PBKDF2 rounds for new vaults and passphrase changes, 600,000 to 10,000,000. */
    public Vault(KeyValueStore store, VaultCrypto crypto, SessionKeyStore session, int iterations) {
        if (iterations < VaultDocument.MIN_ITERATIONS || iterations > VaultDocument.MAX_ITERATIONS) {
            throw new IllegalArgumentException("PBKDF2 iterations must be between 600,000 and 10,000,000.");
        }
        this.store = store;
        this.crypto = crypto;
        this.session = session;
        this.iterations = iterations;
    }

    /** Whether a vault document exists (keys are then kept there, not in plain settings). */
    public synchronized boolean isEnabled() { return store.get(STORE_KEY) != null; }

    public synchronized boolean isUnlocked() { return key != null; }

    /** The decrypted keys as of the last unlock, resume or write by this page; empty when locked. */
    public synchronized Map<String, String> keys() { return Collections.unmodifiableMap(new LinkedHashMap<>(keys)); }

    /** One provider's key, or null when locked or none is stored. */
    public synchronized String key(String providerId) { return keys.get(providerId); }

    /**
     * Creates the vault from the current plain keys (empty ones are skipped) and leaves it unlocked.
     * When this returns, the vault is stored and verified: only then may the caller clear the plain keys.
     */
    public synchronized void enable(String passphrase, Map<String, String> plainKeys) throws VaultException {
        PassphrasePolicy.require(passphrase);
        if (store.get(STORE_KEY) != null) {
            throw new VaultException(VaultException.Reason.ALREADY_ENABLED,
                I18n.t("sec_vault_already_enabled"));
        }
        Map<String, String> initial = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : plainKeys.entrySet()) {
            if (e.getKey() != null && e.getValue() != null && !e.getValue().isEmpty()) {
                initial.put(e.getKey(), e.getValue());
            }
        }
        byte[] newSalt = crypto.randomBytes(VaultDocument.SALT_BYTES);
        DerivedKey newKey = crypto.deriveKey(passphrase, newSalt, iterations);
        try {
            writeVerified(seal(newKey, newSalt, iterations, initial), newKey, initial, null);
        } catch (VaultException e) {
            newKey.destroy();
            throw e;
        }
        adopt(newKey, newSalt, iterations, initial);
        remember();
    }

    /** Opens the vault; a wrong passphrase throws WRONG_PASSPHRASE and changes nothing. */
    public synchronized Map<String, String> unlock(String passphrase) throws VaultException {
        VaultDocument doc = readDocument();
        if (passphrase == null || passphrase.isEmpty()) {
            throw wrongPassphrase();
        }
        DerivedKey k = crypto.deriveKey(passphrase, doc.salt(), doc.iterations());
        Map<String, String> opened;
        try {
            opened = open(doc, k);
        } catch (VaultException e) {
            k.destroy();
            throw e;
        }
        adopt(k, doc.salt(), doc.iterations(), opened);
        remember();
        return keys();
    }

    /**
     * Picks up the key another page of this browser session unlocked with (or refreshes this page's
     * keys after another page wrote). Returns whether the vault is unlocked afterwards; without a
     * usable session key this page is locked too, so a lock anywhere locks pages that resume.
     */
    public synchronized boolean resume() {
        String entry = session.get(SESSION_KEY);
        if (entry == null) {
            forget();
            return false;
        }
        VaultDocument doc;
        try {
            doc = readDocument();
        } catch (VaultException e) {
            forget();
            return false;
        }
        DerivedKey k = null;
        try {
            Json j = JsonParser.parse(entry);
            byte[] entrySalt = Base64Codec.decode(j.get("salt").str());
            long entryRounds = j.get("iterations").asLong(-1);
            if (!Arrays.equals(entrySalt, doc.salt()) || entryRounds != doc.iterations()) {
                throw VaultDocument.damaged(); // made for an older passphrase
            }
            byte[] raw = Base64Codec.decode(j.get("key").str());
            try {
                k = DerivedKey.of(raw);
            } finally {
                Arrays.fill(raw, (byte) 0);
            }
            adopt(k, doc.salt(), doc.iterations(), open(doc, k));
            return true;
        } catch (JsonException | IllegalArgumentException | VaultException e) {
            if (k != null) {
                k.destroy();
            }
            session.remove(SESSION_KEY);
            forget();
            return false;
        }
    }

    /** Forgets the derived key and the decrypted keys, here and in the session store. */
    public synchronized void lock() {
        forget();
        session.remove(SESSION_KEY);
    }

    /** Stores or replaces one key (an empty key removes it). Needs the vault unlocked. */
    public synchronized void put(String providerId, String apiKey) throws VaultException {
        requireId(providerId);
        Map<String, String> next = latest();
        if (apiKey == null || apiKey.isEmpty()) {
            next.remove(providerId);
        } else {
            next.put(providerId, apiKey);
        }
        save(next);
    }

    /**
     * Stores, replaces or removes several entries in one verified write (an empty value removes its
     * entry), so a provider's key and its other secrets change together. Needs the vault unlocked.
     */
    public synchronized void putAll(Map<String, String> changes) throws VaultException {
        Map<String, String> next = latest();
        for (Map.Entry<String, String> e : changes.entrySet()) {
            requireId(e.getKey());
            if (e.getValue() == null || e.getValue().isEmpty()) {
                next.remove(e.getKey());
            } else {
                next.put(e.getKey(), e.getValue());
            }
        }
        save(next);
    }

    /**
     * Whether this page's unlock still stands. A lock in any page removes the session entry; a page that
     * finds it gone forgets its keys too, so a request it is about to make is refused. Blocking.
     */
    public synchronized boolean confirmUnlocked() {
        if (key == null) {
            return false;
        }
        if (session.get(SESSION_KEY) == null) {
            forget();
            return false;
        }
        return true;
    }

    /** Removes one provider's key. Needs the vault unlocked. */
    public synchronized void remove(String providerId) throws VaultException {
        requireId(providerId);
        Map<String, String> next = latest();
        next.remove(providerId);
        save(next);
    }

    /**
     * Rewrites the entries in one write: {@code change} gets the latest stored ones (re-read, so another
     * page's write is not undone) and returns the new map. Nothing is written when it changes nothing.
     * Needs the vault unlocked.
     */
    public synchronized void edit(Function<Map<String, String>, Map<String, String>> change) throws VaultException {
        Map<String, String> latest = latest();
        Map<String, String> next = new LinkedHashMap<>(change.apply(new LinkedHashMap<>(latest)));
        if (next.equals(latest)) {
            keys = latest;
            return;
        }
        save(next);
    }

    /**
     * Re-encrypts everything under a new passphrase and a new salt, in one write. A wrong old
     * passphrase or a failed write leaves the old vault in place and valid. Leaves the vault unlocked.
     */
    public synchronized void changePassphrase(String oldPassphrase, String newPassphrase) throws VaultException {
        PassphrasePolicy.require(newPassphrase);
        String previous = store.get(STORE_KEY);
        VaultDocument doc = parseStored(previous);
        Map<String, String> opened = openWith(oldPassphrase, doc);
        int rounds = Math.max(iterations, doc.iterations());
        byte[] newSalt = crypto.randomBytes(VaultDocument.SALT_BYTES);
        DerivedKey newKey = crypto.deriveKey(newPassphrase, newSalt, rounds);
        try {
            writeVerified(seal(newKey, newSalt, rounds, opened), newKey, opened, previous);
        } catch (VaultException e) {
            newKey.destroy();
            throw e;
        }
        adopt(newKey, newSalt, rounds, opened);
        remember();
    }

    /**
     * Turns the vault off: decrypts the keys, hands them to {@code writer} (which stores them in the
     * plain settings), and only when that succeeded removes the vault. Returns the keys it handed over.
     */
    public synchronized Map<String, String> disable(String passphrase, PlainKeyWriter writer) throws VaultException {
        Map<String, String> opened = Collections.unmodifiableMap(openWith(passphrase, readDocument()));
        try {
            writer.write(opened);
        } catch (StoreException e) {
            throw new VaultException(VaultException.Reason.STORAGE,
                I18n.t("sec_vault_keys_not_written_back", e.getMessage()));
        }
        store.remove(STORE_KEY);
        lock();
        return opened;
    }

    /** For a forgotten passphrase: deletes the vault and its keys for good (the user enters them again). */
    public synchronized void erase() {
        store.remove(STORE_KEY);
        lock();
    }

    @Override
    public synchronized String toString() { return key == null ? "Vault[locked]" : "Vault[unlocked, " + keys.size() + " keys]"; }

    private Map<String, String> openWith(String passphrase, VaultDocument doc) throws VaultException {
        if (passphrase == null || passphrase.isEmpty()) {
            throw wrongPassphrase();
        }
        DerivedKey k = crypto.deriveKey(passphrase, doc.salt(), doc.iterations());
        try {
            return open(doc, k);
        } finally {
            k.destroy();
        }
    }

    /** The stored keys, re-read so a write here does not undo another page's write. */
    private Map<String, String> latest() throws VaultException {
        if (key == null) {
            throw new VaultException(VaultException.Reason.LOCKED, I18n.t("sec_vault_locked"));
        }
        String text = store.get(STORE_KEY);
        VaultDocument doc = text == null ? null : VaultDocument.parse(text);
        if (doc == null || !Arrays.equals(doc.salt(), salt) || doc.iterations() != keyIterations) {
            forget();
            throw new VaultException(VaultException.Reason.CHANGED_ELSEWHERE,
                I18n.t("sec_vault_changed_elsewhere"));
        }
        try {
            return open(doc, key);
        } catch (VaultException e) {
            // Same salt and key yet the check fails: the document was altered, not the passphrase.
            throw e.reason() == VaultException.Reason.WRONG_PASSPHRASE ? VaultDocument.damaged() : e;
        }
    }

    private void save(Map<String, String> next) throws VaultException {
        String previous = store.get(STORE_KEY);
        writeVerified(seal(key, salt, keyIterations, next), key, next, previous);
        keys = next;
    }

    private VaultDocument readDocument() throws VaultException {
        return parseStored(store.get(STORE_KEY));
    }

    private static VaultDocument parseStored(String text) throws VaultException {
        if (text == null) {
            throw new VaultException(VaultException.Reason.NOT_ENABLED, I18n.t("sec_vault_not_enabled"));
        }
        return VaultDocument.parse(text);
    }

    /** Decrypts; the check tells a wrong passphrase from damaged data. */
    private Map<String, String> open(VaultDocument doc, DerivedKey k) throws VaultException {
        byte[] marker;
        try {
            marker = crypto.decrypt(k, doc.checkIv(), doc.check());
        } catch (VaultException e) {
            throw e.reason() == VaultException.Reason.WRONG_PASSPHRASE ? wrongPassphrase() : e;
        }
        if (!Arrays.equals(marker, VaultPayload.CHECK_MARKER)) {
            throw VaultDocument.damaged();
        }
        byte[] plain;
        try {
            plain = crypto.decrypt(k, doc.iv(), doc.data());
        } catch (VaultException e) {
            throw e.reason() == VaultException.Reason.WRONG_PASSPHRASE ? VaultDocument.damaged() : e;
        }
        try {
            return VaultPayload.decode(plain);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** A complete document with fresh, distinct IVs for the data and the check. */
    private String seal(DerivedKey k, byte[] kdfSalt, int rounds, Map<String, String> map) throws VaultException {
        byte[] iv = crypto.randomBytes(VaultDocument.IV_BYTES);
        byte[] checkIv = crypto.randomBytes(VaultDocument.IV_BYTES);
        for (int draws = 1; Arrays.equals(iv, checkIv); draws++) {
            if (draws >= MAX_IV_DRAWS) {
                throw new VaultException(VaultException.Reason.CRYPTO_FAILED,
                    I18n.t("sec_vault_random_repeats"));
            }
            checkIv = crypto.randomBytes(VaultDocument.IV_BYTES);
        }
        byte[] plain = VaultPayload.encode(map);
        byte[] data;
        try {
            data = crypto.encrypt(k, iv, plain);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
        byte[] check = crypto.encrypt(k, checkIv, VaultPayload.CHECK_MARKER);
        return new VaultDocument(rounds, kdfSalt, iv, data, checkIv, check).toJson();
    }

    /** One put, then a read-back; anything but an exact round trip puts {@code previous} back. */
    private void writeVerified(String text, DerivedKey k, Map<String, String> expected, String previous)
        throws VaultException {
        try {
            store.put(STORE_KEY, text);
        } catch (StoreException e) {
            throw new VaultException(VaultException.Reason.STORAGE,
                I18n.t("sec_vault_not_saved", e.getMessage()));
        }
        try {
            if (open(VaultDocument.parse(store.get(STORE_KEY)), k).equals(expected)) {
                return;
            }
        } catch (VaultException e) {
            // Handled below: whatever is stored now is not what we meant to store.
        }
        String restoreProblem = restore(previous);
        throw new VaultException(VaultException.Reason.STORAGE, restoreProblem == null
            ? I18n.t("sec_vault_readback_restored")
            : I18n.t("sec_vault_readback_not_restored", restoreProblem));
    }

    private String restore(String previous) {
        if (previous == null) {
            store.remove(STORE_KEY);
            return null;
        }
        try {
            store.put(STORE_KEY, previous);
            return null;
        } catch (StoreException e) {
            return e.getMessage();
        }
    }

    private void adopt(DerivedKey k, byte[] kdfSalt, int rounds, Map<String, String> opened) {
        if (key != null && key != k) {
            key.destroy();
        }
        key = k;
        salt = kdfSalt.clone();
        keyIterations = rounds;
        keys = new LinkedHashMap<>(opened);
    }

    private void forget() {
        if (key != null) {
            key.destroy();
        }
        key = null;
        salt = null;
        keyIterations = 0;
        keys = new LinkedHashMap<>();
    }

    /** Shares the derived key (never the passphrase) with this session's other pages. */
    private void remember() {
        byte[] raw = key.copyBytes();
        try {
            session.put(SESSION_KEY, JsonWriter.write(Json.object().put("salt", Base64Codec.encode(salt))
                .put("iterations", keyIterations).put("key", Base64Codec.encode(raw))));
        } finally {
            Arrays.fill(raw, (byte) 0);
        }
    }

    private static void requireId(String providerId) {
        if (providerId == null || providerId.isEmpty()) {
            throw new IllegalArgumentException("A provider id is required.");
        }
    }

    private static VaultException wrongPassphrase() {
        return new VaultException(VaultException.Reason.WRONG_PASSPHRASE,
            I18n.t("sec_vault_wrong_passphrase"));
    }
}
