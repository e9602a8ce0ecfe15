package dev.modeldeck.core.chat;

import dev.modeldeck.core.net.NetException;

/**
 * Per-token callbacks for the UI: each delta is only the new text, so a view appends to its last
 * text node instead of re-rendering the message. All methods default to doing nothing.
 */
public interface ChatStreamListener {
    /** New answer text. */
    default void onContent(String delta) { }

    /** New reasoning ("thinking") text, kept apart from the answer. */
    default void onReasoning(String delta) { }

    /** A tool call was created or extended; {@code call} is the live, growing object. */
    default void onToolCall(ToolCall call) { }

    default void onUsage(Usage usage) { }

    /** A keep-alive comment such as OpenRouter's "OPENROUTER PROCESSING" (the provider is still working). */
    default void onKeepAlive(String comment) { }

    /** The provider reported an error inside the stream; the reply ends here. */
    default void onError(NetException error) { }
}
