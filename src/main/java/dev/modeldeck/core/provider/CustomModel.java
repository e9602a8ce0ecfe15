package dev.modeldeck.core.provider;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;

/**
 * A model the user defined by hand (for providers without /models or with incomplete lists), or
 * the user's overrides of a discovered model's capabilities. Null means "not stated by the user".
 */
public final class CustomModel {
    /** 2^53 - 1: the largest whole number a double (and so a JavaScript number) holds exactly. */
    private static final double MAX_EXACT = 9_007_199_254_740_991d;

    public String id;
    public boolean addedByHand;
    public Long contextLength;
    public Long maxOutput;
    public Boolean vision;
    public Boolean tools;
    public Boolean reasoning;
    public Boolean streaming;
    /** chat, embedding, audio, image, ... or null. */
    public String type;

    public CustomModel(String id) { this.id = id; }

    public JsonObject toJson() {
        JsonObject o = Json.object().put("id", id);
        if (addedByHand) {
            o.put("manual", true);
        }
        o.putIfNotNull("contextLength", contextLength).putIfNotNull("maxOutput", maxOutput)
         .putIfNotNull("vision", vision).putIfNotNull("tools", tools)
         .putIfNotNull("reasoning", reasoning).putIfNotNull("streaming", streaming)
         .put("type", type);
        return o;
    }

    public static CustomModel fromJson(Json j) {
        CustomModel m = new CustomModel(j.get("id").str(""));
        m.addedByHand = j.get("manual").asBoolean(false);
        m.contextLength = longOrNull(j.get("contextLength"));
        m.maxOutput = longOrNull(j.get("maxOutput"));
        m.vision = j.get("vision").bool();
        m.tools = j.get("tools").bool();
        m.reasoning = j.get("reasoning").bool();
        m.streaming = j.get("streaming").bool();
        m.type = j.get("type").str();
        return m;
    }

    /**
     * A whole number as stored, or null. Values no double holds exactly (beyond 2^53, or infinite as 1e400
     * is) read as null: in the browser, turning them into a long fails or wraps around to 0.
     */
    static Long longOrNull(Json j) {
        Double d = j.num();
        return d == null || !(Math.abs(d) <= MAX_EXACT) ? null : (long) (double) d;
    }

}
