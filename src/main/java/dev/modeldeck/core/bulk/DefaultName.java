package dev.modeldeck.core.bulk;

import dev.modeldeck.core.provider.Preset;
import dev.modeldeck.core.provider.Presets;
import dev.modeldeck.core.provider.UrlParts;

/** The name a provider gets when its source names none: the preset's name, or the host for custom servers. */
final class DefaultName {
    private DefaultName() { }

    static String forProvider(String presetId, String baseUrl) {
        Preset preset = Presets.byId(presetId);
        if (preset != Presets.CUSTOM) {
            return preset.displayName();
        }
        Preset guessed = Presets.guessFromUrl(baseUrl);
        if (guessed != Presets.CUSTOM) {
            return guessed.displayName();
        }
        UrlParts u = UrlParts.parse(baseUrl);
        if (u == null || u.host().isEmpty()) {
            return preset.displayName();
        }
        String host = u.bareHost() + (u.hasNonDefaultPort() ? ":" + u.port() : "");
        return host.length() > ExportFormat.MAX_NAME_LENGTH ? host.substring(0, ExportFormat.MAX_NAME_LENGTH) : host;
    }
}
