package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.provider.Preset;
import dev.modeldeck.core.provider.Presets;
import dev.modeldeck.core.provider.ProviderConfig;

/** Names a local server and says how to start it, so "nothing is listening" comes with the right command. */
final class LocalServers {
    private LocalServers() { }

    /** The provider's preset, or the one its URL suggests when it was set up as Custom. */
    static Preset presetOf(ProviderConfig p) {
        Preset preset = Presets.byId(p.presetId);
        return preset == Presets.CUSTOM ? Presets.guessFromUrl(p.baseUrl) : preset;
    }

    /** "Ollama", "LM Studio", … or "the server" when unknown. */
    static String name(ProviderConfig p) {
        Preset preset = presetOf(p);
        return preset == Presets.CUSTOM ? "the server" : preset.displayName();
    }

    /** One instruction that starts the server. */
    static String startHint(ProviderConfig p) {
        switch (presetOf(p).id()) {
            case "ollama": return "Start it with `ollama serve` (or open the Ollama app).";
            case "lmstudio": return "Open LM Studio and start the server in the Developer tab.";
            case "llamacpp": return "Start it with `llama-server -m <model.gguf> --port " + port(p) + "`.";
            case "vllm": return "Start it with `vllm serve <model>`.";
            case "localai": return "Start LocalAI (for example `local-ai run`, or its Docker image) on port " + port(p) + ".";
            case "jan": return "Open Jan, go to Settings > Local API Server and start the server.";
            case "litellm": return "Start the proxy with `litellm --config <config.yaml>`.";
            default: return "Start the server and check that it listens on port " + port(p) + " of this address.";
        }
    }

    private static String port(ProviderConfig p) {
        dev.modeldeck.core.provider.UrlParts u = Texts.parts(p.baseUrl);
        return u == null ? "?" : String.valueOf(u.effectivePort());
    }
}
