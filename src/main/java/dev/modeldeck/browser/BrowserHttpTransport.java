package dev.modeldeck.browser;

import dev.modeldeck.browser.web.AbortController;
import dev.modeldeck.browser.web.Headers;
import dev.modeldeck.browser.web.RequestInit;
import dev.modeldeck.browser.web.Response;
import dev.modeldeck.browser.web.WindowOrWorkerGlobalScope;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.i18n.Units;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.Header;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;

/** {@link HttpTransport} over fetch + AbortController. Call from a green thread (it blocks on promises). */
public final class BrowserHttpTransport implements HttpTransport {
    /** A body this long (a long chat history) is handed to fetch in a task of its own, apart from building it. */
    static final int LARGE_BODY_CHARS = 32 * 1024;

    @Override
    public HttpResponse send(HttpRequest request) throws NetException {
        Cancellation cancellation = request.cancellation();
        if (request.body() != null && request.body().length() >= LARGE_BODY_CHARS) {
            Timers.nextTask(); // each is a long task's worth of work in a 1,000-message conversation
        }
        cancellation.throwIfCancelled();
        AbortController controller = new AbortController();
        boolean[] timedOut = {false};
        Runnable abort = controller::abort;
        cancellation.onCancel(abort);
        int timer = Timers.after(request.headersTimeoutMs(), () -> {
            timedOut[0] = true;
            controller.abort();
        });
        Settled<Response> settled = Promises.await(WindowOrWorkerGlobalScope.fetch(request.url(), init(request, controller)));
        Timers.cancel(timer);
        if (!settled.isOk()) {
            cancellation.removeListener(abort);
            if (cancellation.isCancelled()) {
                throw NetException.cancelled();
            }
            if (timedOut[0]) {
                throw new NetException(NetException.Kind.TIMEOUT_HEADERS,
                    I18n.t("br_no_answer_within", Units.duration(request.headersTimeoutMs())));
            }
            // The browser hides why (refused, DNS, TLS, CORS): the connection test tells these apart by other means.
            throw new NetException(NetException.Kind.NETWORK, I18n.t("br_could_not_reach", settled.getError()));
        }
        Response response = settled.getValue();
        if ("opaqueredirect".equals(response.getType())) {
            cancellation.removeListener(abort);
            throw new NetException(NetException.Kind.PROTOCOL, I18n.t("br_redirect_refused")).withStatus(302);
        }
        return new BrowserHttpResponse(response, controller, request, abort);
    }

    /**
     * Redirects are not followed ("manual"): a key must reach only the origin the user entered, and
     * custom auth headers would otherwise travel to wherever a redirect points.
     */
    private static RequestInit init(HttpRequest request, AbortController controller) {
        Headers headers = new Headers();
        for (Header h : request.headers()) {
            headers.append(h.name(), h.value());
        }
        RequestInit init = RequestInit.create();
        init.setMethod(request.method());
        init.setHeaders(headers);
        init.setSignal(controller.getSignal());
        init.setRedirect("manual");
        init.setCredentials("omit");
        init.setCache("no-store");
        if (request.body() != null) {
            init.setBody(request.body());
        }
        return init;
    }

}
