package dev.modeldeck.core.store;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.provider.ProviderConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The settings document stored under {@link StorageKeys#SETTINGS}: providers in display order,
 * global options, and the revision that lets two open pages notice each other's saves.
 */
public final class Settings {
    /** Version written by this build; older documents are migrated, newer ones are read-only. */
    public static final int SCHEMA_VERSION = 2;

    public List<ProviderConfig> providers = new ArrayList<>();
    public Theme theme = Theme.SYSTEM;
    /** Provider and model preselected for new chats; null when the user has not chosen. */
    public String defaultProviderId;
    public String defaultModelId;
    public List<FallbackChain> fallbackChains = new ArrayList<>();
    public KeyStorageMode keyStorage = KeyStorageMode.PLAIN;
    /** Incremented by every save; 0 means never saved. */
    public long revision;
    /** Page instance that wrote this revision (shown in conflict notices). */
    public String savedBy;
    public long savedAt;
    /** Set once the legacy v1 keys were imported, so the import never runs twice. */
    public boolean migratedFromLegacy;
    /** Which legacy keys were present when they were imported. */
    public List<String> legacyKeys = new ArrayList<>();
    /** Members this build does not know (written by another part of the app), carried through saves unchanged. */
    public JsonObject extras = Json.object();

    private static final String[] KNOWN = {
        "schemaVersion", "revision", "savedBy", "savedAt", "providers", "theme", "defaultProviderId",
        "defaultModel", "fallbackChains", "keyStorage", "migratedFromLegacy", "legacyKeys"
    };

    public ProviderConfig provider(String id) {
        for (ProviderConfig p : providers) {
            if (p.id != null && p.id.equals(id)) {
                return p;
            }
        }
        return null;
    }

    /** Position of the provider in display order, or -1. */
    public int indexOf(String providerId) {
        for (int i = 0; i < providers.size(); i++) {
            if (Objects.equals(providers.get(i).id, providerId)) {
                return i;
            }
        }
        return -1;
    }

    public List<String> providerIds() {
        List<String> ids = new ArrayList<>();
        for (ProviderConfig p : providers) {
            ids.add(p.id);
        }
        return ids;
    }

    public List<String> providerNames() {
        List<String> names = new ArrayList<>();
        for (ProviderConfig p : providers) {
            names.add(p.name);
        }
        return names;
    }

    /** Every provider but the one with this id (what a draft of it is checked against). */
    public List<ProviderConfig> providersExcept(String providerId) {
        List<ProviderConfig> others = new ArrayList<>(providers);
        others.removeIf(p -> Objects.equals(p.id, providerId));
        return others;
    }

    public List<ProviderConfig> enabledProviders() {
        List<ProviderConfig> out = new ArrayList<>();
        for (ProviderConfig p : providers) {
            if (p.enabled) {
                out.add(p);
            }
        }
        return out;
    }

    /** The providers whose ids are in {@code ids}, in display order. */
    public List<ProviderConfig> providersIn(Set<String> ids) {
        List<ProviderConfig> out = new ArrayList<>();
        for (ProviderConfig p : providers) {
            if (ids.contains(p.id)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Replaces the provider with the same id where it stands, or appends it when it is new. */
    public void putProvider(ProviderConfig p) {
        int at = indexOf(p.id);
        if (at >= 0) {
            providers.set(at, p);
        } else {
            providers.add(p);
        }
    }

    /** Inserts {@code p} right after the provider {@code afterId}, or at the end when that one is gone. */
    public void insertProviderAfter(String afterId, ProviderConfig p) {
        int at = indexOf(afterId);
        providers.add(at < 0 ? providers.size() : at + 1, p);
    }

    /** Removes the provider; returns where it stood, or -1 when it was not there. */
    public int removeProvider(String providerId) {
        int at = indexOf(providerId);
        if (at >= 0) {
            providers.remove(at);
        }
        return at;
    }

    /** Undo of a removal: puts {@code p} back near {@code position} unless a provider with its id exists again. */
    public void restoreProvider(ProviderConfig p, int position) {
        if (provider(p.id) == null) {
            providers.add(Math.min(Math.max(position, 0), providers.size()), p);
        }
    }

    /** Moves the provider {@code delta} places up (negative) or down; a move past either end does nothing. */
    public void moveProvider(String providerId, int delta) {
        int from = indexOf(providerId);
        int to = from + delta;
        if (from >= 0 && to >= 0 && to < providers.size()) {
            providers.add(to, providers.remove(from));
        }
    }

    /** Turns the provider on or off; an unknown id changes nothing. */
    public void setProviderEnabled(String providerId, boolean on) {
        ProviderConfig p = provider(providerId);
        if (p != null) {
            p.enabled = on;
        }
    }

    public FallbackChain chain(String name) {
        for (FallbackChain c : fallbackChains) {
            if (c.name != null && c.name.equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** A deep copy, so edits on one page's working copy never touch what was loaded. */
    public Settings copy() { return fromJson(JsonParser.tryParse(JsonWriter.write(toJson(true)))); }

    /** Serializes; {@code withKeys=false} leaves every API key out (exports). */
    public JsonObject toJson(boolean withKeys) {
        JsonObject o = Json.object().put("schemaVersion", SCHEMA_VERSION).put("revision", revision)
            .put("savedBy", savedBy);
        if (savedAt != 0) {
            o.put("savedAt", savedAt);
        }
        JsonArray ps = Json.array();
        for (ProviderConfig p : providers) {
            ps.add(p.toJson(withKeys));
        }
        o.put("providers", ps).put("theme", theme.wire())
         .put("defaultProviderId", defaultProviderId).put("defaultModel", defaultModelId);
        JsonArray chains = Json.array();
        for (FallbackChain c : fallbackChains) {
            chains.add(c.toJson());
        }
        o.put("fallbackChains", chains).put("keyStorage", keyStorage.wire());
        if (migratedFromLegacy) {
            o.put("migratedFromLegacy", true);
            JsonArray keys = Json.array();
            for (String k : legacyKeys) {
                keys.add(k);
            }
            o.put("legacyKeys", keys);
        }
        for (Map.Entry<String, Json> e : extras.fields().entrySet()) {
            if (!isKnown(e.getKey())) {
                o.put(e.getKey(), e.getValue());
            }
        }
        return o;
    }

    /** Reads a current-version document tolerantly; the schema version is checked by the caller. */
    public static Settings fromJson(Json j) {
        Settings s = new Settings();
        s.revision = j.get("revision").asLong(0);
        s.savedBy = j.get("savedBy").str();
        s.savedAt = j.get("savedAt").asLong(0);
        for (Json p : j.get("providers").items()) {
            // An entry without an id cannot be referenced by chats or caches; our own writes always have one.
            if (p.isObject() && p.get("id").str() != null) {
                s.providers.add(ProviderConfig.fromJson(p));
            }
        }
        s.theme = Theme.fromWire(j.get("theme").str());
        s.defaultProviderId = j.get("defaultProviderId").str();
        s.defaultModelId = j.get("defaultModel").str();
        for (Json c : j.get("fallbackChains").items()) {
            if (c.isObject()) {
                s.fallbackChains.add(FallbackChain.fromJson(c));
            }
        }
        s.keyStorage = KeyStorageMode.fromWire(j.get("keyStorage").str());
        s.migratedFromLegacy = j.get("migratedFromLegacy").asBoolean(false);
        for (Json k : j.get("legacyKeys").items()) {
            if (k.str() != null) {
                s.legacyKeys.add(k.str());
            }
        }
        for (Map.Entry<String, Json> e : j.fields().entrySet()) {
            if (!isKnown(e.getKey())) {
                s.extras.put(e.getKey(), e.getValue());
            }
        }
        return s;
    }

    private static boolean isKnown(String key) {
        for (String k : KNOWN) {
            if (k.equals(key)) {
                return true;
            }
        }
        return false;
    }
}
