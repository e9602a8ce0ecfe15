package dev.modeldeck.browser;

import dev.modeldeck.core.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.modeldeck.browser.web.ObjectConstructor;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSIndexer;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSBoolean;
import org.teavm.jso.core.JSNumber;
import org.teavm.jso.core.JSObjects;
import org.teavm.jso.core.JSString;
import org.teavm.jso.json.JSON;

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
        JSObject value;
        try {
            value = JSON.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
        return wrap(value);
    }

    /** Which kind of JSON value: needs typeof, which no mirror offers. */
    @JSBody(params = "v", script = "if (v === null || v === undefined) return 0; var t = typeof v;"
        + " if (t === 'boolean') return 1; if (t === 'number') return 2; if (t === 'string') return 3;"
        + " return Array.isArray(v) ? 4 : 5;")
    private static native int typeOf(JSObject v);

    /** A parsed object or array, read by key or index. Not generic: a generic read checks for a Java object each time. */
    private interface Container extends JSObject {
        @JSIndexer JSObject get(String key);
        @JSIndexer JSObject get(int index);
        @JSProperty int getLength();
    }

    private Container container() {
        return (Container) value;
    }

    private static String asString(JSObject v) {
        return ((JSString) v).stringValue();
    }

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
        return type == OBJECT && ObjectConstructor.hasOwn(value, key) ? wrap(container().get(key)) : MISSING;
    }

    @Override
    public Json at(int index) {
        return type == ARRAY && index >= 0 && index < container().getLength() ? wrap(container().get(index)) : MISSING;
    }

    @Override
    public int size() {
        if (type == ARRAY) {
            return container().getLength();
        }
        return type == OBJECT ? ObjectConstructor.keys(value).length : 0;
    }

    @Override
    public List<Json> items() {
        if (type != ARRAY) {
            return Collections.emptyList();
        }
        Container elements = container();
        int n = elements.getLength();
        List<Json> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(wrap(elements.get(i)));
        }
        return out;
    }

    @Override
    public Map<String, Json> fields() {
        if (type != OBJECT) {
            return Collections.emptyMap();
        }
        Map<String, Json> out = new LinkedHashMap<>();
        Container members = container();
        for (String k : ObjectConstructor.keys(value)) {
            out.put(k, wrap(members.get(k)));
        }
        return out;
    }

    @Override public String str() { return type == STRING ? asString(value) : null; }

    @Override
    public String text() {
        if (type == STRING) {
            return asString(value);
        }
        return type == NUMBER || type == BOOLEAN ? JSObjects.toString(value) : null;
    }

    @Override
    public Double num() {
        if (type == NUMBER) {
            double d = ((JSNumber) value).doubleValue(); // JSON.parse reads 1e400 as Infinity
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
            return ((JSBoolean) value).booleanValue();
        }
        if (type == STRING) {
            String s = asString(value);
            return "true".equals(s) ? Boolean.TRUE : "false".equals(s) ? Boolean.FALSE : null;
        }
        return null;
    }
}
