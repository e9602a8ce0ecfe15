package dev.modeldeck.core.net;

import dev.modeldeck.core.time.Clock;
import java.util.List;

/**
 * Turns an HTTP error response into a typed {@link NetException}: the right {@link NetException.Kind},
 * a message that names the problem and the fix, and the provider's own words (redacted, trimmed).
 * Understands the error shapes of OpenAI and its look-alikes, Azure, Mistral, Groq, Ollama,
 * llama.cpp, plain text, HTML pages and empty bodies (see {@link ProviderError}).
 */
public final class ErrorClassifier {
    /** Longest provider message carried into a NetException. */
    public static final int MAX_PROVIDER_MESSAGE = 300;

    private static final String[] REQUEST_ID_HEADERS = {"x-request-id", "apim-request-id", "request-id", "x-ms-request-id", "cf-ray"};

    private ErrorClassifier() { }

    /**
     * @param status HTTP status (>= 400)
     * @param headers response headers (for Retry-After, request ids)
     * @param body the body text as read (may be empty, HTML, JSON of any provider's shape)
     * @param secrets strings that must not appear in the result (the API key, custom header values)
     */
    public static NetException classify(int status, List<Header> headers, String body, List<String> secrets) {
        return classify(status, headers, body, secrets, Clock.SYSTEM.nowMillis());
    }

    /** As {@link #classify(int, List, String, List)}, with the time an HTTP-date Retry-After is measured from. */
    public static NetException classify(int status, List<Header> headers, String body, List<String> secrets,
                                        long nowMillis) {
        ProviderError pe = ProviderError.parse(body);
        String said = trimmed(Redactor.redact(pe.message, secrets));
        String code = Redactor.redact(pe.code != null ? pe.code : pe.type, secrets);
        String signals = lower(pe.code) + " " + lower(pe.type);
        String text = lower(pe.message);
        boolean emptyBody = body == null || body.trim().isEmpty();

        NetException.Kind kind;
        String problem;
        String fix;
        long retryAfter = RetryAfter.parse(headers, nowMillis);
        if (isQuota(status, signals, text)) {
            kind = NetException.Kind.QUOTA;
            problem = "The account has run out of quota or credits (HTTP " + status + ").";
            fix = "Add credits or raise the limit in the provider's billing settings, or switch to another provider.";
            retryAfter = -1;
        } else if (status == 401) {
            kind = NetException.Kind.AUTH;
            problem = "The provider rejected the API key (HTTP 401).";
            fix = "Check that the key is complete, still active and belongs to this provider and endpoint.";
        } else if (status == 403 && emptyBody) {
            kind = NetException.Kind.PERMISSION;
            problem = "The server refused the request from the extension without saying why (HTTP 403).";
            fix = "Local servers such as Ollama refuse browser-extension origins: start Ollama with "
                    + "OLLAMA_ORIGINS=chrome-extension://* or turn on \"Remove the Origin header for this server\" in the provider's advanced options.";
        } else if (status == 403) {
            if (mentionsCredentials(text + " " + signals)) {
                kind = NetException.Kind.AUTH;
                problem = "The provider did not accept the credentials (HTTP 403).";
                fix = "Check the API key and that it is allowed to use this endpoint.";
            } else {
                kind = NetException.Kind.PERMISSION;
                problem = "The provider refused access (HTTP 403).";
                fix = "The key may not have access to this model, project or region; check its permissions.";
            }
        } else if (isModelNotFound(signals, text) && (status == 404 || status == 400)) {
            kind = NetException.Kind.NOT_FOUND;
            problem = "The model was not found (HTTP " + status + ").";
            fix = "Pick a model from the provider's list or check the model id and your access to it.";
        } else if (status == 404) {
            kind = NetException.Kind.NOT_FOUND;
            problem = "The address was not found (HTTP 404).";
            fix = "Check the base URL; most providers expect it to end in /v1.";
        } else if (isContextLength(status, signals, text)) {
            kind = NetException.Kind.CONTEXT_LENGTH;
            problem = "The conversation is too long for this model's context window (HTTP " + status + ").";
            fix = "Remove earlier messages, start a new conversation or pick a model with a larger context.";
        } else if (status == 429) {
            kind = NetException.Kind.RATE_LIMITED;
            if (retryAfter < 0) {
                retryAfter = waitInMessage(text);
            }
            problem = "The provider is limiting how many requests you can send (HTTP 429).";
            fix = retryAfter >= 0 ? "Try again in " + Durations.describe(retryAfter) + "."
                    : "Wait a moment, or lower this provider's requests per minute.";
        } else if (status == 408 || status == 409) {
            kind = NetException.Kind.SERVER;
            problem = status == 408 ? "The provider timed out waiting for the request (HTTP 408)."
                    : "The provider reported a conflict with another request (HTTP 409).";
            fix = "Try again.";
        } else if (status >= 500) {
            kind = NetException.Kind.SERVER;
            if (status == 503 && (text.contains("loading") || signals.contains("loading"))) {
                problem = "The model is still loading on the server (HTTP 503).";
                fix = "Wait a few seconds and try again.";
            } else if (status == 502 || status == 504) {
                problem = "A gateway in front of the provider failed (HTTP " + status + ").";
                fix = "The provider or its proxy is having trouble; try again shortly.";
            } else if (status == 503 || status == 529) {
                problem = "The provider is overloaded or down for maintenance (HTTP " + status + ").";
                fix = "Try again shortly, or switch to another provider.";
            } else {
                problem = "The provider had an internal error (HTTP " + status + ").";
                fix = "Try again; if it keeps happening, check the provider's status page.";
            }
        } else if (status >= 400) {
            kind = NetException.Kind.BAD_REQUEST;
            String p = Redactor.redact(pe.param, secrets);
            problem = "The provider rejected the request (HTTP " + status + ")"
                    + (p != null && !p.isEmpty() ? ", about the parameter '" + trimmed(p) + "'." : ".");
            fix = "Check this model's settings (for example max tokens or temperature) or try another model.";
        } else {
            kind = NetException.Kind.PROTOCOL;
            problem = "The provider answered with an unexpected HTTP status " + status + ".";
            fix = "Check the base URL and that the server speaks the OpenAI API.";
        }

        StringBuilder msg = new StringBuilder(problem).append(' ').append(fix);
        if (said != null && !said.isEmpty()) {
            msg.append(pe.html ? " The server sent a web page: \"" : " The provider said: \"").append(said).append('"');
        }
        NetException e = new NetException(kind, msg.toString()).status(status);
        e.providerCode(code).providerMessage(said);
        String rid = Headers.first(headers, REQUEST_ID_HEADERS);
        e.requestId(Redactor.redact(rid != null ? rid : pe.requestId, secrets));
        if (retryAfter >= 0 && (kind == NetException.Kind.RATE_LIMITED || kind == NetException.Kind.SERVER)) {
            e.retryAfterMs(retryAfter);
        }
        return e;
    }

    private static boolean isQuota(int status, String signals, String text) {
        if (status == 402) {
            return true;
        }
        if (status != 429 && status != 403 && status != 400) {
            return false;
        }
        return signals.contains("insufficient_quota") || signals.contains("quota_exceeded")
                || signals.contains("billing") || signals.contains("insufficient_balance")
                || text.contains("exceeded your current quota") || text.contains("insufficient credits")
                || text.contains("insufficient balance") || text.contains("out of credits")
                || text.contains("credit balance is too low");
    }

    private static boolean isModelNotFound(String signals, String text) {
        return signals.contains("model_not_found") || text.contains("does not exist")
                || (text.contains("model") && (text.contains("not found") || text.contains("not_found")));
    }

    private static boolean isContextLength(int status, String signals, String text) {
        if (status == 413) {
            return true;
        }
        if (status != 400 && status != 422) {
            return false;
        }
        return signals.contains("context_length") || text.contains("context length") || text.contains("context window")
                || text.contains("maximum context") || text.contains("too many tokens") || text.contains("prompt is too long")
                || text.contains("reduce the length");
    }

    private static boolean mentionsCredentials(String text) {
        return text.contains("key") || text.contains("token") || text.contains("auth") || text.contains("credential")
                || text.contains("unauthorized") || text.contains("subscription");
    }

    /** "Please try again in 292.5ms" / "try again in 7.66s" (Groq, OpenAI): the wait named in the message, or -1. */
    static long waitInMessage(String text) {
        int at = text.indexOf("try again in ");
        if (at < 0) {
            return -1;
        }
        int start = at + "try again in ".length();
        int end = start;
        while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != ',') {
            end++;
        }
        String token = text.substring(start, end);
        while (token.endsWith(".")) {
            token = token.substring(0, token.length() - 1);
        }
        return Durations.parse(token);
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase();
    }

    /** Whitespace collapsed and cut to {@link #MAX_PROVIDER_MESSAGE} characters. */
    static String trimmed(String s) {
        if (s == null) {
            return null;
        }
        String t = ProviderError.collapseSpaces(s);
        if (t.length() <= MAX_PROVIDER_MESSAGE) {
            return t;
        }
        int cut = MAX_PROVIDER_MESSAGE - 1;
        int space = t.lastIndexOf(' ', cut);
        if (space > MAX_PROVIDER_MESSAGE - 40) {
            cut = space;
        }
        return t.substring(0, cut) + "…";
    }
}
