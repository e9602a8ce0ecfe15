package dev.modeldeck.core.discovery;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.Numbers;
import java.util.ArrayList;
import java.util.List;

/** Writes a parsed model list (provider facts only) to JSON for the cache, and reads it back. */
final class ModelListCodec {
    private ModelListCodec() { }

    static JsonObject write(ModelList list) {
        JsonArray models = Json.array();
        for (ModelInfo m : list.models()) {
            models.add(write(m));
        }
        JsonArray notes = Json.array();
        for (String n : list.notes()) {
            notes.add(n);
        }
        return Json.object().put("models", models).put("notes", notes)
                .put("skipped", list.skippedWithoutId()).put("duplicates", list.duplicatesMerged());
    }

    /** Null when the JSON is not a stored list. */
    static ModelList read(Json j) {
        if (!j.get("models").isArray()) {
            return null;
        }
        List<ModelInfo> models = new ArrayList<>();
        for (Json m : j.get("models").items()) {
            ModelInfo info = readModel(m);
            if (info == null) {
                return null;
            }
            models.add(info);
        }
        List<String> notes = new ArrayList<>();
        for (Json n : j.get("notes").items()) {
            if (n.isString()) {
                notes.add(n.str());
            }
        }
        return new ModelList(models, notes, (int) j.get("skipped").asLong(0), (int) j.get("duplicates").asLong(0));
    }

    private static JsonObject write(ModelInfo m) {
        JsonObject o = Json.object().put("id", m.id());
        if (!m.requestId().equals(m.id())) {
            o.put("requestId", m.requestId());
        }
        o.put("name", m.displayName()).put("ownedBy", m.ownedBy()).putIfNotNull("created", m.created())
         .put("family", m.family()).put("baseModel", m.baseModel()).put("state", m.state());
        if (m.type().isKnown()) {
            o.put("type", m.type().value().wire());
        }
        o.putIfNotNull("context", m.contextLength().value()).putIfNotNull("maxOutput", m.maxOutput().value())
         .putIfNotNull("streaming", m.streaming().value()).putIfNotNull("vision", m.vision().value())
         .putIfNotNull("tools", m.tools().value()).putIfNotNull("reasoning", m.reasoning().value());
        Pricing p = m.pricing().value();
        if (p != null) {
            o.put("pricing", Json.object().putIfNotNull("prompt", p.promptPerMillion())
                    .putIfNotNull("completion", p.completionPerMillion()));
        }
        return o;
    }

    private static ModelInfo readModel(Json o) {
        String id = o.get("id").str();
        if (id == null || id.isEmpty()) {
            return null;
        }
        ModelInfo.Builder b = ModelInfo.builder(id).requestId(o.get("requestId").str())
                .displayName(o.get("name").str()).ownedBy(o.get("ownedBy").str())
                .created(longOrNull(o.get("created"))).family(o.get("family").str())
                .baseModel(o.get("baseModel").str()).state(o.get("state").str())
                .type(Sourced.provider(ModelType.fromWord(o.get("type").str())))
                .contextLength(Sourced.provider(longOrNull(o.get("context"))))
                .maxOutput(Sourced.provider(longOrNull(o.get("maxOutput"))))
                .streaming(Sourced.provider(o.get("streaming").bool()))
                .vision(Sourced.provider(o.get("vision").bool()))
                .tools(Sourced.provider(o.get("tools").bool()))
                .reasoning(Sourced.provider(o.get("reasoning").bool()));
        Json p = o.get("pricing");
        if (p.isObject()) {
            b.pricing(Sourced.provider(new Pricing(p.get("prompt").num(), p.get("completion").num())));
        }
        return b.build();
    }

    private static Long longOrNull(Json j) { return Numbers.whole(j.num()); }
}
