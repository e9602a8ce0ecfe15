package dev.modeldeck.core.provider;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One OpenAI-compatible provider as the user configured it. The id never changes (renames keep
 * history, caches and health attached). Optional settings are null when the user left them empty,
 * so defaults can change later without rewriting stored documents.
 */
public final class ProviderConfig {
    public String id;
    public String name;
    /** Id of the preset it was created from ("custom" when none). */
    public String presetId = "custom";
    public String baseUrl;
    public boolean enabled = true;
    public AuthStyle authStyle = AuthStyle.BEARER;
    /**
     * The stored "auth" text when it names no known style (null otherwise). Kept so the document is
     * written back unchanged; validation reports it and no request is built until the user picks a style.
     */
    public String unknownAuth;
    /** The secret; empty when none. Never logged or shown in full. */
    public String apiKey = "";
    /** Header carrying the key when authStyle is CUSTOM_HEADER (e.g. "api-key"). */
    public String headerName = "";
    public List<NameValue> extraHeaders = new ArrayList<>();
    public List<NameValue> extraQuery = new ArrayList<>();
    public Long timeoutMs;
    public Long idleTimeoutMs;
    public Double temperature;
    public Long maxTokens;
    public String organization;
    public String project;
    /** OpenRouter attribution: HTTP-Referer and X-Title. */
    public String appReferer;
    public String appTitle;
    /** Client-side limit; null means the default for the provider's kind (off for local servers). */
    public Long requestsPerMinute;
    /** Strip the Origin header for this provider's origin (servers that refuse extension origins, e.g. Ollama). */
    public boolean stripOrigin;
    /** The user confirmed sending the key over http:// to a non-local host (see {@link InsecureKeyRule}). */
    public boolean allowInsecureKey;
    public Long modelCacheTtlMs;
    public String defaultModel;
    public List<CustomModel> customModels = new ArrayList<>();
    public Map<String, ModelPref> modelPrefs = new LinkedHashMap<>();

    public ProviderConfig() { }

    public ProviderConfig(String id, String name, String baseUrl) {
        this.id = id;
        this.name = name;
        this.baseUrl = baseUrl;
    }

    public boolean hasKey() { return apiKey != null && !apiKey.isEmpty(); }

    public ModelPref pref(String modelId) {
        ModelPref p = modelPrefs.get(modelId);
        return p == null ? new ModelPref() : p;
    }

    public CustomModel customModel(String modelId) {
        for (CustomModel m : customModels) {
            if (m.id.equals(modelId)) {
                return m;
            }
        }
        return null;
    }

    public ProviderConfig copy() { return fromJson(toJson(true)); }

    /**
     * Whether requests to {@code other} would reach the same endpoint with the same credentials (same
     * base URL, auth style, key and key header): when not, models cached for this provider are stale.
     */
    public boolean sameEndpoint(ProviderConfig other) {
        return baseUrl.equals(other.baseUrl) && authStyle == other.authStyle && apiKey.equals(other.apiKey)
            && headerName.equals(other.headerName);
    }

    /** Everything stored for this provider, key included, as one text: compared later to notice an edit made elsewhere. */
    public String snapshot() { return toJson(true).toString(); }

    /** Serializes; {@code withKey=false} leaves the key out (exports, logs). */
    public JsonObject toJson(boolean withKey) {
        JsonObject o = Json.object()
            .put("id", id).put("name", name).put("preset", presetId).put("baseUrl", baseUrl)
            .put("enabled", enabled).put("auth", unknownAuth != null ? unknownAuth : authStyle.wire());
        if (withKey && hasKey()) {
            o.put("apiKey", apiKey);
        }
        if (headerName != null && !headerName.isEmpty()) {
            o.put("headerName", headerName);
        }
        if (!extraHeaders.isEmpty()) {
            o.put("extraHeaders", NameValue.toJson(extraHeaders));
        }
        if (!extraQuery.isEmpty()) {
            o.put("extraQuery", NameValue.toJson(extraQuery));
        }
        o.putIfNotNull("timeoutMs", timeoutMs).putIfNotNull("idleTimeoutMs", idleTimeoutMs)
         .putIfNotNull("temperature", temperature).putIfNotNull("maxTokens", maxTokens)
         .put("organization", blankToNull(organization)).put("project", blankToNull(project))
         .put("appReferer", blankToNull(appReferer)).put("appTitle", blankToNull(appTitle))
         .putIfNotNull("requestsPerMinute", requestsPerMinute)
         .putIfNotNull("modelCacheTtlMs", modelCacheTtlMs)
         .put("defaultModel", blankToNull(defaultModel));
        if (stripOrigin) {
            o.put("stripOrigin", true);
        }
        if (allowInsecureKey) {
            o.put("allowInsecureKey", true);
        }
        if (!customModels.isEmpty()) {
            JsonArray arr = Json.array();
            for (CustomModel m : customModels) {
                arr.add(m.toJson());
            }
            o.put("customModels", arr);
        }
        JsonObject prefs = Json.object();
        for (Map.Entry<String, ModelPref> e : modelPrefs.entrySet()) {
            if (!e.getValue().isDefault()) {
                prefs.put(e.getKey(), e.getValue().toJson());
            }
        }
        if (prefs.size() > 0) {
            o.put("modelPrefs", prefs);
        }
        return o;
    }

    public static ProviderConfig fromJson(Json j) {
        ProviderConfig p = new ProviderConfig();
        p.id = j.get("id").str();
        p.name = j.get("name").str("");
        p.presetId = j.get("preset").str("custom");
        p.baseUrl = j.get("baseUrl").str("");
        p.enabled = j.get("enabled").asBoolean(true);
        String auth = j.get("auth").str("bearer");
        AuthStyle style = AuthStyle.known(auth);
        // An unknown style is kept as read, never quietly turned into Bearer (see unknownAuth).
        p.authStyle = style == null ? AuthStyle.BEARER : style;
        p.unknownAuth = style == null ? auth : null;
        p.apiKey = j.get("apiKey").str("");
        p.headerName = j.get("headerName").str("");
        p.extraHeaders = NameValue.fromJson(j.get("extraHeaders"));
        p.extraQuery = NameValue.fromJson(j.get("extraQuery"));
        p.timeoutMs = CustomModel.longOrNull(j.get("timeoutMs"));
        p.idleTimeoutMs = CustomModel.longOrNull(j.get("idleTimeoutMs"));
        p.temperature = j.get("temperature").num();
        p.maxTokens = CustomModel.longOrNull(j.get("maxTokens"));
        p.organization = j.get("organization").str();
        p.project = j.get("project").str();
        p.appReferer = j.get("appReferer").str();
        p.appTitle = j.get("appTitle").str();
        p.requestsPerMinute = CustomModel.longOrNull(j.get("requestsPerMinute"));
        p.modelCacheTtlMs = CustomModel.longOrNull(j.get("modelCacheTtlMs"));
        p.defaultModel = j.get("defaultModel").str();
        p.stripOrigin = j.get("stripOrigin").asBoolean(false);
        p.allowInsecureKey = j.get("allowInsecureKey").asBoolean(false);
        for (Json m : j.get("customModels").items()) {
            CustomModel cm = CustomModel.fromJson(m);
            if (!cm.id.isEmpty()) {
                p.customModels.add(cm);
            }
        }
        for (Map.Entry<String, Json> e : j.get("modelPrefs").fields().entrySet()) {
            p.modelPrefs.put(e.getKey(), ModelPref.fromJson(e.getValue()));
        }
        return p;
    }

    private static String blankToNull(String s) { return s == null || s.trim().isEmpty() ? null : s; }
}
