package dev.modeldeck.core.bulk;

import dev.modeldeck.core.i18n.EnglishFormat;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.time.Clock;
import java.util.Collection;
import java.util.function.UnaryOperator;

/**
 * Writes providers to a {@link ExportFormat#FORMAT} document (docs/EXPORT-FORMAT.md). Keys stay out
 * unless asked for; only provider settings are written, never health history, caches or chats.
 */
public final class ProviderExport {
    private final Clock clock;

    public ProviderExport(Clock clock) { this.clock = clock; }

    /**
     * @param ids         providers to export (display order is kept, unknown ids are ignored); null means all
     * @param includeKeys write each provider's key; false leaves every key out
     * @param wrapper     when keys are included and this is not null, each key is written wrapped and the
     *                    file is marked {@code "keyProtection":"vault-passphrase"}; ignored without keys
     */
    public JsonObject export(Settings settings, Collection<String> ids, boolean includeKeys, KeyWrapper wrapper) {
        return export(settings, ids, includeKeys, wrapper, null);
    }

    /**
     * The same, reading each key through {@code withKey} (the provider with its key filled in, e.g. from
     * the unlocked vault, where stored settings hold none); null reads the key from the settings.
     */
    public JsonObject export(Settings settings, Collection<String> ids, boolean includeKeys, KeyWrapper wrapper,
                             UnaryOperator<ProviderConfig> withKey) {
        boolean wrapped = includeKeys && wrapper != null;
        JsonObject doc = Json.object()
            .put(ExportFormat.F_FORMAT, ExportFormat.FORMAT)
            .put(ExportFormat.F_VERSION, ExportFormat.VERSION)
            .put(ExportFormat.F_EXPORTED_AT, clock.nowMillis())
            .put(ExportFormat.F_INCLUDES_KEYS, includeKeys);
        if (wrapped) {
            doc.put(ExportFormat.F_KEY_PROTECTION, ExportFormat.KEY_PROTECTION_VAULT);
        }
        JsonArray list = Json.array();
        for (ProviderConfig p : settings.providers) {
            if (ids != null && !ids.contains(p.id)) {
                continue;
            }
            JsonObject o = p.toJson(false);
            ProviderConfig keyed = includeKeys && withKey != null ? withKey.apply(p) : p;
            if (includeKeys && keyed != null && keyed.hasKey()) {
                o.put("apiKey", wrapped ? wrapper.wrap(keyed.apiKey) : keyed.apiKey);
            }
            list.add(o);
        }
        return doc.put(ExportFormat.F_PROVIDERS, list);
    }

    /** The same document as indented text, ready to save as a .json file. */
    public String exportText(Settings settings, Collection<String> ids, boolean includeKeys, KeyWrapper wrapper) {
        return PrettyJson.write(export(settings, ids, includeKeys, wrapper));
    }

    /** Indented text of {@link #export(Settings, Collection, boolean, KeyWrapper, UnaryOperator)}. */
    public String exportText(Settings settings, Collection<String> ids, boolean includeKeys, KeyWrapper wrapper,
                             UnaryOperator<ProviderConfig> withKey) {
        return PrettyJson.write(export(settings, ids, includeKeys, wrapper, withKey));
    }

    /** A file name for the download, e.g. {@code modeldeck-providers-2025-03-07.json} (UTC date). */
    public String suggestedFileName() {
        return "modeldeck-providers-" + utcDate(clock.nowMillis()) + ".json";
    }

    /** yyyy-mm-dd of a UTC instant (file names are not localized: they sort the same everywhere). */
    static String utcDate(long millis) {
        return EnglishFormat.utcDate(Math.max(0, millis));
    }
}
