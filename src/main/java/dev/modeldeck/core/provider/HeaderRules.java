package dev.modeldeck.core.provider;

/** What a fetch() request header may look like: token names, no line breaks, no browser-forbidden names. */
final class HeaderRules {
    /** Names a page's fetch() may not set (the Fetch standard's forbidden request headers). */
    private static final String[] FORBIDDEN = {
        "accept-charset", "accept-encoding", "access-control-request-headers", "access-control-request-method",
        "connection", "content-length", "cookie", "cookie2", "date", "dnt", "expect", "host", "keep-alive",
        "origin", "referer", "set-cookie", "te", "trailer", "transfer-encoding", "upgrade", "via"
    };

    private HeaderRules() { }

    /** RFC 9110 token: letters, digits and {@code !#$%&'*+-.^_`|~}, at least one character. */
    static boolean isToken(String name) {
        if (name == null || name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static boolean isForbidden(String name) {
        String n = name.toLowerCase();
        if (n.startsWith("proxy-") || n.startsWith("sec-")) {
            return true;
        }
        for (String f : FORBIDDEN) {
            if (f.equals(n)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasLineBreak(String value) {
        return value != null && (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0);
    }

    /** fetch() rejects header values with characters above U+00FF (often a smart quote pasted by accident). */
    static boolean hasNonLatin1(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 0xFF) {
                return true;
            }
        }
        return false;
    }
}
