package dev.modeldeck.core.json;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A JSON value. Accessors never throw on a wrong shape: they return {@link #MISSING}, null or a
 * default, so parsers of provider responses can read tolerantly ("whatever fields are there").
 */
public abstract class Json {
    /** Stands for an absent member or index; every accessor on it answers "nothing". */
    public static final Json MISSING = new Json() { };

    /** Subclassed here and by the browser adapter over native JSON.parse results. */
    protected Json() { }

    public boolean isMissing() { return this == MISSING; }
    public boolean isNull() { return false; }
    public boolean isObject() { return false; }
    public boolean isArray() { return false; }
    public boolean isString() { return false; }
    public boolean isNumber() { return false; }
    public boolean isBoolean() { return false; }

    /** Member of an object, or {@link #MISSING}. */
    public Json get(String key) { return MISSING; }
    /** Element of an array, or {@link #MISSING}. */
    public Json at(int index) { return MISSING; }
    /** Number of elements or members; 0 for scalars. */
    public int size() { return 0; }
    public List<Json> items() { return Collections.emptyList(); }
    public Map<String, Json> fields() { return Collections.emptyMap(); }

    /** The string value, or null when this is not a string. */
    public String str() { return null; }
    public String str(String fallback) { String s = str(); return s == null ? fallback : s; }
    /** A string, or a number/boolean rendered as text (providers disagree on quoting numbers). */
    public String text() { return str(); }
    /**
     * The number value when it is finite; strings holding a finite number count too. Null otherwise, so
     * "1e400", "NaN" or "Infinity" from outside read as no number at all.
     */
    public Double num() { return null; }
    /** The whole number, or {@code fallback} when there is none or it lies beyond ±2^53 (see {@link Numbers}). */
    public long asLong(long fallback) { Long n = Numbers.whole(num()); return n == null ? fallback : n; }
    public double asDouble(double fallback) { Double d = num(); return d == null ? fallback : d; }
    public Boolean bool() { return null; }
    public boolean asBoolean(boolean fallback) { Boolean b = bool(); return b == null ? fallback : b; }

    /** Walks a path of object keys; stops at the first missing step. */
    public Json path(String... keys) {
        Json current = this;
        for (String k : keys) {
            current = current.get(k);
        }
        return current;
    }

    @Override
    public String toString() { return isMissing() ? "<missing>" : JsonWriter.write(this); }

    // Factories keep call sites short when building documents.
    public static JsonObject object() { return new JsonObject(); }
    public static JsonArray array() { return new JsonArray(); }
    public static Json of(String s) { return s == null ? JsonNull.INSTANCE : new JsonString(s); }
    public static Json of(long n) { return new JsonNumber(n); }
    public static Json of(double n) { return new JsonNumber(n); }
    public static Json of(boolean b) { return b ? JsonBoolean.TRUE : JsonBoolean.FALSE; }
    public static Json nul() { return JsonNull.INSTANCE; }
}
