package dev.modeldeck.bench;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Bench-only experiment: the browser's native JSON.parse, its result copied into core's Json tree.
 * It shows what the stream path would gain from a native reader even with the copy; a reader that
 * reads the JS object in place (as ARCHITECTURE.md suggests) would not pay for the copy at all.
 */
final class NativeJson {
    private NativeJson() { }

    /** Null for text that is not JSON, like JsonParser.tryParse. */
    static Json parse(String text) {
        JSObject v = tryParse(text);
        return isUndefined(v) ? null : convert(v);
    }

    private static Json convert(JSObject v) {
        switch (kind(v)) {
            case 0: return Json.nul();
            case 1: return Json.of(asBoolean(v));
            case 2: return Json.of(asNumber(v));
            case 3: return Json.of(asString(v));
            case 4: {
                JsonArray a = Json.array();
                int n = length(v);
                for (int i = 0; i < n; i++) {
                    a.add(convert(item(v, i)));
                }
                return a;
            }
            default: {
                JsonObject o = Json.object();
                String[] keys = keys(v);
                for (String k : keys) {
                    o.put(k, convert(member(v, k)));
                }
                return o;
            }
        }
    }

    @JSBody(params = "s", script = "try { return JSON.parse(s); } catch (e) { return undefined; }")
    private static native JSObject tryParse(String s);

    @JSBody(params = "v", script = "return v === undefined;")
    private static native boolean isUndefined(JSObject v);

    /** 0 null, 1 boolean, 2 number, 3 string, 4 array, 5 object. */
    @JSBody(params = "v", script = "if (v === null) return 0; var t = typeof v; return t === 'boolean' ? 1 : t === 'number' ? 2 "
        + ": t === 'string' ? 3 : Array.isArray(v) ? 4 : 5;")
    private static native int kind(JSObject v);

    @JSBody(params = "v", script = "return v;")
    private static native boolean asBoolean(JSObject v);

    @JSBody(params = "v", script = "return v;")
    private static native double asNumber(JSObject v);

    @JSBody(params = "v", script = "return v;")
    private static native String asString(JSObject v);

    @JSBody(params = "v", script = "return v.length;")
    private static native int length(JSObject v);

    @JSBody(params = {"v", "i"}, script = "return v[i];")
    private static native JSObject item(JSObject v, int i);

    @JSBody(params = "v", script = "return Object.keys(v);")
    private static native String[] keys(JSObject v);

    @JSBody(params = {"v", "k"}, script = "return v[k];")
    private static native JSObject member(JSObject v, String k);
}
