package dev.modeldeck.core.bulk;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.PastedText;
import dev.modeldeck.core.provider.UrlProblem;
import java.util.Map;

/**
 * Rejects an export-file entry that is malformed (wrong types, impossible id or name, numbers out of
 * range, text or lists over the budget) or hostile (a non-web URL, credentials in the URL, a line break
 * headed for an HTTP header, control characters in a name). One such entry rejects the whole file: a file that carries one is not a file we wrote.
 * Entries that are merely invalid (e.g. a header browsers forbid) pass here and are skipped by the planner.
 */
final class EntryCheck {
    private static final String[] TEXT = {
        "id", "name", "preset", "baseUrl", "auth", "apiKey", "headerName", "organization", "project",
        "appReferer", "appTitle", "defaultModel"
    };
    private static final String[] BOOLEANS = {"enabled", "stripOrigin", "allowInsecureKey"};
    private static final String[] HEADER_TEXT = {"organization", "project", "appReferer", "appTitle", "headerName"};

    private EntryCheck() { }

    /** @param label "Entry 3"; used in the message together with the entry's name when it is safe to show */
    static void check(Json e, String label, boolean keysRead) throws ImportRejected {
        if (!e.isObject()) {
            throw malformed(I18n.t("bulk_entry_not_object", label));
        }
        for (String f : TEXT) {
            Json v = e.get(f);
            if (!v.isMissing() && !v.isNull() && !v.isString()) {
                throw malformed(I18n.t("bulk_field_text", label, f));
            }
        }
        for (String f : BOOLEANS) {
            Json v = e.get(f);
            if (!v.isMissing() && !v.isNull() && !v.isBoolean()) {
                throw malformed(I18n.t("bulk_field_boolean", label, f));
            }
        }
        checkId(e.get("id"), label);
        String name = checkName(e.get("name").str(), label);
        String where = name == null || name.isEmpty() ? label : I18n.t("bulk_entry_named", label, TextChecks.quoted(name));
        checkUrl(e.get("baseUrl").str(), where);
        if (keysRead && TextChecks.hasLineBreak(e.get("apiKey").str())) {
            throw hostile(I18n.t("bulk_key_line_break", where));
        }
        for (String f : HEADER_TEXT) {
            if (TextChecks.hasLineBreak(e.get(f).str())) {
                throw hostile(I18n.t("bulk_field_line_break", where, f));
            }
        }
        checkPairs(e.get("extraHeaders"), "extraHeaders", true, where);
        checkPairs(e.get("extraQuery"), "extraQuery", false, where);
        checkList(e.get("customModels"), "customModels", where);
        Json prefs = e.get("modelPrefs");
        if (!prefs.isMissing() && !prefs.isNull()) {
            if (!prefs.isObject()) {
                throw malformed(I18n.t("bulk_field_object", where, "modelPrefs"));
            }
            for (Map.Entry<String, Json> p : prefs.fields().entrySet()) {
                if (!p.getValue().isObject()) {
                    throw malformed(I18n.t("bulk_each_entry_object", where, "modelPrefs"));
                }
            }
        }
        EntryBudget.check(e, where);
        EntryNumbers.check(e, where);
    }

    private static void checkId(Json id, String label) throws ImportRejected {
        String s = id.str();
        if (s == null) {
            return; // absent or null: the planner matches by URL or gives a new id
        }
        if (s.isEmpty() || s.length() > ExportFormat.MAX_ID_LENGTH || TextChecks.hasControlChar(s)
            || !PastedText.trim(s).equals(s)) {
            throw malformed(I18n.t("bulk_id_invalid", label, I18n.format().integer(ExportFormat.MAX_ID_LENGTH)));
        }
    }

    /** Returns the trimmed name, or null when there is none. */
    private static String checkName(String name, String label) throws ImportRejected {
        if (name == null) {
            return null;
        }
        if (TextChecks.hasControlChar(name)) {
            throw hostile(I18n.t("bulk_name_control_chars", label));
        }
        String t = PastedText.trim(name);
        if (t.length() > ExportFormat.MAX_NAME_LENGTH) {
            throw malformed(I18n.t("bulk_name_too_long", label, I18n.format().integer(t.length()),
                I18n.format().integer(ExportFormat.MAX_NAME_LENGTH)));
        }
        return t;
    }

    private static void checkUrl(String url, String where) throws ImportRejected {
        if (url == null) {
            return; // the planner skips it as invalid ("enter the base URL")
        }
        BaseUrlCheck.Result r = BaseUrlCheck.check(url);
        if (r.find(UrlProblem.Code.UNSUPPORTED_SCHEME) != null) {
            throw hostile(I18n.t("bulk_url_not_web", where, schemeOf(url)));
        }
        if (r.find(UrlProblem.Code.CREDENTIALS) != null) {
            throw hostile(I18n.t("bulk_url_credentials", where));
        }
    }

    private static String schemeOf(String url) {
        String t = PastedText.trim(url);
        int colon = t.indexOf(':');
        String scheme = colon > 0 && colon <= 20 ? t.substring(0, colon).toLowerCase() : "?";
        return TextChecks.quoted(scheme + ":");
    }

    private static void checkPairs(Json list, String field, boolean headers, String where) throws ImportRejected {
        checkList(list, field, where);
        for (Json item : list.items()) {
            Json n = item.get("name");
            Json v = item.get("value");
            if (!n.isString() || (!v.isMissing() && !v.isNull() && !v.isString())) {
                throw malformed(I18n.t("bulk_pair_needs_name_value", where, field));
            }
            if (TextChecks.hasLineBreak(n.str()) || TextChecks.hasLineBreak(v.str())) {
                throw hostile(headers ? I18n.t("bulk_header_line_break", where, field)
                    : I18n.t("bulk_query_line_break", where, field));
            }
        }
    }

    private static void checkList(Json list, String field, String where) throws ImportRejected {
        if (list.isMissing() || list.isNull()) {
            return;
        }
        if (!list.isArray()) {
            throw malformed(I18n.t("bulk_field_list", where, field));
        }
        for (Json item : list.items()) {
            if (!item.isObject()) {
                throw malformed(I18n.t("bulk_each_entry_object", where, field));
            }
        }
    }

    private static ImportRejected malformed(String m) { return new ImportRejected(ImportRejected.Reason.MALFORMED, m); }
    private static ImportRejected hostile(String m) { return new ImportRejected(ImportRejected.Reason.HOSTILE_ENTRY, m); }
}
