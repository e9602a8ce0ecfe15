package dev.modeldeck.core.chat;

/** Why the model stopped, normalised from the providers' spellings. */
public enum FinishReason {
    /** No finish reason was reported (yet). */
    NONE,
    STOP,
    /** The max_tokens limit or the context window cut the reply. */
    LENGTH,
    TOOL_CALLS,
    CONTENT_FILTER,
    /** The provider marked the reply as failed (OpenRouter's "error"). */
    ERROR,
    OTHER;

    public static FinishReason fromWire(String s) {
        if (s == null || s.isEmpty()) {
            return NONE;
        }
        switch (s) {
            case "stop": case "end_turn": case "eos": case "stop_sequence":
                return STOP;
            case "length": case "max_tokens": case "model_length":
                return LENGTH;
            case "tool_calls": case "function_call": case "tool_use":
                return TOOL_CALLS;
            case "content_filter":
                return CONTENT_FILTER;
            case "error":
                return ERROR;
            default:
                return OTHER;
        }
    }
}
