package dev.modeldeck.core.provider;

/**
 * The pieces of an absolute URL, split by hand (no java.net, no regex: both are too heavy in the
 * browser). Lenient on purpose: it splits, {@link BaseUrlCheck} judges.
 *
 * @param scheme lower-case scheme without ":"
 * @param userInfo text before "@" in the authority, or null
 * @param host lower-case host; IPv6 literals keep their brackets; may be empty
 * @param portText port text as typed (may be empty or not a number), or null when absent
 * @param path path as typed, "" when none
 * @param query query without "?", or null when absent
 * @param fragment fragment without "#", or null when absent
 * @param junkAfterBracket characters after an IPv6 "]" that are not a ":port" (malformed)
 */
public record UrlParts(String scheme, String userInfo, String host, String portText, String path, String query,
                       String fragment, boolean junkAfterBracket) {
    /** Splits {@code scheme://authority/path?query#fragment}; null when there is no "://". */
    public static UrlParts parse(String url) {
        if (url == null) {
            return null;
        }
        int sep = url.indexOf("://");
        if (sep <= 0) {
            return null;
        }
        String scheme = url.substring(0, sep).toLowerCase();
        String rest = url.substring(sep + 3);
        int authEnd = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                authEnd = i;
                break;
            }
        }
        String authority = rest.substring(0, authEnd);
        String tail = rest.substring(authEnd);

        String userInfo = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
        }
        String host;
        String portText = null;
        boolean junk = false;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                host = authority;
            } else {
                host = authority.substring(0, close + 1);
                String after = authority.substring(close + 1);
                if (after.startsWith(":")) {
                    portText = after.substring(1);
                } else if (!after.isEmpty()) {
                    junk = true;
                }
            }
        } else {
            int colon = authority.indexOf(':');
            if (colon >= 0) {
                host = authority.substring(0, colon);
                portText = authority.substring(colon + 1);
            } else {
                host = authority;
            }
        }

        String fragment = null;
        int hash = tail.indexOf('#');
        if (hash >= 0) {
            fragment = tail.substring(hash + 1);
            tail = tail.substring(0, hash);
        }
        String query = null;
        int q = tail.indexOf('?');
        if (q >= 0) {
            query = tail.substring(q + 1);
            tail = tail.substring(0, q);
        }
        return new UrlParts(scheme, userInfo, host.toLowerCase(), portText, tail, query, fragment, junk);
    }

    /** The port as a number, or -1 when absent or not a valid port. */
    public int port() {
        if (portText == null || portText.isEmpty() || portText.length() > 5) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < portText.length(); i++) {
            char c = portText.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n >= 1 && n <= 65535 ? n : -1;
    }

    /** The port the browser will use: the explicit one, else the scheme's default (80/443), else -1. */
    public int effectivePort() {
        int p = port();
        if (p > 0) {
            return p;
        }
        return defaultPort(scheme);
    }

    /** True when the port is given and differs from the scheme's default, so it must be written out. */
    public boolean hasNonDefaultPort() {
        int p = port();
        return p > 0 && p != defaultPort(scheme);
    }

    static int defaultPort(String scheme) {
        if ("http".equals(scheme)) {
            return 80;
        }
        if ("https".equals(scheme)) {
            return 443;
        }
        return -1;
    }

    /** {@code scheme://host[:port]}, the port only when not the scheme's default. */
    public String origin() {
        return scheme + "://" + host + (hasNonDefaultPort() ? ":" + port() : "");
    }

    /** Host without IPv6 brackets. */
    public String bareHost() {
        if (host.startsWith("[") && host.endsWith("]")) {
            return host.substring(1, host.length() - 1);
        }
        return host;
    }

    /** Origin and path only: the user info may hold a password and the query a key. */
    @Override public String toString() { return origin() + path; }
}
