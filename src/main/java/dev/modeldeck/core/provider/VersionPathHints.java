package dev.modeldeck.core.provider;

import dev.modeldeck.core.i18n.I18n;

/**
 * Known servers whose OpenAI-compatible API lives under a path the user often leaves out
 * ("https://api.openai.com" instead of ".../v1"). Only suggests; a user may know better.
 * Sources per host: docs/PRESETS.md.
 */
final class VersionPathHints {
    private VersionPathHints() { }

    /**
     * A suggestion: who the server is and which path it expects.
     *
     * @param brand a brand name, or null for the port-8080 servers whose name is a phrase ("llama.cpp and LocalAI")
     */
    record Hint(String brand, String path) {
        String serverName() {
            return brand == null ? I18n.t("prov_server_llamacpp_localai") : brand;
        }
    }

    /** The path to suggest for this host/port/path, or null when the path looks right or the server is unknown. */
    static Hint suggest(UrlParts u, String path) {
        String host = u.host();
        if (host.endsWith(".openai.azure.com")) {
            return when(path, "Azure OpenAI", "/openai/v1", "", "/openai");
        }
        switch (host) {
            case "api.openai.com": return when(path, "OpenAI", "/v1", "");
            case "api.groq.com": return when(path, "Groq", "/openai/v1", "", "/openai");
            case "api.together.xyz":
            case "api.together.ai": return when(path, "Together AI", "/v1", "");
            case "api.mistral.ai": return when(path, "Mistral", "/v1", "");
            case "api.x.ai": return when(path, "xAI", "/v1", "");
            case "api.cerebras.ai": return when(path, "Cerebras", "/v1", "");
            case "api.fireworks.ai": return when(path, "Fireworks", "/inference/v1", "", "/inference");
            case "openrouter.ai": return when(path, "OpenRouter", "/api/v1", "", "/api");
            case "api.deepinfra.com": return when(path, "DeepInfra", "/v1/openai", "", "/v1");
            case "generativelanguage.googleapis.com":
                return when(path, "Gemini", "/v1beta/openai", "", "/v1beta", "/v1");
            default:
                break;
        }
        if (!LocalNetwork.isLocal(host)) {
            return null;
        }
        switch (u.port()) {
            case 11434: return when(path, "Ollama", "/v1", "");
            case 1234: return when(path, "LM Studio", "/v1", "");
            case 8080: return when(path, null, "/v1", "");
            case 8000: return when(path, "vLLM", "/v1", "");
            case 1337: return when(path, "Jan", "/v1", "");
            default: return null;
        }
    }

    private static Hint when(String path, String server, String wanted, String... incomplete) {
        for (String p : incomplete) {
            if (p.equalsIgnoreCase(path)) {
                return new Hint(server, wanted);
            }
        }
        return null;
    }
}
