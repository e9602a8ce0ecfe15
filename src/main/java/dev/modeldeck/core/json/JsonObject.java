package dev.modeldeck.core.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON object; keeps member order so written documents are stable and diffable. */
public final class JsonObject extends Json {
    private final Map<String, Json> members = new LinkedHashMap<>();

    @Override public boolean isObject() { return true; }
    @Override public Json get(String key) { Json v = members.get(key); return v == null ? MISSING : v; }
    @Override public int size() { return members.size(); }
    @Override public Map<String, Json> fields() { return Collections.unmodifiableMap(members); }

    public boolean has(String key) { return members.containsKey(key); }

    public JsonObject put(String key, Json value) {
        if (value == null || value.isMissing()) {
            members.remove(key);
        } else {
            members.put(key, value);
        }
        return this;
    }

    public JsonObject put(String key, String value) { return value == null ? remove(key) : put(key, of(value)); }
    public JsonObject put(String key, long value) { return put(key, of(value)); }
    public JsonObject put(String key, double value) { return put(key, of(value)); }
    public JsonObject put(String key, boolean value) { return put(key, of(value)); }

    /** Puts a number only when present, so optional settings stay absent rather than zero. */
    public JsonObject putIfNotNull(String key, Double value) { return value == null ? remove(key) : put(key, of(value)); }
    public JsonObject putIfNotNull(String key, Long value) { return value == null ? remove(key) : put(key, of(value)); }
    public JsonObject putIfNotNull(String key, Integer value) { return value == null ? remove(key) : put(key, of((long) value)); }
    public JsonObject putIfNotNull(String key, Boolean value) { return value == null ? remove(key) : put(key, of(value)); }

    public JsonObject remove(String key) { members.remove(key); return this; }
}
