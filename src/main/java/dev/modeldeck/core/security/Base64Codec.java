package dev.modeldeck.core.security;

/**
 * Standard base64 (RFC 4648 alphabet, '=' padding) written out by hand: java.util.Base64 is not in
 * every TeaVM class library, and the vault only needs these two functions.
 */
public final class Base64Codec {
    private static final char[] ALPHABET =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

    private Base64Codec() { }

    public static String encode(byte[] data) {
        StringBuilder out = new StringBuilder((data.length + 2) / 3 * 4);
        int i = 0;
        for (; i + 2 < data.length; i += 3) {
            int n = (data[i] & 0xff) << 16 | (data[i + 1] & 0xff) << 8 | (data[i + 2] & 0xff);
            out.append(ALPHABET[n >>> 18]).append(ALPHABET[(n >>> 12) & 63])
                .append(ALPHABET[(n >>> 6) & 63]).append(ALPHABET[n & 63]);
        }
        int rest = data.length - i;
        if (rest == 1) {
            int n = (data[i] & 0xff) << 16;
            out.append(ALPHABET[n >>> 18]).append(ALPHABET[(n >>> 12) & 63]).append("==");
        } else if (rest == 2) {
            int n = (data[i] & 0xff) << 16 | (data[i + 1] & 0xff) << 8;
            out.append(ALPHABET[n >>> 18]).append(ALPHABET[(n >>> 12) & 63])
                .append(ALPHABET[(n >>> 6) & 63]).append('=');
        }
        return out.toString();
    }

    /**
     * Decodes padded or unpadded base64. Throws IllegalArgumentException on any other character or
     * an impossible length; the message never repeats the input (it may be key material).
     */
    public static byte[] decode(String text) {
        if (text == null) {
            throw new IllegalArgumentException("No base64 text.");
        }
        int end = text.length();
        int padding = 0;
        while (end > 0 && text.charAt(end - 1) == '=' && padding < 2) {
            end--;
            padding++;
        }
        if ((padding > 0 && text.length() % 4 != 0) || end % 4 == 1) {
            throw new IllegalArgumentException("Base64 text has an impossible length.");
        }
        byte[] out = new byte[end / 4 * 3 + (end % 4 == 0 ? 0 : end % 4 - 1)];
        int buffer = 0;
        int bits = 0;
        int o = 0;
        for (int i = 0; i < end; i++) {
            buffer = buffer << 6 | valueOf(text.charAt(i));
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[o++] = (byte) (buffer >>> bits);
                buffer &= (1 << bits) - 1;
            }
        }
        return out;
    }

    private static int valueOf(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == '+') {
            return 62;
        }
        if (c == '/') {
            return 63;
        }
        throw new IllegalArgumentException("Base64 text contains a character outside its alphabet.");
    }
}
