package dev.modeldeck.core.provider;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import java.util.ArrayList;
import java.util.List;

/** One extra header or query parameter of a provider. */
public final class NameValue {
    private final String name;
    private final String value;

    public NameValue(String name, String value) { this.name = name; this.value = value; }

    public String name() { return name; }
    public String value() { return value; }

    @Override public boolean equals(Object o) {
        return o instanceof NameValue && ((NameValue) o).name.equals(name) && ((NameValue) o).value.equals(value);
    }
    @Override public int hashCode() { return name.hashCode() * 31 + value.hashCode(); }

    static JsonArray toJson(List<NameValue> list) {
        JsonArray arr = Json.array();
        for (NameValue nv : list) {
            arr.add(Json.object().put("name", nv.name).put("value", nv.value));
        }
        return arr;
    }

    static List<NameValue> fromJson(Json arr) {
        List<NameValue> list = new ArrayList<>();
        for (Json item : arr.items()) {
            String n = item.get("name").str();
            if (n != null && !n.isEmpty()) {
                list.add(new NameValue(n, item.get("value").str("")));
            }
        }
        return list;
    }
}
