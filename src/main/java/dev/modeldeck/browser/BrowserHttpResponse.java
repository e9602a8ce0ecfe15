package dev.modeldeck.browser;

import dev.modeldeck.browser.web.AbortController;
import dev.modeldeck.browser.web.Response;
import dev.modeldeck.browser.web.TextDecodeOptions;
import dev.modeldeck.browser.web.TextDecoder;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.i18n.Units;
import dev.modeldeck.core.net.Header;
import dev.modeldeck.core.net.HttpRequest;
import dev.modeldeck.core.net.HttpResponse;
import dev.modeldeck.core.net.NetException;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.streams.ReadableStream;
import org.teavm.jso.streams.ReadableStreamDefaultReader;
import org.teavm.jso.streams.ReadableStreamReadResult;

/** A fetch Response read chunk by chunk through its ReadableStream reader with an idle timeout. */
final class BrowserHttpResponse implements HttpResponse {
    private final Response response;
    private final AbortController controller;
    private final HttpRequest request;
    private final Runnable abortListener;
    /** A character split across two network chunks is held back until complete. */
    private final TextDecoder decoder = new TextDecoder("utf-8");
    private final TextDecodeOptions streaming = TextDecodeOptions.create();
    private final ReadableStreamDefaultReader reader;
    private boolean finished;
    private List<Header> headers;

    BrowserHttpResponse(Response response, AbortController controller, HttpRequest request, Runnable abortListener) {
        this.response = response;
        this.controller = controller;
        this.request = request;
        this.abortListener = abortListener;
        ReadableStream body = response.getBody();
        this.reader = body == null ? null : body.getReader();
        this.finished = reader == null;
        streaming.setStream(true);
    }

    @Override public int status() { return response.getStatus(); }
    @Override public String header(String name) { return response.getHeaders().get(name); }
    @Override public String finalUrl() { return response.getUrl(); }

    @Override
    public List<Header> headers() {
        if (headers == null) {
            List<Header> all = new ArrayList<>();
            response.getHeaders().forEach((value, name) -> all.add(new Header(name, value)));
            headers = all;
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
            Settled<ReadableStreamReadResult> s = Promises.await(reader.read());
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
            ReadableStreamReadResult result = s.getValue();
            if (result.isDone()) {
                finish();
                String rest = decoder.decode();
                return rest.isEmpty() ? null : rest;
            }
            String text = decoder.decode(result.getValue(), streaming);
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
            try {
                reader.cancel(null);
            } catch (RuntimeException ignored) {
                // A reader that already failed may refuse; aborting below ends the request either way.
            }
            controller.abort();
        }
    }
}
