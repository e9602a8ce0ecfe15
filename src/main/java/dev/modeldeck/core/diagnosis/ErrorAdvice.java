package dev.modeldeck.core.diagnosis;

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
        String tail = said.isEmpty() ? "." : ": " + said;
        String http = e.status() > 0 ? "HTTP " + e.status() : "no status";
        String details = e.requestId() == null ? null : "Request id: " + Scrub.foreign(e.requestId(), secrets);
        Finding f;
        switch (e.kind()) {
            case QUOTA:
                f = Finding.failed("the account has run out of quota or credits (" + http
                        + (e.providerCode() != null ? ", " + Scrub.foreign(e.providerCode(), secrets) : "") + ")" + tail,
                    "Add credits or raise the spending limit in the provider's billing settings; waiting will not help.");
                break;
            case RATE_LIMITED:
                f = Finding.failed("the provider is limiting how many requests you send (" + http + ")" + tail,
                    e.retryAfterMs() >= 0 ? "Wait " + Texts.seconds(e.retryAfterMs()) + " (the provider's Retry-After) and test again."
                        : "Wait a minute and test again, or lower this provider's requests per minute.");
                break;
            case NOT_FOUND:
                f = isModelMissing(e)
                    ? Finding.failed("the model " + (model == null ? "" : "“" + model + "” ") + "was not found (" + http + ")" + tail,
                        "Pick a model from the provider's list (Refresh models), or check the model id and that your key may use it.")
                    : Finding.failed("the address was not found (" + http + ")" + tail, wrongUrlFix(p));
                break;
            case CONTEXT_LENGTH:
                f = Finding.failed("the model refused even a tiny prompt as too long (" + http + ")" + tail,
                    "Check the model's context size on the server (for Ollama, num_ctx), or pick another model.");
                break;
            case SERVER:
                f = serverError(e, http, tail);
                break;
            case BAD_REQUEST:
                f = Finding.failed("the server rejected the request (" + http + ")" + tail,
                    "Check the model id and this provider's extra headers and query parameters; try another model.");
                break;
            case AUTH:
                return AuthAdvice.explain(p, e, secrets);
            case PERMISSION:
                f = Finding.failed("the provider refused access (" + http + ")" + tail,
                    "The key may not be allowed to use this model, project or region: check its permissions.");
                break;
            case PROTOCOL:
                f = Finding.failed("the answer could not be understood: " + Scrub.foreign(e.getMessage(), secrets),
                    wrongUrlFix(p));
                break;
            default:
                f = Finding.failed(Scrub.foreign(e.getMessage(), secrets), "Test again.");
                break;
        }
        return f.withDetails(details);
    }

    private static Finding serverError(NetException e, String http, String tail) {
        String said = e.providerMessage() == null ? "" : e.providerMessage().toLowerCase();
        if (said.contains("loading")) {
            return Finding.failed("the model is still loading on the server (" + http + ")" + tail,
                "Wait a few seconds and test again.");
        }
        if (e.status() == 502 || e.status() == 504) {
            return Finding.failed("a gateway in front of the server failed (" + http + ")" + tail,
                "The server or its proxy is having trouble: test again shortly.");
        }
        return Finding.failed("the server had an internal error (" + http + ")" + tail,
            "Test again; if it keeps happening, check the server's log or the provider's status page.");
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
            return "Check the base URL \u2014 is the version path missing? Try " + hint.fixUrl() + ".";
        }
        return "Check the base URL \u2014 is /v1 missing? It must be the API's address (for example "
            + "https://api.openai.com/v1), not a web page.";
    }
}
