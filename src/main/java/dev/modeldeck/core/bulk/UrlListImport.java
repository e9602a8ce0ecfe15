package dev.modeldeck.core.bulk;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.PastedText;
import dev.modeldeck.core.provider.Preset;
import dev.modeldeck.core.provider.Presets;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderIds;
import dev.modeldeck.core.provider.UrlProblem;
import dev.modeldeck.core.store.Settings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reads a plain list of base URLs, one per line, into new providers: preset guessed from the host,
 * name from the preset (or the host) made unique, URL normalized. Blank lines and lines starting with
 * "#" are ignored, and so is " # comment" after a URL. A bad line is reported with its number and the
 * rest still imports: a line carries nothing but a URL, so it can't smuggle anything else in.
 */
public final class UrlListImport {
    private UrlListImport() { }

    /** Providers read and lines refused, in input order. */
    public static final class Result {
        private final List<IncomingProvider> providers;
        private final List<InvalidLine> invalidLines;

        Result(List<IncomingProvider> providers, List<InvalidLine> invalidLines) {
            this.providers = Collections.unmodifiableList(providers);
            this.invalidLines = Collections.unmodifiableList(invalidLines);
        }

        public List<IncomingProvider> providers() { return providers; }
        public List<InvalidLine> invalidLines() { return invalidLines; }
    }

    /** @param current the saved settings, whose names the new names must not repeat */
    public static Result read(String text, Settings current) throws ImportRejected {
        String src = text == null ? "" : text;
        ImportPlanner.checkSize(src.length());
        List<String> lines = lines(src);
        int urls = 0;
        for (String line : lines) {
            urls += content(line).isEmpty() ? 0 : 1;
        }
        if (urls > ExportFormat.MAX_PROVIDERS) {
            throw new ImportRejected(ImportRejected.Reason.TOO_MANY_PROVIDERS, I18n.t("bulk_too_many_in_list",
                I18n.format().integer(urls), I18n.format().integer(ExportFormat.MAX_PROVIDERS)));
        }
        List<String> taken = new ArrayList<>();
        for (ProviderConfig p : current.providers) {
            taken.add(p.name);
        }
        List<IncomingProvider> providers = new ArrayList<>();
        List<InvalidLine> invalid = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String url = content(lines.get(i));
            if (url.isEmpty()) {
                continue;
            }
            if (url.length() > ExportFormat.MAX_URL_LENGTH) {
                invalid.add(new InvalidLine(i + 1, url.substring(0, 199) + "…", I18n.t("bulk_url_too_long",
                    I18n.format().integer(url.length()), I18n.format().integer(ExportFormat.MAX_URL_LENGTH)), null));
                continue;
            }
            BaseUrlCheck.Result r = BaseUrlCheck.check(url);
            if (!r.canSave()) {
                invalid.add(invalidLine(i + 1, url, r));
                continue;
            }
            String normalized = r.normalized();
            Preset preset = Presets.guessFromUrl(normalized);
            ProviderConfig p = new ProviderConfig(null, null, normalized);
            preset.applyTo(p);
            p.baseUrl = normalized; // applyTo writes the preset's default URL
            p.name = ProviderIds.uniqueName(DefaultName.forProvider(p.presetId, normalized), taken);
            taken.add(p.name);
            providers.add(new IncomingProvider(p, I18n.t("bulk_line_label", I18n.format().integer(i + 1)), false, false));
        }
        return new Result(providers, invalid);
    }

    private static InvalidLine invalidLine(int number, String url, BaseUrlCheck.Result r) {
        UrlProblem creds = r.find(UrlProblem.Code.CREDENTIALS);
        String shown = creds != null ? I18n.t("bulk_url_hidden_credentials") : url;
        if (shown.length() > 200) {
            shown = shown.substring(0, 199) + "…";
        }
        String suggestion = null;
        for (UrlProblem p : r.problems()) {
            if (p.fixUrl() != null && suggestion == null) {
                suggestion = p.fixUrl();
            }
        }
        return new InvalidLine(number, shown, r.firstError(), suggestion);
    }

    /** The URL on a line: trimmed, with a whole-line "#" comment or a " # comment" tail removed. */
    static String content(String line) {
        String t = PastedText.trim(line);
        if (t.startsWith("#")) {
            return "";
        }
        for (int i = 1; i < t.length(); i++) {
            if (t.charAt(i) == '#' && PastedText.isSpace(t.charAt(i - 1))) {
                return PastedText.trim(t.substring(0, i));
            }
        }
        return t;
    }

    /** Splits on LF, CRLF or CR; a BOM at the start is dropped. */
    static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int start = s.startsWith("\ufeff") ? 1 : 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(s.substring(start, i));
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }
}
