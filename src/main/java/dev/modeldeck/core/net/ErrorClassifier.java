package dev.modeldeck.core.net;

import dev.modeldeck.core.i18n.I18n;
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
            problem = I18n.t("net_quota", code(status));
            fix = I18n.t("net_quota_fix");
            retryAfter = -1;
        } else if (status == 401) {
            kind = NetException.Kind.AUTH;
            problem = I18n.t("net_auth");
            fix = I18n.t("net_auth_fix");
        } else if (status == 403 && emptyBody) {
            kind = NetException.Kind.PERMISSION;
            problem = I18n.t("net_origin_refused");
            fix = I18n.t("net_origin_refused_fix", I18n.extensionScheme());
        } else if (status == 403) {
            if (mentionsCredentials(text + " " + signals)) {
                kind = NetException.Kind.AUTH;
                problem = I18n.t("net_credentials");
                fix = I18n.t("net_credentials_fix");
            } else {
                kind = NetException.Kind.PERMISSION;
                problem = I18n.t("net_permission");
                fix = I18n.t("net_permission_fix");
            }
        } else if (isModelNotFound(signals, text) && (status == 404 || status == 400)) {
            kind = NetException.Kind.NOT_FOUND;
            problem = I18n.t("net_model_not_found", code(status));
            fix = I18n.t("net_model_not_found_fix");
        } else if (status == 404) {
            kind = NetException.Kind.NOT_FOUND;
            problem = I18n.t("net_address_not_found");
            fix = I18n.t("net_address_not_found_fix");
        } else if (isContextLength(status, signals, text)) {
            kind = NetException.Kind.CONTEXT_LENGTH;
            problem = I18n.t("net_context_length", code(status));
            fix = I18n.t("net_context_length_fix");
        } else if (status == 429) {
            kind = NetException.Kind.RATE_LIMITED;
            if (retryAfter < 0) {
                retryAfter = waitInMessage(text);
            }
            problem = I18n.t("net_rate_limited");
            fix = retryAfter >= 0 ? I18n.t("net_rate_limited_fix_wait", Durations.describe(retryAfter))
                    : I18n.t("net_rate_limited_fix");
        } else if (status == 408 || status == 409) {
            kind = NetException.Kind.SERVER;
            problem = status == 408 ? I18n.t("net_timeout_408") : I18n.t("net_conflict_409");
            fix = I18n.t("net_try_again");
        } else if (status >= 500) {
            kind = NetException.Kind.SERVER;
            if (status == 503 && (text.contains("loading") || signals.contains("loading"))) {
                problem = I18n.t("net_model_loading");
                fix = I18n.t("net_model_loading_fix");
            } else if (status == 502 || status == 504) {
                problem = I18n.t("net_gateway", code(status));
                fix = I18n.t("net_gateway_fix");
            } else if (status == 503 || status == 529) {
                problem = I18n.t("net_overloaded", code(status));
                fix = I18n.t("net_overloaded_fix");
            } else {
                problem = I18n.t("net_internal", code(status));
                fix = I18n.t("net_internal_fix");
            }
        } else if (status >= 400) {
            kind = NetException.Kind.BAD_REQUEST;
            String p = Redactor.redact(pe.param, secrets);
            problem = p != null && !p.isEmpty() ? I18n.t("net_bad_request_param", code(status), trimmed(p))
                    : I18n.t("net_bad_request", code(status));
            fix = I18n.t("net_bad_request_fix");
        } else {
            kind = NetException.Kind.PROTOCOL;
            problem = I18n.t("net_unexpected_status", code(status));
            fix = I18n.t("net_unexpected_status_fix");
        }

        StringBuilder msg = new StringBuilder(problem).append(' ').append(fix);
        if (said != null && !said.isEmpty()) {
            msg.append(' ').append(pe.html ? I18n.t("net_server_sent_page", said) : providerSaid(said));
        }
        String rid = Headers.first(headers, REQUEST_ID_HEADERS);
        NetException e = new NetException(kind, msg.toString()).withStatus(status)
            .withProviderCode(code).withProviderMessage(said)
            .withRequestId(Redactor.redact(rid != null ? rid : pe.requestId, secrets));
        boolean mayWait = kind == NetException.Kind.RATE_LIMITED || kind == NetException.Kind.SERVER;
        return retryAfter >= 0 && mayWait ? e.withRetryAfterMs(retryAfter) : e;
    }

    /** {@code The provider said: "…"}: the provider's own words, quoted after our explanation. */
    static String providerSaid(String said) {
        return I18n.t("net_provider_said", said);
    }

    /** An HTTP status as written in messages: a code, so never grouped like a quantity. */
    static String code(int status) {
        return Integer.toString(status);
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
