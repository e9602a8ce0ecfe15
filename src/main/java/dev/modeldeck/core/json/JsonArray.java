package dev.modeldeck.core.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

public final class JsonArray extends Json {
    private final List<Json> elements = new ArrayList<>();

    @Override public boolean isArray() { return true; }
    @Override public Json at(int index) { return index >= 0 && index < elements.size() ? elements.get(index) : MISSING; }
    @Override public int size() { return elements.size(); }
    @Override public List<Json> items() { return Collections.unmodifiableList(elements); }

    public JsonArray add(Json value) { elements.add(value == null || value.isMissing() ? JsonNull.INSTANCE : value); return this; }
    public JsonArray add(String value) { return add(of(value)); }
    public JsonArray add(long value) { return add(of(value)); }
}
