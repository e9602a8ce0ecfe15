package dev.modeldeck.core.bulk;

import dev.modeldeck.core.i18n.EnglishFormat;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.provider.NameValue;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderSecrets;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes providers to a {@link ExportFormat#FORMAT} document (docs/EXPORT-FORMAT.md). Keys, and secret
 * header and query values, stay out unless asked for; only provider settings are written, never health
 * history, caches or chats.
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
        int omitted = 0;
        for (ProviderConfig p : settings.providers) {
            if (ids != null && !ids.contains(p.id)) {
                continue;
            }
            ProviderConfig keyed = includeKeys && withKey != null ? withKey.apply(p) : p;
            JsonObject o = keyed.toJson(false);
            if (includeKeys && keyed.hasKey()) {
                o.put("apiKey", wrapped ? wrapper.wrap(keyed.apiKey) : keyed.apiKey);
            }
            if (!includeKeys) {
                omitted += omitSecretValues(o, "extraHeaders", p.extraHeaders)
                    + omitSecretValues(o, "extraQuery", p.extraQuery);
            }
            list.add(o);
        }
        if (omitted > 0) {
            doc.put(ExportFormat.F_SECRET_VALUES_OMITTED, omitted);
        }
        return doc.put(ExportFormat.F_PROVIDERS, list);
    }

    /**
     * Without keys, secret header and query values (one definition: {@link ProviderSecrets#isSecret}) stay
     * out too: each such pair keeps its name and says its value was omitted. Returns how many were.
     */
    private static int omitSecretValues(JsonObject entry, String member, List<NameValue> pairs) {
        int omitted = 0;
        JsonArray out = Json.array();
        for (NameValue nv : pairs) {
            JsonObject item = Json.object().put("name", nv.name());
            if (ProviderSecrets.isSecret(nv)) {
                item.put(ExportFormat.F_VALUE_OMITTED, true);
                omitted++;
            } else {
                item.put("value", nv.value());
            }
            out.add(item);
        }
        if (omitted > 0) {
            entry.put(member, out);
        }
        return omitted;
    }

    /** The same document as indented text, ready to save as a .json file. */
    public String exportText(Settings settings, Collection<String> ids, boolean includeKeys, KeyWrapper wrapper) {
        return PrettyJson.write(export(settings, ids, includeKeys, wrapper));
    }

    /** An export document as indented text, ready to save as a .json file. */
    public static String text(JsonObject doc) {
        return PrettyJson.write(doc);
    }

    /** Whether an export left secret header or query values out (it then says how many). */
    public static boolean leftOutSecretValues(JsonObject doc) {
        return !doc.get(ExportFormat.F_SECRET_VALUES_OMITTED).isMissing();
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
