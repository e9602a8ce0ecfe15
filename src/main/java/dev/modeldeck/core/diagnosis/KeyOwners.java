package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.UrlParts;
import dev.modeldeck.core.security.KeyOwner;
import dev.modeldeck.core.security.SecretPatterns;

/**
 * Catches a key pasted into the wrong provider by its documented prefix ({@link SecretPatterns#owners()}):
 * an OpenRouter key sent to OpenAI fails with a 401 that doesn't say why.
 */
final class KeyOwners {
    /** A key that plainly belongs elsewhere. */
    record Mismatch(KeyOwner owner, String host) {
        /** "the key looks like an OpenRouter key (it starts with sk-or-), but the base URL points at api.openai.com". */
        String describe() {
            // English picks "a" or "an" by the owner's sound; other languages may word both alike.
            String name = owner.name();
            return anBefore(name) ? I18n.t("diag_key_mismatch_an", name, owner.prefix(), host)
                : I18n.t("diag_key_mismatch_a", name, owner.prefix(), host);
        }

        String fix() {
            return I18n.t("diag_key_mismatch_fix", host, owner.name(), owner.baseUrl());
        }
    }

    private KeyOwners() { }

    /** The mismatch, or null when the key has no known prefix, fits the host, or the server is local (proxies). */
    static Mismatch check(ProviderConfig p) {
        KeyOwner owner = SecretPatterns.ownerOf(p.apiKey == null ? null : p.apiKey.trim());
        UrlParts u = Texts.parts(p.baseUrl);
        if (owner == null || u == null || u.host().isEmpty() || BaseUrlCheck.isLocalHost(u.host())) {
            return null;
        }
        String host = u.host();
        boolean hostFits = host.equals(owner.host()) || host.endsWith("." + owner.host());
        // Gateways (Cloudflare AI Gateway, Portkey…) name the upstream provider in the path.
        boolean gatewayFits = !isAzure(host) && u.path().toLowerCase().contains("/" + owner.pathWord());
        return hostFits || gatewayFits ? null : new Mismatch(owner, host);
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
