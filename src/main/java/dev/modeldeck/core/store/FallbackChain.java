package dev.modeldeck.core.store;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** A named, ordered list of (provider, model) pairs tried in turn when one fails. */
public final class FallbackChain {
    public String name;
    public List<FallbackStep> steps = new ArrayList<>();

    public FallbackChain() { }

    public FallbackChain(String name, List<FallbackStep> steps) {
        this.name = name;
        this.steps = new ArrayList<>(steps);
    }

    public JsonObject toJson() {
        JsonArray arr = Json.array();
        for (FallbackStep s : steps) {
            arr.add(s.toJson());
        }
        return Json.object().put("name", name).put("steps", arr);
    }

    public static FallbackChain fromJson(Json j) {
        FallbackChain c = new FallbackChain();
        c.name = j.get("name").str("");
        for (Json s : j.get("steps").items()) {
            FallbackStep step = FallbackStep.fromJson(s);
            if (step != null) {
                c.steps.add(step);
            }
        }
        return c;
    }
}
