package dev.modeldeck.core.chat;

/** Request options that travel with one chat request. Unset values are left out of the body. */
public final class ChatOptions {
    public boolean stream = true;
    /** Adds {@code stream_options: {include_usage: true}} (OpenAI and most compatibles; some servers reject it). */
    public boolean includeUsage;
    public Double temperature;
    public Integer maxTokens;
    /** "max_tokens", or "max_completion_tokens" for OpenAI reasoning models that refuse the former. */
    public String maxTokensField = "max_tokens";

    public ChatOptions stream(boolean v) { stream = v; return this; }
    public ChatOptions includeUsage(boolean v) { includeUsage = v; return this; }
    public ChatOptions temperature(Double v) { temperature = v; return this; }
    public ChatOptions maxTokens(Integer v) { maxTokens = v; return this; }
    public ChatOptions maxTokensField(String v) { maxTokensField = v; return this; }
}
