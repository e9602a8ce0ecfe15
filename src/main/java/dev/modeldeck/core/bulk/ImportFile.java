package dev.modeldeck.core.bulk;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonException;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.provider.PastedText;
import dev.modeldeck.core.provider.ProviderConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an export file into incoming providers, or rejects it as a whole with one precise message.
 * Order of checks: size (before parsing), JSON, format, version, header, count, every entry, passphrase.
 */
final class ImportFile {
    final List<IncomingProvider> providers;
    final boolean keysRead;

    private ImportFile(List<IncomingProvider> providers, boolean keysRead) {
        this.providers = providers;
        this.keysRead = keysRead;
    }

    /**
     * @param unwrapper  opens passphrase-protected keys; may be null
     * @param ignoreKeys leave any keys in the file unread (saved keys are then kept)
     */
    static ImportFile read(String text, KeyUnwrapper unwrapper, boolean ignoreKeys) throws ImportRejected {
        ImportPlanner.checkSize(text == null ? 0 : text.length());
        Json doc;
        try {
            doc = JsonParser.parse(text);
        } catch (JsonException e) {
            throw new ImportRejected(ImportRejected.Reason.NOT_JSON, I18n.t("bulk_not_json",
                e.reason(), TextChecks.lineAndColumn(text == null ? "" : text, e.position())));
        }
        String format = doc.get(ExportFormat.F_FORMAT).str();
        if (!doc.isObject() || !ExportFormat.FORMAT.equals(format)) {
            throw new ImportRejected(ImportRejected.Reason.NOT_PROVIDERS_FILE, format == null
                ? I18n.t("bulk_not_providers_file_no_format", ExportFormat.FORMAT)
                : I18n.t("bulk_not_providers_file_format", TextChecks.quoted(format), ExportFormat.FORMAT));
        }
        checkVersion(doc.get(ExportFormat.F_VERSION));
        Json includes = doc.get(ExportFormat.F_INCLUDES_KEYS);
        if (!includes.isMissing() && !includes.isBoolean()) {
            throw malformed(I18n.t("bulk_includes_keys_boolean", ExportFormat.F_INCLUDES_KEYS));
        }
        boolean fileHasKeys = includes.asBoolean(false);
        Json protection = doc.get(ExportFormat.F_KEY_PROTECTION);
        boolean wrapped = !protection.isMissing() && !protection.isNull();
        if (wrapped && !ExportFormat.KEY_PROTECTION_VAULT.equals(protection.str())) {
            throw malformed(I18n.t("bulk_unknown_key_protection", TextChecks.quoted(protection.text())));
        }
        if (wrapped && !fileHasKeys) {
            throw malformed(I18n.t("bulk_protected_without_keys"));
        }
        boolean keysRead = fileHasKeys && !ignoreKeys;
        Json list = doc.get(ExportFormat.F_PROVIDERS);
        if (!list.isArray()) {
            throw malformed(I18n.t("bulk_no_providers_list", ExportFormat.F_PROVIDERS));
        }
        if (list.size() > ExportFormat.MAX_PROVIDERS) {
            throw new ImportRejected(ImportRejected.Reason.TOO_MANY_PROVIDERS, I18n.t("bulk_too_many_in_file",
                I18n.format().integer(list.size()), I18n.format().integer(ExportFormat.MAX_PROVIDERS)));
        }
        for (int i = 0; i < list.size(); i++) {
            Json e = list.at(i);
            String label = entryLabel(i);
            EntryCheck.check(e, label, keysRead);
            if (!fileHasKeys && !ignoreKeys && e.get("apiKey").str() != null) {
                throw malformed(I18n.t("bulk_key_not_declared", label, ExportFormat.F_INCLUDES_KEYS));
            }
        }
        // Asked last, so nobody types a passphrase for a file that would be refused anyway.
        if (keysRead && wrapped && unwrapper == null) {
            throw new ImportRejected(ImportRejected.Reason.PASSPHRASE_NEEDED, I18n.t("bulk_passphrase_needed"));
        }
        List<IncomingProvider> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Json e = list.at(i);
            String label = entryLabel(i);
            ProviderConfig p = ProviderConfig.fromJson(e);
            p.name = PastedText.trim(p.name);
            p.apiKey = keysRead ? key(e.get("apiKey").str(""), wrapped, unwrapper, label) : "";
            out.add(new IncomingProvider(p, label, keysRead, true));
        }
        return new ImportFile(out, keysRead);
    }

    /** "Entry 3": where an export-file entry is, for messages (1-based). */
    private static String entryLabel(int index) {
        return I18n.t("bulk_entry_label", I18n.format().integer(index + 1));
    }

    private static void checkVersion(Json v) throws ImportRejected {
        Double n = v.isNumber() ? v.num() : null;
        // The upper bound keeps 1e400 (infinity to a JSON reader) away from the whole-number conversion below.
        if (n == null || n != Math.floor(n) || n < 1 || n > Integer.MAX_VALUE) {
            throw malformed(I18n.t("bulk_no_version", ExportFormat.F_VERSION, I18n.format().integer(ExportFormat.VERSION)));
        }
        if (n > ExportFormat.VERSION) {
            throw new ImportRejected(ImportRejected.Reason.NEWER_VERSION, I18n.t("bulk_newer_version",
                I18n.format().integer((long) (double) n), I18n.format().integer(ExportFormat.VERSION)));
        }
    }

    private static String key(String stored, boolean wrapped, KeyUnwrapper unwrapper, String label) throws ImportRejected {
        if (!wrapped || stored.isEmpty()) {
            return stored;
        }
        String plain = unwrapper.unwrap(stored);
        if (plain == null) {
            throw new ImportRejected(ImportRejected.Reason.PASSPHRASE_WRONG, I18n.t("bulk_passphrase_wrong", label));
        }
        if (TextChecks.hasLineBreak(plain)) {
            throw new ImportRejected(ImportRejected.Reason.HOSTILE_ENTRY, I18n.t("bulk_key_line_break", label));
        }
        return plain;
    }

    private static ImportRejected malformed(String m) { return new ImportRejected(ImportRejected.Reason.MALFORMED, m); }
}
