package dev.modeldeck.core.security;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonException;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.JsonWriter;

/**
 * The stored vault, one JSON document:
 * <pre>
 * {"version":1,
 *  "kdf":{"name":"PBKDF2","hash":"SHA-256","iterations":600000,"salt":b64(16 bytes)},
 *  "cipher":{"name":"AES-GCM","iv":b64(12 bytes)},
 *  "data":b64(AES-GCM of the key map, tag included),
 *  "check":{"iv":b64(12 bytes),"data":b64(AES-GCM of a fixed marker)}}
 * </pre>
 * The check has its own IV (reusing one under a GCM key would leak both plaintexts). It lets the
 * vault tell a wrong passphrase (check fails) from damaged data (check opens, data does not).
 * Reading validates every field before any key derivation, so a tampered document cannot ask for a
 * weaker (fewer iterations) or absurdly slow derivation.
 */
public final class VaultDocument {
    public static final int VERSION = 1;
    public static final int MIN_ITERATIONS = 600_000;
    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Upper bound so a tampered document cannot freeze the page for hours. */
    public static final int MAX_ITERATIONS = 10_000_000;
    public static final int SALT_BYTES = 16;
    public static final int IV_BYTES = 12;
    static final int TAG_BYTES = 16;

    private final int iterations;
    private final byte[] salt;
    private final byte[] iv;
    private final byte[] data;
    private final byte[] checkIv;
    private final byte[] check;

    public VaultDocument(int iterations, byte[] salt, byte[] iv, byte[] data, byte[] checkIv, byte[] check) {
        this.iterations = iterations;
        this.salt = salt.clone();
        this.iv = iv.clone();
        this.data = data.clone();
        this.checkIv = checkIv.clone();
        this.check = check.clone();
    }

    public int iterations() { return iterations; }
    public byte[] salt() { return salt.clone(); }
    public byte[] iv() { return iv.clone(); }
    public byte[] data() { return data.clone(); }
    public byte[] checkIv() { return checkIv.clone(); }
    public byte[] check() { return check.clone(); }

    public String toJson() {
        JsonObject kdf = Json.object().put("name", "PBKDF2").put("hash", "SHA-256")
            .put("iterations", iterations).put("salt", Base64Codec.encode(salt));
        JsonObject cipher = Json.object().put("name", "AES-GCM").put("iv", Base64Codec.encode(iv));
        JsonObject checkObj = Json.object().put("iv", Base64Codec.encode(checkIv)).put("data", Base64Codec.encode(check));
        return JsonWriter.write(Json.object().put("version", VERSION).put("kdf", kdf).put("cipher", cipher)
            .put("data", Base64Codec.encode(data)).put("check", checkObj));
    }

    /** Reads and validates a stored document; throws DAMAGED, DOWNGRADED or NEWER_VERSION. */
    public static VaultDocument parse(String text) throws VaultException {
        Json doc;
        try {
            doc = JsonParser.parse(text);
        } catch (JsonException e) {
            throw damaged();
        }
        long version = integer(doc.get("version"));
        if (version > VERSION) {
            throw new VaultException(VaultException.Reason.NEWER_VERSION,
                I18n.t("sec_vault_newer_version"));
        }
        if (version != VERSION) {
            throw damaged();
        }
        Json kdf = doc.get("kdf");
        Json cipher = doc.get("cipher");
        if (!"PBKDF2".equals(kdf.get("name").str()) || !"SHA-256".equals(kdf.get("hash").str())
            || !"AES-GCM".equals(cipher.get("name").str())) {
            throw damaged();
        }
        long iterations = integer(kdf.get("iterations"));
        if (iterations < 0) {
            throw damaged();
        }
        if (iterations < MIN_ITERATIONS) {
            throw new VaultException(VaultException.Reason.DOWNGRADED,
                I18n.t("sec_vault_downgraded", I18n.format().integer(MIN_ITERATIONS)));
        }
        if (iterations > MAX_ITERATIONS) {
            throw damaged();
        }
        Json check = doc.get("check");
        return new VaultDocument((int) iterations,
            bytes(kdf.get("salt"), SALT_BYTES, SALT_BYTES),
            bytes(cipher.get("iv"), IV_BYTES, IV_BYTES),
            bytes(doc.get("data"), TAG_BYTES, Integer.MAX_VALUE),
            bytes(check.get("iv"), IV_BYTES, IV_BYTES),
            bytes(check.get("data"), TAG_BYTES, Integer.MAX_VALUE));
    }

    static VaultException damaged() {
        return new VaultException(VaultException.Reason.DAMAGED,
            I18n.t("sec_vault_damaged"));
    }

    /** A whole number, or -1 when absent or fractional (which every caller treats as invalid). */
    private static long integer(Json value) {
        Double d = value.isNumber() ? value.num() : null;
        if (d == null || d != Math.floor(d) || d < 0 || d > 1e15) {
            return -1;
        }
        return (long) (double) d;
    }

    private static byte[] bytes(Json value, int minLength, int maxLength) throws VaultException {
        String text = value.str();
        if (text == null) {
            throw damaged();
        }
        byte[] out;
        try {
            out = Base64Codec.decode(text);
        } catch (IllegalArgumentException e) {
            throw damaged();
        }
        if (out.length < minLength || out.length > maxLength) {
            throw damaged();
        }
        return out;
    }
}
