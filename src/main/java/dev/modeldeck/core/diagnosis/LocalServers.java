package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.Preset;
import dev.modeldeck.core.provider.Presets;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.UrlParts;

/** Names a local server and says how to start it, so "nothing is listening" comes with the right command. */
final class LocalServers {
    private LocalServers() { }

    /** The provider's preset, or the one its URL suggests when it was set up as Custom. */
    static Preset presetOf(ProviderConfig p) {
        Preset preset = Presets.byId(p.presetId);
        return preset == Presets.CUSTOM ? Presets.guessFromUrl(p.baseUrl) : preset;
    }

    /** "Ollama", "LM Studio", … or null when unknown (messages then say "the server"). */
    static String name(ProviderConfig p) {
        Preset preset = presetOf(p);
        return preset == Presets.CUSTOM ? null : preset.displayName();
    }

    /** One instruction that starts the server. */
    static String startHint(ProviderConfig p) {
        switch (presetOf(p).id()) {
            case "ollama": return I18n.t("diag_start_ollama");
            case "lmstudio": return I18n.t("diag_start_lmstudio");
            case "llamacpp": return I18n.t("diag_start_llamacpp", port(p));
            case "vllm": return I18n.t("diag_start_vllm");
            case "localai": return I18n.t("diag_start_localai", port(p));
            case "jan": return I18n.t("diag_start_jan");
            case "litellm": return I18n.t("diag_start_litellm");
            default: return I18n.t("diag_start_server", port(p));
        }
    }

    private static String port(ProviderConfig p) {
        UrlParts u = Texts.parts(p.baseUrl);
        return u == null ? "?" : Texts.code(u.effectivePort());
    }
}
