package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.UrlParts;

/**
 * Recognizes keys by their documented prefixes, to catch a key pasted into the wrong provider
 * (an OpenRouter key sent to OpenAI fails with a 401 that doesn't say why).
 */
final class KeyOwners {
    /** prefix, owner, host (exact or parent domain), word a gateway URL path would contain, base URL. */
    private static final String[][] OWNERS = {
        {"sk-or-", "OpenRouter", "openrouter.ai", "openrouter", "https://openrouter.ai/api/v1"},
        {"sk-ant-", "Anthropic", "anthropic.com", "anthropic", "https://api.anthropic.com/v1"},
        {"sk-proj-", "OpenAI", "api.openai.com", "openai", "https://api.openai.com/v1"},
        {"sk-svcacct-", "OpenAI", "api.openai.com", "openai", "https://api.openai.com/v1"},
        {"sk-admin-", "OpenAI", "api.openai.com", "openai", "https://api.openai.com/v1"},
        {"gsk_", "Groq", "groq.com", "groq", "https://api.groq.com/openai/v1"},
        {"xai-", "xAI", "x.ai", "grok", "https://api.x.ai/v1"},
        {"pplx-", "Perplexity", "perplexity.ai", "perplexity", "https://api.perplexity.ai"},
        {"AIza", "Google Gemini", "googleapis.com", "google", "https://generativelanguage.googleapis.com/v1beta/openai"},
        {"csk-", "Cerebras", "cerebras.ai", "cerebras", "https://api.cerebras.ai/v1"},
        {"fw_", "Fireworks AI", "fireworks.ai", "fireworks", "https://api.fireworks.ai/inference/v1"},
        {"nvapi-", "NVIDIA", "nvidia.com", "nvidia", "https://integrate.api.nvidia.com/v1"},
        {"hf_", "Hugging Face", "huggingface.co", "huggingface", "https://router.huggingface.co/v1"},
    };

    /** A key that plainly belongs elsewhere. */
    static final class Mismatch {
        final String prefix;
        final String owner;
        final String ownerBaseUrl;
        final String host;

        Mismatch(String prefix, String owner, String ownerBaseUrl, String host) {
            this.prefix = prefix;
            this.owner = owner;
            this.ownerBaseUrl = ownerBaseUrl;
            this.host = host;
        }

        /** "the key looks like an OpenRouter key (it starts with sk-or-), but the base URL points at api.openai.com". */
        String describe() {
            // English picks "a" or "an" by the owner's sound; other languages may word both alike.
            return anBefore(owner) ? I18n.t("diag_key_mismatch_an", owner, prefix, host)
                : I18n.t("diag_key_mismatch_a", owner, prefix, host);
        }

        String fix() {
            return I18n.t("diag_key_mismatch_fix", host, owner, ownerBaseUrl);
        }
    }

    private KeyOwners() { }

    /** The mismatch, or null when the key has no known prefix, fits the host, or the server is local (proxies). */
    static Mismatch check(ProviderConfig p) {
        String key = p.apiKey == null ? "" : p.apiKey.trim();
        UrlParts u = Texts.parts(p.baseUrl);
        if (key.isEmpty() || u == null || u.host().isEmpty() || dev.modeldeck.core.provider.BaseUrlCheck.isLocalHost(u.host())) {
            return null;
        }
        for (String[] o : OWNERS) {
            if (!key.startsWith(o[0])) {
                continue;
            }
            boolean azure = isAzure(u.host());
            boolean hostFits = u.host().equals(o[2]) || u.host().endsWith("." + o[2]);
            // Gateways (Cloudflare AI Gateway, Portkey…) name the upstream provider in the path.
            boolean gatewayFits = !azure && u.path().toLowerCase().contains("/" + o[3]);
            return hostFits || gatewayFits ? null : new Mismatch(o[0], o[1], o[4], u.host());
        }
        return null;
    }

    static boolean isAzure(String host) {
        return host != null && (host.endsWith(".openai.azure.com") || host.endsWith(".cognitiveservices.azure.com")
            || host.endsWith(".services.ai.azure.com"));
    }

    /** Whether English writes "an" before this name (a vowel sound: "an OpenAI", "an xAI", "an NVIDIA"). */
    private static boolean anBefore(String word) {
        char c = Character.toLowerCase(word.charAt(0));
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'x' || word.startsWith("NV");
    }
}
