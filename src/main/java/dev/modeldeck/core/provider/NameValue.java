package dev.modeldeck.core.provider;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.security.SecretPatterns;
import java.util.ArrayList;
import java.util.List;

/** One extra header or query parameter of a provider. */
public record NameValue(String name, String value) {
    /** "api-key=██": extra headers and query parameters may carry credentials. */
    @Override public String toString() { return name + "=" + SecretPatterns.shownValue(name, value); }

    static JsonArray toJson(List<NameValue> list) {
        JsonArray arr = Json.array();
        for (NameValue nv : list) {
            arr.add(Json.object().put("name", nv.name()).put("value", nv.value()));
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
