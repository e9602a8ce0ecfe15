package dev.modeldeck.core.provider;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;

/** What the user said about one model of a provider: hidden, favorite, a friendlier name. */
public final class ModelPref {
    public boolean hidden;
    public boolean favorite;
    public String alias;

    public boolean isDefault() { return !hidden && !favorite && (alias == null || alias.isEmpty()); }

    public JsonObject toJson() {
        JsonObject o = Json.object();
        if (hidden) {
            o.put("hidden", true);
        }
        if (favorite) {
            o.put("favorite", true);
        }
        return o.put("alias", alias == null || alias.isEmpty() ? null : alias);
    }

    public static ModelPref fromJson(Json j) {
        ModelPref p = new ModelPref();
        p.hidden = j.get("hidden").asBoolean(false);
        p.favorite = j.get("favorite").asBoolean(false);
        p.alias = j.get("alias").str();
        return p;
    }
}
