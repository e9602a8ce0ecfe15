package dev.modeldeck.core.security;

/**
 * The one provider that issues keys with a given prefix, and where its OpenAI-compatible API lives.
 *
 * @param prefix what its keys start with (a {@link SecretPatterns} key prefix or a longer form of one)
 * @param name the provider's name, e.g. "OpenRouter"
 * @param host its API host, matched exactly or as a parent domain
 * @param pathWord the word a gateway URL path contains when it forwards to this provider
 * @param baseUrl the base URL to suggest
 */
public record KeyOwner(String prefix, String name, String host, String pathWord, String baseUrl) { }
