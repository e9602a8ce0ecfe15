package dev.modeldeck.browser;

import dev.modeldeck.core.i18n.Units;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.net.Header;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;
import org.teavm.jso.JSObject;

/** {@link HttpTransport} over fetch + AbortController. Call from a green thread (it blocks on promises). */
public final class BrowserHttpTransport implements HttpTransport {
    @Override
    public HttpResponse send(HttpRequest request) throws NetException {
        Cancellation cancellation = request.cancellation();
        cancellation.throwIfCancelled();
        AbortController controller = AbortController.create();
        boolean[] timedOut = {false};
        Runnable abort = controller::abort;
        cancellation.onCancel(abort);
        int timer = Timers.after(request.headersTimeoutMs(), () -> {
            timedOut[0] = true;
            controller.abort();
        });
        String[] pairs = new String[request.headers().size() * 2];
        int i = 0;
        for (Header h : request.headers()) {
            pairs[i++] = h.name();
            pairs[i++] = h.value();
        }
        Settled settled = Promises.await(Fetch.fetch(request.url(), request.method(), pairs, request.body(), controller.getSignal()));
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
        FetchResponse response = settled.getValue().cast();
        if ("opaqueredirect".equals(response.getType())) {
            cancellation.removeListener(abort);
            throw new NetException(NetException.Kind.PROTOCOL, I18n.t("br_redirect_refused")).withStatus(302);
        }
        return new BrowserHttpResponse(response, controller, request, abort);
    }

}
