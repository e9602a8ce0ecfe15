package dev.modeldeck.browser;

import dev.modeldeck.core.i18n.Units;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.Header;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.NetException;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;

/** A fetch Response read chunk by chunk through its ReadableStream reader with an idle timeout. */
final class BrowserHttpResponse implements HttpResponse {
    private final FetchResponse response;
    private final AbortController controller;
    private final HttpRequest request;
    private final Runnable abortListener;
    private final TextDecoder decoder = TextDecoder.create();
    private JSObject reader;
    private boolean finished;
    private List<Header> headers;

    BrowserHttpResponse(FetchResponse response, AbortController controller, HttpRequest request, Runnable abortListener) {
        this.response = response;
        this.controller = controller;
        this.request = request;
        this.abortListener = abortListener;
        this.reader = Fetch.reader(response);
        this.finished = reader == null;
    }

    @Override public int status() { return response.getStatus(); }
    @Override public String header(String name) { return Fetch.header(response, name); }
    @Override public String finalUrl() { return response.getUrl(); }

    @Override
    public List<Header> headers() {
        if (headers == null) {
            headers = new ArrayList<>();
            String[] pairs = Fetch.headerPairs(response);
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                headers.add(new Header(pairs[i], pairs[i + 1]));
            }
        }
        return headers;
    }

    @Override
    public String readChunk() throws NetException {
        while (!finished) {
            request.cancellation().throwIfCancelled();
            boolean[] idle = {false};
            int timer = Timers.after(request.idleTimeoutMs(), () -> {
                idle[0] = true;
                controller.abort();
            });
            Settled s = Promises.await(Fetch.read(reader));
            Timers.cancel(timer);
            if (!s.isOk()) {
                finish();
                if (request.cancellation().isCancelled()) {
                    throw NetException.cancelled();
                }
                if (idle[0]) {
                    throw new NetException(NetException.Kind.TIMEOUT_IDLE,
                        I18n.t("br_stream_stalled", Units.duration(request.idleTimeoutMs())));
                }
                throw new NetException(NetException.Kind.NETWORK, I18n.t("br_stream_broke", s.getError()));
            }
            JSObject result = s.getValue();
            if (Fetch.isDone(result)) {
                finish();
                String rest = TextDecoder.flush(decoder);
                return rest.isEmpty() ? null : rest;
            }
            String text = TextDecoder.decodeStreaming(decoder, Fetch.value(result));
            if (!text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    private void finish() {
        finished = true;
        request.cancellation().removeListener(abortListener);
    }

    @Override
    public void close() {
        if (!finished) {
            finish();
            Fetch.cancel(reader);
            controller.abort();
        }
    }
}
