package dev.modeldeck.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Mirror of window.fetch (not in teavm-jso-apis 0.16). */
public final class Fetch {
    private Fetch() { }

    /**
     * Starts a request. Redirects are not followed ("manual"): a key must reach only the origin
     * the user entered, and custom auth headers would otherwise travel to wherever a redirect points.
     */
    @JSBody(params = {"url", "method", "headerPairs", "body", "signal"}, script =
        "var h = new Headers();"
        + "for (var i = 0; i + 1 < headerPairs.length; i += 2) { h.append(headerPairs[i], headerPairs[i + 1]); }"
        + "var init = {method: method, headers: h, signal: signal, redirect: 'manual', credentials: 'omit', cache: 'no-store'};"
        + "if (body !== null) { init.body = body; }"
        + "return fetch(url, init);")
    public static native JSObject fetch(String url, String method, String[] headerPairs, String body, JSObject signal);

    /** reader.read() → promise of {done, value}. */
    @JSBody(params = "reader", script = "return reader.read();")
    public static native JSObject read(JSObject reader);

    @JSBody(params = "result", script = "return !!result.done;")
    public static native boolean isDone(JSObject result);

    @JSBody(params = "result", script = "return result.value;")
    public static native JSObject value(JSObject result);

    @JSBody(params = "reader", script = "try { reader.cancel(); } catch (e) {}")
    public static native void cancel(JSObject reader);

    @JSBody(params = {"r", "name"}, script = "var v = r.headers.get(name); return v === null ? null : v;")
    public static native String header(FetchResponse r, String name);

    /** All headers as [name, value, name, value, ...]. */
    @JSBody(params = "r", script = "var out = []; r.headers.forEach(function(v, k){ out.push(k, v); }); return out;")
    public static native String[] headerPairs(FetchResponse r);

    /** The body reader, or null when the response has no body. */
    @JSBody(params = "r", script = "return r.body ? r.body.getReader() : null;")
    public static native JSObject reader(FetchResponse r);
}
