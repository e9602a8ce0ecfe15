package dev.modeldeck.core.chat;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.net.Redactor;
import java.util.List;

/** Turns an error that arrives inside a 200 response (a stream chunk or a JSON body) into a NetException. */
final class StreamErrors {
    private StreamErrors() { }

    /**
     * @param err the error value: {@code {"message","type","code"}} (OpenAI, OpenRouter), a plain string
     *            (Ollama), or a whole vLLM-style {@code {"object":"error",...}} document
     */
    static NetException fromJson(Json err, List<String> secrets) {
        String message;
        String code = null;
        int status = 0;
        if (err.isString()) {
            message = err.str();
        } else {
            message = err.get("message").text();
            if (message == null) {
                message = err.get("error").text(); // {"error":{"error":"..."}} as some proxies nest it
            }
            Json c = err.get("code");
            code = c.text();
            if (c.isNumber()) {
                status = (int) c.asLong(0);
            } else {
                status = (int) err.get("status").asLong(0);
            }
            if (code == null) {
                code = err.get("type").str();
            }
        }
        return build(message, code, status, secrets);
    }

    /** An SSE {@code event: error} whose data is not JSON. */
    static NetException fromText(String text, List<String> secrets) {
        return build(text, null, 0, secrets);
    }

    static NetException build(String message, String code, int status, List<String> secrets) {
        String safe = Redactor.redact(message == null || message.trim().isEmpty() ? null : message.trim(), secrets);
        String safeCode = Redactor.redact(code, secrets);
        NetException.Kind kind = kindOf(safeCode, status);
        String text = safe == null
            ? I18n.t("chatcore_provider_error_no_reason")
            : I18n.t("chatcore_provider_error", safe);
        NetException e = new NetException(kind, text).withProviderMessage(safe).withProviderCode(safeCode);
        return status >= 400 && status < 600 ? e.withStatus(status) : e;
    }

    private static NetException.Kind kindOf(String code, int status) {
        String c = code == null ? "" : code.toLowerCase();
        if (c.contains("context_length") || c.contains("context_window")) {
            return NetException.Kind.CONTEXT_LENGTH;
        }
        if (c.contains("insufficient_quota") || status == 402) {
            return NetException.Kind.QUOTA;
        }
        if (c.contains("rate_limit") || status == 429) {
            return NetException.Kind.RATE_LIMITED;
        }
        if (status == 401 || c.contains("invalid_api_key") || c.contains("authentication")) {
            return NetException.Kind.AUTH;
        }
        if (status == 403) {
            return NetException.Kind.PERMISSION;
        }
        if (status == 404) {
            return NetException.Kind.NOT_FOUND;
        }
        if (status >= 400 && status < 500) {
            return NetException.Kind.BAD_REQUEST;
        }
        return NetException.Kind.SERVER;
    }
}
