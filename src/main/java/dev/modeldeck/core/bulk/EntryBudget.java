package dev.modeldeck.core.bulk;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import java.util.Map;

/**
 * Caps what one export-file entry can make us store: the length of every text member and the number of
 * extra headers, query parameters, custom models and model preferences (see {@link ExportFormat}). An
 * entry over a cap refuses the file with the member named, before anything is stored.
 */
final class EntryBudget {
    private record Cap(String field, int max) { }

    private static final Cap[] TEXT = {
        new Cap("preset", ExportFormat.MAX_SHORT_TEXT),
        new Cap("baseUrl", ExportFormat.MAX_URL_LENGTH),
        new Cap("auth", ExportFormat.MAX_SHORT_TEXT),
        new Cap("apiKey", ExportFormat.MAX_KEY_LENGTH),
        new Cap("headerName", ExportFormat.MAX_SHORT_TEXT),
        new Cap("organization", ExportFormat.MAX_SHORT_TEXT),
        new Cap("project", ExportFormat.MAX_SHORT_TEXT),
        new Cap("appReferer", ExportFormat.MAX_URL_LENGTH),
        new Cap("appTitle", ExportFormat.MAX_SHORT_TEXT),
        new Cap("defaultModel", ExportFormat.MAX_MODEL_ID_LENGTH),
    };

    private EntryBudget() { }

    /** @param where "Entry 3" or "Entry 3 (“Groq”)" */
    static void check(Json e, String where) throws ImportRejected {
        for (Cap c : TEXT) {
            length(e.get(c.field()), c.field(), c.max(), where);
        }
        pairs(e.get("extraHeaders"), "extraHeaders", where);
        pairs(e.get("extraQuery"), "extraQuery", where);
        Json models = e.get("customModels");
        count(models.size(), "customModels", ExportFormat.MAX_CUSTOM_MODELS, where);
        for (Json m : models.items()) {
            length(m.get("id"), "customModels.id", ExportFormat.MAX_MODEL_ID_LENGTH, where);
            length(m.get("type"), "customModels.type", ExportFormat.MAX_SHORT_TEXT, where);
        }
        Map<String, Json> prefs = e.get("modelPrefs").fields();
        count(prefs.size(), "modelPrefs", ExportFormat.MAX_MODEL_PREFS, where);
        for (Map.Entry<String, Json> p : prefs.entrySet()) {
            if (p.getKey().length() > ExportFormat.MAX_MODEL_ID_LENGTH) {
                throw malformed(I18n.t("bulk_pref_model_id_too_long", where, "modelPrefs",
                    I18n.format().integer(p.getKey().length()), I18n.format().integer(ExportFormat.MAX_MODEL_ID_LENGTH)));
            }
            length(p.getValue().get("alias"), "modelPrefs.alias", ExportFormat.MAX_NAME_LENGTH, where);
        }
    }

    private static void pairs(Json list, String field, String where) throws ImportRejected {
        count(list.size(), field, ExportFormat.MAX_PAIRS, where);
        for (Json item : list.items()) {
            length(item.get("name"), field + ".name", ExportFormat.MAX_SHORT_TEXT, where);
            length(item.get("value"), field + ".value", ExportFormat.MAX_PAIR_VALUE_LENGTH, where);
        }
    }

    private static void length(Json v, String field, int max, String where) throws ImportRejected {
        String s = v.str();
        if (s != null && s.length() > max) {
            throw malformed(I18n.t("bulk_field_too_long", where, field, I18n.format().integer(s.length()),
                I18n.format().integer(max)));
        }
    }

    private static void count(int n, String field, int max, String where) throws ImportRejected {
        if (n > max) {
            throw malformed(I18n.t("bulk_too_many_entries", where, field, I18n.format().integer(n), I18n.format().integer(max)));
        }
    }

    private static ImportRejected malformed(String m) { return new ImportRejected(ImportRejected.Reason.MALFORMED, m); }
}
