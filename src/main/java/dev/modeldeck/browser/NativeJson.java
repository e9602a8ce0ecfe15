package dev.modeldeck.browser;

import dev.modeldeck.core.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * {@link Json} over a value from the browser's own JSON.parse, read lazily: the stream path parses one
 * small object per token, and the native parser is an order of magnitude faster than one compiled from Java.
 */
public final class NativeJson extends Json {
    private static final int NULL = 0;
    private static final int BOOLEAN = 1;
    private static final int NUMBER = 2;
    private static final int STRING = 3;
    private static final int ARRAY = 4;
    private static final int OBJECT = 5;

    private final JSObject value;
    private final int type;

    private NativeJson(JSObject value, int type) {
        this.value = value;
        this.type = type;
    }

    /** Parses with JSON.parse; null when the text is not JSON (the caller decides what that means). */
    public static Json parse(String text) {
        JSObject box = parseBoxed(text);
        return box == null ? null : wrap(unbox(box));
    }

    @JSBody(params = "t", script = "try { return {v: JSON.parse(t)}; } catch (e) { return null; }")
    private static native JSObject parseBoxed(String text);

    @JSBody(params = "b", script = "return b.v;")
    private static native JSObject unbox(JSObject box);

    @JSBody(params = "v", script = "if (v === null || v === undefined) return 0; var t = typeof v;"
        + " if (t === 'boolean') return 1; if (t === 'number') return 2; if (t === 'string') return 3;"
        + " return Array.isArray(v) ? 4 : 5;")
    private static native int typeOf(JSObject v);

    @JSBody(params = {"o", "k"}, script = "return Object.prototype.hasOwnProperty.call(o, k);")
    private static native boolean has(JSObject o, String key);

    @JSBody(params = {"o", "k"}, script = "return o[k];")
    private static native JSObject member(JSObject o, String key);

    @JSBody(params = {"a", "i"}, script = "return a[i];")
    private static native JSObject element(JSObject a, int i);

    @JSBody(params = "a", script = "return a.length;")
    private static native int length(JSObject a);

    @JSBody(params = "o", script = "return Object.keys(o);")
    private static native String[] keys(JSObject o);

    @JSBody(params = "v", script = "return v;")
    private static native String asString(JSObject v);

    @JSBody(params = "v", script = "return v;")
    private static native double asNumber(JSObject v);

    @JSBody(params = "v", script = "return v;")
    private static native boolean asBoolean(JSObject v);

    @JSBody(params = "v", script = "return String(v);")
    private static native String toText(JSObject v);

    private static Json wrap(JSObject v) {
        int t = typeOf(v);
        return t == NULL ? Json.nul() : new NativeJson(v, t);
    }

    @Override public boolean isObject() { return type == OBJECT; }
    @Override public boolean isArray() { return type == ARRAY; }
    @Override public boolean isString() { return type == STRING; }
    @Override public boolean isNumber() { return type == NUMBER; }
    @Override public boolean isBoolean() { return type == BOOLEAN; }

    @Override
    public Json get(String key) {
        return type == OBJECT && has(value, key) ? wrap(member(value, key)) : MISSING;
    }

    @Override
    public Json at(int index) {
        return type == ARRAY && index >= 0 && index < length(value) ? wrap(element(value, index)) : MISSING;
    }

    @Override
    public int size() {
        if (type == ARRAY) {
            return length(value);
        }
        return type == OBJECT ? keys(value).length : 0;
    }

    @Override
    public List<Json> items() {
        if (type != ARRAY) {
            return Collections.emptyList();
        }
        int n = length(value);
        List<Json> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(wrap(element(value, i)));
        }
        return out;
    }

    @Override
    public Map<String, Json> fields() {
        if (type != OBJECT) {
            return Collections.emptyMap();
        }
        Map<String, Json> out = new LinkedHashMap<>();
        for (String k : keys(value)) {
            out.put(k, wrap(member(value, k)));
        }
        return out;
    }

    @Override public String str() { return type == STRING ? asString(value) : null; }

    @Override
    public String text() {
        if (type == STRING) {
            return asString(value);
        }
        return type == NUMBER || type == BOOLEAN ? toText(value) : null;
    }

    @Override
    public Double num() {
        if (type == NUMBER) {
            double d = asNumber(value); // JSON.parse reads 1e400 as Infinity
            return Double.isNaN(d) || Double.isInfinite(d) ? null : d;
        }
        if (type == STRING) {
            // Same rule as the Java tree: providers sometimes quote numbers.
            return Json.of(asString(value)).num();
        }
        return null;
    }

    @Override
    public Boolean bool() {
        if (type == BOOLEAN) {
            return asBoolean(value);
        }
        if (type == STRING) {
            String s = asString(value);
            return "true".equals(s) ? Boolean.TRUE : "false".equals(s) ? Boolean.FALSE : null;
        }
        return null;
    }
}
