package dev.modeldeck.core.bulk;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonException;
import dev.modeldeck.core.json.JsonParser;
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
            throw new ImportRejected(ImportRejected.Reason.NOT_JSON, "This file is not valid JSON ("
                + withoutOffset(e.getMessage()) + " at " + TextChecks.lineAndColumn(text == null ? "" : text, e.position())
                + "). Choose a file exported by ModelDeck.");
        }
        String format = doc.get(ExportFormat.F_FORMAT).str();
        if (!doc.isObject() || !ExportFormat.FORMAT.equals(format)) {
            throw new ImportRejected(ImportRejected.Reason.NOT_PROVIDERS_FILE, "This is not a ModelDeck providers file "
                + (format == null ? "(it has no “format”: “" + ExportFormat.FORMAT + "”)"
                                  : "(its format is " + TextChecks.quoted(format) + ", expected “" + ExportFormat.FORMAT + "”)")
                + ". Choose a file made with Export.");
        }
        checkVersion(doc.get(ExportFormat.F_VERSION));
        Json includes = doc.get(ExportFormat.F_INCLUDES_KEYS);
        if (!includes.isMissing() && !includes.isBoolean()) {
            throw malformed("“" + ExportFormat.F_INCLUDES_KEYS + "” must be true or false.");
        }
        boolean fileHasKeys = includes.asBoolean(false);
        Json protection = doc.get(ExportFormat.F_KEY_PROTECTION);
        boolean wrapped = !protection.isMissing() && !protection.isNull();
        if (wrapped && !ExportFormat.KEY_PROTECTION_VAULT.equals(protection.str())) {
            throw malformed("This file protects its keys with " + TextChecks.quoted(protection.text())
                + ", which this build does not know. Export again without keys or with the key vault.");
        }
        if (wrapped && !fileHasKeys) {
            throw malformed("The file says its keys are protected but also that it includes no keys.");
        }
        boolean keysRead = fileHasKeys && !ignoreKeys;
        Json list = doc.get(ExportFormat.F_PROVIDERS);
        if (!list.isArray()) {
            throw malformed("The file has no “" + ExportFormat.F_PROVIDERS + "” list.");
        }
        if (list.size() > ExportFormat.MAX_PROVIDERS) {
            throw new ImportRejected(ImportRejected.Reason.TOO_MANY_PROVIDERS, "This file has " + list.size()
                + " providers; one import can add at most " + ExportFormat.MAX_PROVIDERS + ". Split it into smaller files.");
        }
        for (int i = 0; i < list.size(); i++) {
            Json e = list.at(i);
            String label = "Entry " + (i + 1);
            EntryCheck.check(e, label, keysRead);
            if (!fileHasKeys && !ignoreKeys && e.get("apiKey").str() != null) {
                throw malformed(label + " carries an API key, but the file says it includes none (“"
                    + ExportFormat.F_INCLUDES_KEYS + "”: false). Set it to true to import the keys.");
            }
        }
        // Asked last, so nobody types a passphrase for a file that would be refused anyway.
        if (keysRead && wrapped && unwrapper == null) {
            throw new ImportRejected(ImportRejected.Reason.PASSPHRASE_NEEDED, "The API keys in this file are protected "
                + "by a key-vault passphrase. Enter that passphrase, or import without keys.");
        }
        List<IncomingProvider> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Json e = list.at(i);
            String label = "Entry " + (i + 1);
            ProviderConfig p = ProviderConfig.fromJson(e);
            p.name = TextChecks.trim(p.name);
            p.apiKey = keysRead ? key(e.get("apiKey").str(""), wrapped, unwrapper, label) : "";
            out.add(new IncomingProvider(p, label, keysRead, true));
        }
        return new ImportFile(out, keysRead);
    }

    /** JsonException ends its message with " at character N"; people get line and column instead. */
    private static String withoutOffset(String message) {
        int at = message.lastIndexOf(" at character ");
        return at > 0 ? message.substring(0, at) : message;
    }

    private static void checkVersion(Json v) throws ImportRejected {
        Double n = v.isNumber() ? v.num() : null;
        if (n == null || n != Math.floor(n) || n < 1) {
            throw malformed("The file has no valid “" + ExportFormat.F_VERSION + "” (a whole number such as "
                + ExportFormat.VERSION + ").");
        }
        if (n > ExportFormat.VERSION) {
            throw new ImportRejected(ImportRejected.Reason.NEWER_VERSION, "This file was made by a newer ModelDeck "
                + "(format version " + (long) (double) n + "); this build reads version " + ExportFormat.VERSION
                + ". Update ModelDeck and import it again.");
        }
    }

    private static String key(String stored, boolean wrapped, KeyUnwrapper unwrapper, String label) throws ImportRejected {
        if (!wrapped || stored.isEmpty()) {
            return stored;
        }
        String plain = unwrapper.unwrap(stored);
        if (plain == null) {
            throw new ImportRejected(ImportRejected.Reason.PASSPHRASE_WRONG, "The passphrase does not unlock the key of "
                + label + ". Check the passphrase and try again.");
        }
        if (TextChecks.hasLineBreak(plain)) {
            throw new ImportRejected(ImportRejected.Reason.HOSTILE_ENTRY, label
                + ": the API key contains a line break, which would break the request headers.");
        }
        return plain;
    }

    private static ImportRejected malformed(String m) { return new ImportRejected(ImportRejected.Reason.MALFORMED, m); }
}
