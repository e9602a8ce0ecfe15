package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.UrlProblem;
import java.util.List;

/** Words for a classified HTTP error of the model list or chat: what it means and what to do. */
final class ErrorAdvice {
    private ErrorAdvice() { }

    /** @param model the model the request named, or null */
    static Finding explain(ProviderConfig p, NetException e, String model, List<String> secrets) {
        String said = Scrub.quote(e.providerMessage(), secrets, 200);
        String tail = Texts.tail(said);
        String http = e.status() > 0 ? "HTTP " + Texts.code(e.status()) : I18n.t("diag_no_status");
        String details = e.requestId() == null ? null : I18n.t("diag_request_id", Scrub.foreign(e.requestId(), secrets));
        Finding f = switch (e.kind()) {
            case QUOTA -> Finding.failed(I18n.t("diag_error_quota",
                    http + (e.providerCode() != null ? ", " + Scrub.foreign(e.providerCode(), secrets) : ""), tail),
                I18n.t("diag_error_quota_fix"));
            case RATE_LIMITED -> Finding.failed(I18n.t("diag_error_rate_limited", http, tail),
                e.retryAfterMs() >= 0 ? I18n.t("diag_error_rate_limited_fix_wait", Texts.seconds(e.retryAfterMs()))
                    : I18n.t("diag_error_rate_limited_fix"));
            case NOT_FOUND -> isModelMissing(e)
                ? Finding.failed(model == null ? I18n.t("diag_error_model_not_found", http, tail)
                        : I18n.t("diag_error_named_model_not_found", model, http, tail),
                    I18n.t("diag_error_model_not_found_fix"))
                : Finding.failed(I18n.t("diag_error_address_not_found", http, tail), wrongUrlFix(p));
            case CONTEXT_LENGTH -> Finding.failed(I18n.t("diag_error_context_length", http, tail),
                I18n.t("diag_error_context_length_fix"));
            case SERVER -> serverError(e, http, tail);
            case BAD_REQUEST -> Finding.failed(I18n.t("diag_error_bad_request", http, tail),
                I18n.t("diag_error_bad_request_fix"));
            case PERMISSION -> Finding.failed(I18n.t("diag_error_permission", http, tail),
                I18n.t("diag_error_permission_fix"));
            case PROTOCOL -> Finding.failed(I18n.t("diag_error_protocol", Scrub.foreign(e.getMessage(), secrets)),
                wrongUrlFix(p));
            // AuthAdvice adds the same request id as details.
            case AUTH -> AuthAdvice.explain(p, e, secrets);
            // No advice beyond what the message says.
            case NETWORK, TIMEOUT_HEADERS, TIMEOUT_IDLE, CANCELLED, TOO_LARGE, UNAVAILABLE, LOCKED ->
                Finding.failed(Scrub.foreign(e.getMessage(), secrets), I18n.t("diag_fix_test_again"));
        };
        return f.withDetails(details);
    }

    private static Finding serverError(NetException e, String http, String tail) {
        String said = e.providerMessage() == null ? "" : e.providerMessage().toLowerCase();
        if (said.contains("loading")) {
            return Finding.failed(I18n.t("diag_error_loading", http, tail), I18n.t("diag_error_loading_fix"));
        }
        if (e.status() == 502 || e.status() == 504) {
            return Finding.failed(I18n.t("diag_error_gateway", http, tail), I18n.t("diag_error_gateway_fix"));
        }
        return Finding.failed(I18n.t("diag_error_internal", http, tail), I18n.t("diag_error_internal_fix"));
    }

    static boolean isModelMissing(NetException e) {
        String code = e.providerCode() == null ? "" : e.providerCode().toLowerCase();
        String m = e.providerMessage() == null ? "" : e.providerMessage().toLowerCase();
        return code.contains("model") || m.contains("model");
    }

    /** "Is /v1 missing?", with the corrected URL when BaseUrlCheck knows the server. */
    static String wrongUrlFix(ProviderConfig p) {
        UrlProblem hint = BaseUrlCheck.check(p.baseUrl).find(UrlProblem.Code.MISSING_VERSION_PATH);
        if (hint != null && hint.fixUrl() != null) {
            return I18n.t("diag_wrong_url_fix_to", hint.fixUrl());
        }
        return I18n.t("diag_wrong_url_fix");
    }
}
