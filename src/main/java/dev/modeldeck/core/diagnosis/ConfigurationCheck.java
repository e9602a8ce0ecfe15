package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.FieldMessage;
import dev.modeldeck.core.provider.Preset;
import dev.modeldeck.core.provider.Presets;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderValidation;
import dev.modeldeck.core.provider.Severity;
import dev.modeldeck.core.provider.UrlProblem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Step 1: is the URL usable and the authentication complete, before anything goes on the network. */
final class ConfigurationCheck {
    private ConfigurationCheck() { }

    static Finding check(ProviderConfig p) {
        BaseUrlCheck.Result url = BaseUrlCheck.check(p.baseUrl);
        if (!url.canSave()) {
            UrlProblem e = firstError(url);
            return Finding.failed("the base URL can't be used: " + e.message(), e.fixUrl() != null
                ? "Change the base URL to " + e.fixUrl() + "."
                : "Correct the base URL in the provider's settings.");
        }
        Preset preset = Presets.byId(p.presetId);
        String key = p.apiKey == null ? "" : p.apiKey.trim();
        if (p.authStyle != AuthStyle.NONE && key.isEmpty() && preset.keyRequired()) {
            return Finding.failed("no API key: " + preset.displayName() + " needs one.",
                "Add your key in the provider's settings (API key). " + preset.note());
        }
        if (p.authStyle == AuthStyle.CUSTOM_HEADER && Texts.blank(p.headerName)) {
            return Finding.failed("the key is set to go in a custom header, but the header has no name.",
                "Enter the header name (Azure uses api-key), or choose Bearer token under Authentication.");
        }
        for (FieldMessage m : ProviderValidation.validate(p, Collections.<ProviderConfig>emptyList()).messages()) {
            if (m.severity() == Severity.ERROR && !m.field().equals(ProviderValidation.NAME)
                    && !m.field().equals(ProviderValidation.BASE_URL)) {
                return Finding.failed("a setting can't be used (" + fieldLabel(m.field()) + ").", m.message());
            }
        }

        List<String> summaries = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean keySent = p.authStyle != AuthStyle.NONE && !key.isEmpty();
        for (UrlProblem u : url.problems()) {
            if (u.code() == UrlProblem.Code.MISSING_VERSION_PATH) {
                summaries.add(clause(u.message()));
                fixes.add("If requests fail, change the base URL to " + u.fixUrl() + ".");
            } else if (u.code() == UrlProblem.Code.INSECURE_HTTP && keySent) {
                summaries.add("the key goes over unencrypted http:// to a server outside your network");
                fixes.add(u.fixUrl() != null ? "Use " + u.fixUrl() + " if the server supports https." : "Use https://.");
            } else if (u.severity() == Severity.INFO || u.severity() == Severity.WARNING) {
                notes.add(u.message());
            }
        }
        KeyOwners.Mismatch mismatch = keySent ? KeyOwners.check(p) : null;
        if (mismatch != null) {
            summaries.add(mismatch.describe());
            fixes.add(mismatch.fix());
        }
        if (p.authStyle == AuthStyle.NONE && !key.isEmpty()) {
            summaries.add("a key is stored, but Authentication is None, so it is never sent");
            fixes.add("Choose Bearer token under Authentication if the server needs the key.");
        }
        String base = "base URL " + url.normalized() + "; " + authText(p, keySent) + ".";
        String details = notes.isEmpty() ? null : join(notes, " ");
        if (summaries.isEmpty()) {
            return Finding.ok(base).withDetails(details);
        }
        return new Finding(StepStatus.WARNING, join(summaries, "; ") + ".", join(fixes, " "),
            base + (details == null ? "" : " " + details));
    }

    private static String authText(ProviderConfig p, boolean keySent) {
        if (!keySent) {
            return "no key is sent";
        }
        return p.authStyle == AuthStyle.BEARER ? "the key is sent as a Bearer token"
            : "the key is sent in the " + p.headerName.trim() + " header";
    }

    private static UrlProblem firstError(BaseUrlCheck.Result r) {
        for (UrlProblem u : r.problems()) {
            if (u.severity() == Severity.ERROR) {
                return u;
            }
        }
        return r.problems().get(0);
    }

    private static String fieldLabel(String field) {
        switch (field) {
            case ProviderValidation.API_KEY: return "API key";
            case ProviderValidation.HEADER_NAME: return "Header name";
            case ProviderValidation.EXTRA_HEADERS: return "extra headers";
            case ProviderValidation.EXTRA_QUERY: return "extra query parameters";
            default: return field;
        }
    }

    /** A sentence without its final full stop, to be joined with others. */
    static String clause(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static String join(List<String> parts, String sep) {
        StringBuilder sb = new StringBuilder();
        for (String s : parts) {
            if (sb.length() > 0) {
                sb.append(sep);
            }
            sb.append(s);
        }
        return sb.toString();
    }
}
