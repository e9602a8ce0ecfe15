package dev.modeldeck.core.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The one definition of what a credential looks like: provider key prefixes, the keys whose prefix names
 * their provider, header and parameter names that carry credentials, and values that look like one. The
 * redactor, the base URL check, the key-owner hints, the endpoint resolver and header printing all ask
 * here, so a prefix added once is recognised everywhere.
 */
public final class SecretPatterns {
    /** What a credential's value prints as (OkHttp's choice for redacted headers). */
    public static final String HIDDEN = "\u2588\u2588";

    /** Prefixes of provider keys, case-sensitive: an "sk-learn" in prose is told apart by the length after it. */
    private static final List<String> KEY_PREFIXES = Collections.unmodifiableList(Arrays.asList(
        "sk-", "sk_", "gsk_", "xai-", "AIza", "hf_", "nvapi-", "pplx-", "csk-", "r8_", "fw_", "ghp_", "github_pat_"));

    /** Keys that belong to exactly one provider; longer prefixes first ("sk-or-" before any plain "sk-"). */
    private static final List<KeyOwner> OWNERS = Collections.unmodifiableList(Arrays.asList(
        new KeyOwner("sk-or-", "OpenRouter", "openrouter.ai", "openrouter", "https://openrouter.ai/api/v1"),
        new KeyOwner("sk-ant-", "Anthropic", "anthropic.com", "anthropic", "https://api.anthropic.com/v1"),
        new KeyOwner("sk-proj-", "OpenAI", "api.openai.com", "openai", "https://api.openai.com/v1"),
        new KeyOwner("sk-svcacct-", "OpenAI", "api.openai.com", "openai", "https://api.openai.com/v1"),
        new KeyOwner("sk-admin-", "OpenAI", "api.openai.com", "openai", "https://api.openai.com/v1"),
        new KeyOwner("gsk_", "Groq", "groq.com", "groq", "https://api.groq.com/openai/v1"),
        new KeyOwner("xai-", "xAI", "x.ai", "grok", "https://api.x.ai/v1"),
        new KeyOwner("pplx-", "Perplexity", "perplexity.ai", "perplexity", "https://api.perplexity.ai"),
        new KeyOwner("AIza", "Google Gemini", "googleapis.com", "google",
            "https://generativelanguage.googleapis.com/v1beta/openai"),
        new KeyOwner("csk-", "Cerebras", "cerebras.ai", "cerebras", "https://api.cerebras.ai/v1"),
        new KeyOwner("fw_", "Fireworks AI", "fireworks.ai", "fireworks", "https://api.fireworks.ai/inference/v1"),
        new KeyOwner("nvapi-", "NVIDIA", "nvidia.com", "nvidia", "https://integrate.api.nvidia.com/v1"),
        new KeyOwner("hf_", "Hugging Face", "huggingface.co", "huggingface", "https://router.huggingface.co/v1")));

    /** Words that make a header or parameter name a credential's: Authorization, x-api-key, access_token, Cookie… */
    private static final List<String> NAME_HINTS = Collections.unmodifiableList(Arrays.asList(
        "auth", "key", "token", "secret", "password", "passwd", "cookie", "signature", "credential", "session"));

    /** Whole names too short to look for inside others ("sig" is in "design"): Azure SAS signatures. */
    private static final List<String> EXACT_NAMES = Collections.unmodifiableList(Arrays.asList("sig"));

    /** Shortest unlabelled value taken for a random token rather than a word or a setting. */
    private static final int LONG_TOKEN = 24;

    private SecretPatterns() { }

    public static List<String> keyPrefixes() { return KEY_PREFIXES; }

    public static List<KeyOwner> owners() { return OWNERS; }

    /** The key prefix that {@code s} has at {@code at}, or null. */
    public static String keyPrefixAt(String s, int at) {
        for (String p : KEY_PREFIXES) {
            if (s.startsWith(p, at)) {
                return p;
            }
        }
        return null;
    }

    public static boolean hasKeyPrefix(String s) { return s != null && keyPrefixAt(s, 0) != null; }

    /** The provider a key's prefix names, or null when the prefix is shared or unknown. */
    public static KeyOwner ownerOf(String key) {
        for (KeyOwner o : OWNERS) {
            if (key != null && key.startsWith(o.prefix())) {
                return o;
            }
        }
        return null;
    }

    /** Header or parameter names whose values are credentials. */
    public static boolean isSecretName(String name) {
        if (name == null) {
            return false;
        }
        String n = name.trim().toLowerCase();
        if (EXACT_NAMES.contains(n)) {
            return true;
        }
        for (String hint : NAME_HINTS) {
            if (n.contains(hint)) {
                return true;
            }
        }
        return false;
    }

    /**
     * THE definition of a secret header or query value: a non-blank value under a credential's name, or a
     * value that looks like one. The vault (storage), exports, redaction and display all ask here.
     */
    public static boolean isSecret(String name, String value) {
        if (value == null || value.trim().isEmpty()) {
            return false;
        }
        return isSecretName(name) || looksLikeSecretValue(value.trim());
    }

    /** The value a header or parameter may show: itself, or {@link #HIDDEN} when it is a secret. */
    public static String shownValue(String name, String value) {
        return isSecret(name, value) ? HIDDEN : value;
    }

    /**
     * Words that label a credential in free text ("api_key=…", "Authorization: …", "sig=…"). Stricter than
     * {@link #isSecretName}: prose says "author" and "session" without a secret after them.
     */
    public static boolean isCredentialLabel(String word) {
        return word.endsWith("key") || word.endsWith("token") || word.endsWith("secret")
                || word.equals("authorization") || word.equals("password") || word.equals("passwd")
                || word.equals("sig") || word.equals("signature");
    }

    /** Values like "Bearer …", "Basic …", a provider key, or a long random-looking token (no spaces or colons). */
    public static boolean looksLikeSecretValue(String v) {
        if (v == null) {
            return false;
        }
        String lower = v.toLowerCase();
        if (lower.startsWith("bearer ") || lower.startsWith("basic ") || hasKeyPrefix(v)) {
            return true;
        }
        if (v.length() < LONG_TOKEN) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                letter = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if ("-_.=+/".indexOf(c) < 0) {
                return false; // spaces, colons etc.: prose or a URL, not a token
            }
        }
        return letter && digit;
    }
}
