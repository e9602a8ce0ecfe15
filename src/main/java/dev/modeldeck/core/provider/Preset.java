package dev.modeldeck.core.provider;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * A known provider's defaults, used to fill the provider form. Immutable. The base URL may hold
 * placeholders such as {@code {resource}} that the user must replace (Azure). Presets are constants
 * built before a page installs its catalog, so the translated name and note are looked up on each call.
 */
public final class Preset {
    private final String id;
    private final Supplier<String> displayName;
    private final String baseUrl;
    private final AuthStyle authStyle;
    private final String headerName;
    private final boolean keyRequired;
    private final boolean local;
    private final boolean hasModelsList;
    private final boolean stripOrigin;
    private final List<NameValue> defaultExtraQuery;
    private final Supplier<String> note;
    private final String docsUrl;

    private Preset(Builder b) {
        this.id = b.id;
        this.displayName = b.displayName;
        this.baseUrl = b.baseUrl;
        this.authStyle = b.authStyle;
        this.headerName = b.headerName;
        this.keyRequired = b.keyRequired;
        this.local = b.local;
        this.hasModelsList = b.hasModelsList;
        this.stripOrigin = b.stripOrigin;
        this.defaultExtraQuery = Collections.unmodifiableList(new ArrayList<>(b.extraQuery));
        this.note = b.note;
        this.docsUrl = b.docsUrl;
    }

    /** Stable id stored in {@link ProviderConfig#presetId}. */
    public String id() { return id; }
    public String displayName() { return displayName.get(); }
    /** Base URL or template; "" for Custom. */
    public String baseUrl() { return baseUrl; }
    public AuthStyle authStyle() { return authStyle; }
    /** Header carrying the key when {@link #authStyle()} is CUSTOM_HEADER; "" otherwise. */
    public String headerName() { return headerName; }
    public boolean keyRequired() { return keyRequired; }
    /** Runs on the user's machine: longer timeouts (model loading), no rate limit by default. */
    public boolean local() { return local; }
    /** Whether GET {base}/models lists the models usable in chat. */
    public boolean hasModelsList() { return hasModelsList; }
    /** Whether the server refuses extension origins, so the Origin header must be removed. */
    public boolean stripOrigin() { return stripOrigin; }
    public List<NameValue> defaultExtraQuery() { return defaultExtraQuery; }
    /** One or two sentences for the form: where to get a key, what to start, a known quirk. */
    public String note() { return note.get(); }
    /** The documentation page the base URL was checked against. */
    public String docsUrl() { return docsUrl; }

    /** Placeholder names in the base URL template, e.g. ["resource"]; empty when the URL is ready to use. */
    public List<String> placeholders() {
        List<String> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = baseUrl.indexOf('{', from);
            int close = open < 0 ? -1 : baseUrl.indexOf('}', open);
            if (close < 0) {
                return out;
            }
            out.add(baseUrl.substring(open + 1, close));
            from = close + 1;
        }
    }

    /** The base URL template with each {@code {name}} replaced by its trimmed value; unknown names stay as they are. */
    public String baseUrlFilled(Map<String, String> values) {
        String out = baseUrl;
        for (Map.Entry<String, String> e : values.entrySet()) {
            String v = e.getValue() == null ? "" : e.getValue().trim();
            out = out.replace("{" + e.getKey() + "}", v);
        }
        return out;
    }

    /**
     * A new provider with this preset's defaults, named uniquely among {@code takenNames}. Its base URL
     * may still hold placeholders, which validation reports until the user fills them.
     */
    public ProviderConfig newConfig(String id, Collection<String> takenNames) {
        ProviderConfig p = new ProviderConfig(id, ProviderIds.uniqueName(displayName(), takenNames), baseUrl);
        applyTo(p);
        return p;
    }

    /** Copies this preset's connection defaults onto {@code p}; keeps its id, name, key and models. */
    public void applyTo(ProviderConfig p) {
        p.presetId = id;
        if (!baseUrl.isEmpty()) {
            p.baseUrl = baseUrl;
        }
        p.authStyle = authStyle;
        p.headerName = headerName;
        p.stripOrigin = stripOrigin;
        p.extraQuery = new ArrayList<>(defaultExtraQuery);
    }

    @Override public String toString() { return id; }

    /** A preset named by its brand, which is the same in every language. */
    static Builder builder(String id, String brandName, String baseUrl) { return new Builder(id, () -> brandName, baseUrl); }

    /** A preset whose name has words to translate ("LiteLLM proxy"). */
    static Builder builder(String id, Supplier<String> displayName, String baseUrl) { return new Builder(id, displayName, baseUrl); }

    static final class Builder {
        private final String id;
        private final Supplier<String> displayName;
        private final String baseUrl;
        private AuthStyle authStyle = AuthStyle.BEARER;
        private String headerName = "";
        private boolean keyRequired = true;
        private boolean local;
        private boolean hasModelsList = true;
        private boolean stripOrigin;
        private final List<NameValue> extraQuery = new ArrayList<>();
        private Supplier<String> note = () -> "";
        private String docsUrl = "";

        private Builder(String id, Supplier<String> displayName, String baseUrl) {
            this.id = id;
            this.displayName = displayName;
            this.baseUrl = baseUrl;
        }

        Builder noAuth() { authStyle = AuthStyle.NONE; keyRequired = false; return this; }
        Builder header(String name) { authStyle = AuthStyle.CUSTOM_HEADER; headerName = name; return this; }
        Builder keyOptional() { keyRequired = false; return this; }
        Builder local() { local = true; return this; }
        Builder noModelsList() { hasModelsList = false; return this; }
        Builder stripOrigin() { stripOrigin = true; return this; }
        Builder query(String name, String value) { extraQuery.add(new NameValue(name, value)); return this; }
        Builder note(Supplier<String> n) { note = n; return this; }
        Builder docs(String url) { docsUrl = url; return this; }
        Preset build() { return new Preset(this); }
    }
}
