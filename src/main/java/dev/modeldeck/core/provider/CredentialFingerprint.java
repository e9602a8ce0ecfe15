package dev.modeldeck.core.provider;

/**
 * A short fingerprint of how a provider authenticates (auth style, header name, key), so caches
 * (model lists, health) are dropped when the credential changes and never hold the key itself.
 *
 * <p>FNV-1a 64 is not a cryptographic hash and this is not a security boundary: it only keeps the
 * key out of cache keys and storage dumps. Do not use it to compare or verify secrets.
 */
public final class CredentialFingerprint {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CredentialFingerprint() { }

    /** 16 lower-case hex digits. Keys and header names are trimmed; header names compare case-insensitively. */
    public static String of(ProviderConfig p) {
        AuthStyle style = p.authStyle == null ? AuthStyle.BEARER : p.authStyle;
        String header = style == AuthStyle.CUSTOM_HEADER && p.headerName != null
            ? p.headerName.trim().toLowerCase() : "";
        // With auth None the key is never sent, so it must not split the cache either.
        String key = style == AuthStyle.NONE || p.apiKey == null ? "" : PastedText.trim(p.apiKey);
        long h = FNV_OFFSET;
        h = mix(h, style.wire());
        h = mix(h, "\u0000");
        h = mix(h, header);
        h = mix(h, "\u0000");
        h = mix(h, key);
        return hex(h);
    }

    /** Feeds each UTF-16 unit as two bytes (low, high): no charset tables needed in the browser. */
    static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            h ^= c & 0xff;
            h *= FNV_PRIME;
            h ^= (c >>> 8) & 0xff;
            h *= FNV_PRIME;
        }
        return h;
    }

    private static String hex(long v) {
        char[] out = new char[16];
        for (int i = 15; i >= 0; i--) {
            out[i] = HEX[(int) (v & 0xf)];
            v >>>= 4;
        }
        return new String(out);
    }
}
