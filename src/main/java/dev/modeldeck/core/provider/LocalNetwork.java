package dev.modeldeck.core.provider;

/**
 * Decides whether a host is on the user's own computer or private network. Used for the longer
 * model-loading timeout, for "http:// is fine here", and for guessing local server presets.
 */
final class LocalNetwork {
    private LocalNetwork() { }

    static boolean isLocal(String rawHost) {
        if (rawHost == null) {
            return false;
        }
        String host = rawHost.trim().toLowerCase();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty()) {
            return false;
        }
        if (host.indexOf(':') >= 0) {
            return isLocalIpv6(host);
        }
        int[] v4 = parseIpv4(host);
        if (v4 != null) {
            return isLocalIpv4(v4);
        }
        if (host.equals("localhost") || host.endsWith(".localhost") || host.endsWith(".local")
                || host.endsWith(".internal") || host.endsWith(".lan") || host.endsWith(".home.arpa")) {
            return true;
        }
        // A name without any dot (e.g. "gpu-box") only resolves through a LAN's DNS or a hosts file.
        return host.indexOf('.') < 0 && !isAllDigits(host);
    }

    private static boolean isLocalIpv4(int[] a) {
        return a[0] == 127                                   // loopback 127/8
            || a[0] == 10                                    // private 10/8
            || (a[0] == 172 && a[1] >= 16 && a[1] <= 31)     // private 172.16/12
            || (a[0] == 192 && a[1] == 168)                  // private 192.168/16
            || (a[0] == 169 && a[1] == 254)                  // link-local
            || (a[0] == 0 && a[1] == 0 && a[2] == 0 && a[3] == 0);
    }

    private static boolean isLocalIpv6(String h) {
        if (h.indexOf('%') >= 0) {
            h = h.substring(0, h.indexOf('%'));
        }
        if (h.startsWith("::ffff:")) {
            int[] v4 = parseIpv4(h.substring(7));
            return v4 != null && isLocalIpv4(v4);
        }
        String expanded = expandIpv6(h);
        if (expanded == null) {
            return false;
        }
        if (expanded.equals("00000000000000000000000000000001") || expanded.equals("00000000000000000000000000000000")) {
            return true; // ::1 and ::
        }
        char c0 = expanded.charAt(0);
        char c1 = expanded.charAt(1);
        if (c0 == 'f' && (c1 == 'c' || c1 == 'd')) {
            return true; // unique local fc00::/7
        }
        char c2 = expanded.charAt(2);
        return c0 == 'f' && c1 == 'e' && (c2 == '8' || c2 == '9' || c2 == 'a' || c2 == 'b'); // link-local fe80::/10
    }

    /** 32 lower-case hex digits, or null when not a plain IPv6 address. */
    static String expandIpv6(String h) {
        int dbl = h.indexOf("::");
        if (dbl >= 0 && h.indexOf("::", dbl + 1) >= 0) {
            return null;
        }
        String[] head = groups(dbl >= 0 ? h.substring(0, dbl) : h);
        String[] tail = dbl >= 0 ? groups(h.substring(dbl + 2)) : new String[0];
        if (head == null || tail == null) {
            return null;
        }
        int missing = 8 - head.length - tail.length;
        if ((dbl < 0 && missing != 0) || (dbl >= 0 && missing < 1)) {
            return null;
        }
        StringBuilder sb = new StringBuilder(32);
        for (String g : head) {
            pad(sb, g);
        }
        for (int i = 0; dbl >= 0 && i < missing; i++) {
            sb.append("0000");
        }
        for (String g : tail) {
            pad(sb, g);
        }
        return sb.toString();
    }

    private static String[] groups(String s) {
        if (s.isEmpty()) {
            return new String[0];
        }
        int count = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ':') {
                count++;
            }
        }
        String[] out = new String[count];
        int start = 0;
        int k = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ':') {
                String g = s.substring(start, i);
                if (g.isEmpty() || g.length() > 4 || !isHex(g)) {
                    return null;
                }
                out[k++] = g;
                start = i + 1;
            }
        }
        return out;
    }

    private static void pad(StringBuilder sb, String g) {
        for (int i = g.length(); i < 4; i++) {
            sb.append('0');
        }
        sb.append(g.toLowerCase());
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }

    /** Four octets of a dotted-decimal IPv4 address, or null. */
    static int[] parseIpv4(String s) {
        int[] out = new int[4];
        int part = 0;
        int value = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '.';
            if (c == '.') {
                if (value < 0 || part > 3) {
                    return null;
                }
                out[part++] = value;
                value = -1;
            } else if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (value > 255) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return part == 4 ? out : null;
    }

    private static boolean isAllDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
