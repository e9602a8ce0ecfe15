package dev.modeldeck.core.store;

import dev.modeldeck.core.i18n.I18n;

/** The little URL handling the legacy import needs: host extraction, a readable name, local-or-not. No java.net (TeaVM). */
public final class LegacyUrls {
    static final String OPENAI_BASE = "https://api.openai.com/v1";

    private LegacyUrls() { }

    /** Trimmed, trailing slashes removed, and {@code /v1} added to a bare api.openai.com (the old build added it itself). */
    public static String basicNormalize(String raw) {
        if (raw == null || raw.trim().isEmpty()) {
            return OPENAI_BASE;
        }
        String url = raw.trim();
        int end = url.length();
        while (end > 0 && url.charAt(end - 1) == '/') {
            end--;
        }
        url = url.substring(0, end);
        if ("api.openai.com".equals(hostOf(url)) && pathOf(url).isEmpty()) {
            url = url + "/v1";
        }
        return url;
    }

    /** Lower-case host with its port ("localhost:11434"), without scheme, user info or path; "" when there is none. */
    static String hostOf(String url) {
        int start = url.indexOf("://");
        start = start < 0 ? 0 : start + 3;
        int end = authorityEnd(url, start);
        String authority = url.substring(start, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        return authority.toLowerCase();
    }

    /** Host without the port ("[::1]" stays bracketed). */
    static String hostName(String hostWithPort) {
        if (hostWithPort.startsWith("[")) {
            int close = hostWithPort.indexOf(']');
            return close < 0 ? hostWithPort : hostWithPort.substring(0, close + 1);
        }
        int colon = hostWithPort.indexOf(':');
        return colon < 0 ? hostWithPort : hostWithPort.substring(0, colon);
    }

    private static String pathOf(String url) {
        int start = url.indexOf("://");
        start = start < 0 ? 0 : start + 3;
        return url.substring(authorityEnd(url, start));
    }

    private static int authorityEnd(String url, int start) {
        int end = start;
        while (end < url.length()) {
            char c = url.charAt(end);
            if (c == '/' || c == '?' || c == '#') {
                break;
            }
            end++;
        }
        return end;
    }

    /** A name the user recognises: well-known hosts by product name, anything else by its host. */
    static String providerName(String baseUrl) {
        String host = hostOf(baseUrl);
        String name = hostName(host);
        if (host.equals("localhost:11434") || host.equals("127.0.0.1:11434")) {
            return "Ollama (localhost)";
        }
        if (host.equals("localhost:1234") || host.equals("127.0.0.1:1234")) {
            return "LM Studio (localhost)";
        }
        switch (name) {
            case "api.openai.com": return "OpenAI";
            case "openrouter.ai": return "OpenRouter";
            case "api.groq.com": return "Groq";
            case "api.mistral.ai": return "Mistral";
            case "api.deepseek.com": return "DeepSeek";
            case "api.together.xyz": return "Together AI";
            default: return host.isEmpty() ? I18n.t("store_imported_provider_name") : host;
        }
    }

    /** Loopback and private-network hosts: servers there usually need no key (Ollama, LM Studio, llama.cpp). */
    static boolean isLocal(String baseUrl) {
        String name = hostName(hostOf(baseUrl));
        if (name.equals("localhost") || name.endsWith(".localhost") || name.endsWith(".local")
            || name.equals("[::1]") || name.equals("0.0.0.0")) {
            return true;
        }
        int[] ip = ipv4(name);
        if (ip == null) {
            return false;
        }
        return ip[0] == 127 || ip[0] == 10 || (ip[0] == 192 && ip[1] == 168) || (ip[0] == 172 && ip[1] >= 16 && ip[1] <= 31);
    }

    private static int[] ipv4(String s) {
        int[] parts = new int[4];
        int part = 0;
        int digits = 0;
        int value = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '.';
            if (c == '.') {
                if (digits == 0 || part > 3 || value > 255) {
                    return null;
                }
                parts[part++] = value;
                value = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9' && digits < 3) {
                value = value * 10 + (c - '0');
                digits++;
            } else {
                return null;
            }
        }
        return part == 4 ? parts : null;
    }
}
