package dev.modeldeck.core.edit;

/** Per-provider rules that remove the Origin header on requests to its base URL (servers such as Ollama refuse extension origins). */
public interface OriginRules {
    /** Installs or replaces the provider's rule; returns null on success or the browser's reason. May block. */
    String install(String providerId, String baseUrl);

    /** Removes the provider's rule, if any. May block. */
    void uninstall(String providerId);
}
