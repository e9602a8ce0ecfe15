package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.Preset;
import dev.modeldeck.core.provider.Presets;
import dev.modeldeck.core.provider.ProviderConfig;
import java.util.List;

/** Explains a refused key (401, or a 403 about credentials) and names the most likely cause. */
final class AuthAdvice {
    private AuthAdvice() { }

    /** @param e the classified error of the refusing response */
    static Finding explain(ProviderConfig p, NetException e, List<String> secrets) {
        String said = Scrub.quote(e.providerMessage(), secrets, 200);
        String summary = "the server refused " + (keySent(p) ? "the key" : "the request") + " (HTTP " + e.status() + ")"
            + (said.isEmpty() ? "." : ": " + said);
        String details = e.requestId() == null ? null : "Request id: " + Scrub.foreign(e.requestId(), secrets);
        return Finding.failed(summary, fix(p)).withDetails(details);
    }

    static String fix(ProviderConfig p) {
        String host = Texts.host(p.baseUrl);
        if (KeyOwners.isAzure(host) && p.authStyle == AuthStyle.BEARER) {
            return "Azure expects the key in an `api-key` header: choose Custom header under Authentication and "
                + "enter api-key as the header name.";
        }
        if (!keySent(p)) {
            return "This server wants a key: choose Bearer token under Authentication and paste the key"
                + (dev.modeldeck.core.provider.EndpointResolver.isLocal(p)
                    ? " (for a local server, the one it was started with, e.g. --api-key)." : ".");
        }
        KeyOwners.Mismatch m = KeyOwners.check(p);
        if (m != null) {
            return Texts.capital(m.describe()) + ". " + m.fix();
        }
        if (p.authStyle == AuthStyle.CUSTOM_HEADER && !KeyOwners.isAzure(host)) {
            return "The key goes in the " + p.headerName.trim() + " header; most OpenAI-compatible servers expect a "
                + "Bearer token instead. Check the header name, or choose Bearer token under Authentication.";
        }
        Preset preset = Presets.byId(p.presetId);
        String where = preset == Presets.CUSTOM || preset.local() ? "" : " " + preset.note();
        return "Check that the key is complete, still active and made for " + host
            + " (create a new one if unsure)." + where;
    }

    static boolean keySent(ProviderConfig p) {
        return p.authStyle != AuthStyle.NONE && p.apiKey != null && !p.apiKey.trim().isEmpty();
    }
}
