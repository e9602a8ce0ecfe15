package dev.modeldeck.core.bulk;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.provider.ProviderConfig;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which settings differ between two providers, by export-format member name; id and key are not compared. */
final class ProviderDiff {
    private ProviderDiff() { }

    static List<String> changedFields(ProviderConfig before, ProviderConfig after) {
        JsonObject a = before.toJson(false);
        JsonObject b = after.toJson(false);
        Set<String> names = new LinkedHashSet<>(a.fields().keySet());
        names.addAll(b.fields().keySet());
        List<String> out = new ArrayList<>();
        for (String n : names) {
            if (!n.equals("id") && !same(a.get(n), b.get(n))) {
                out.add(n);
            }
        }
        return out;
    }

    private static boolean same(Json x, Json y) {
        boolean xNone = x.isMissing() || x.isNull();
        boolean yNone = y.isMissing() || y.isNull();
        if (xNone || yNone) {
            return xNone && yNone;
        }
        return JsonWriter.write(x).equals(JsonWriter.write(y));
    }
}
