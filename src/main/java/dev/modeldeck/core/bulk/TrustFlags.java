package dev.modeldeck.core.bulk;

import dev.modeldeck.core.provider.Presets;
import dev.modeldeck.core.provider.ProviderConfig;

/**
 * Settings that lower a protection on the user's say-so, so a file never sets them: sending the key over
 * plain http:// to a remote host ({@code allowInsecureKey}) and removing the Origin header for a server
 * ({@code stripOrigin}). An import keeps what the user already chose for the saved provider it updates;
 * a new provider starts from its preset's defaults, as it would in the form.
 */
final class TrustFlags {
    private TrustFlags() { }

    /** Replaces the file's flags in {@code incoming}; {@code target} is the saved provider it updates, or null. */
    static void replaceFromFile(ProviderConfig incoming, ProviderConfig target) {
        // A saved confirmation carries over only for the very same address: see ImportPlanner#withholdInsecureKey.
        incoming.allowInsecureKey = false;
        incoming.stripOrigin = target != null ? target.stripOrigin : Presets.byId(incoming.presetId).stripOrigin();
    }
}
