package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.FieldMessage;
import dev.modeldeck.core.provider.Preset;
import dev.modeldeck.core.provider.InsecureKeyRule;
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
            return Finding.failed(I18n.t("diag_config_bad_url", e.message()), e.fixUrl() != null
                ? I18n.t("diag_config_bad_url_fix_to", e.fixUrl())
                : I18n.t("diag_config_bad_url_fix"));
        }
        Preset preset = Presets.byId(p.presetId);
        String key = p.apiKey == null ? "" : p.apiKey.trim();
        if (p.authStyle != AuthStyle.NONE && key.isEmpty() && preset.keyRequired()) {
            return Finding.failed(I18n.t("diag_config_no_key", preset.displayName()),
                I18n.t("diag_config_no_key_fix", preset.note()));
        }
        if (p.authStyle == AuthStyle.CUSTOM_HEADER && Texts.blank(p.headerName)) {
            return Finding.failed(I18n.t("diag_config_no_header_name"), I18n.t("diag_config_no_header_name_fix"));
        }
        for (FieldMessage m : ProviderValidation.validate(p, Collections.<ProviderConfig>emptyList()).messages()) {
            if (m.severity() == Severity.ERROR && !m.field().equals(ProviderValidation.NAME)
                    && !m.field().equals(ProviderValidation.BASE_URL)) {
                return Finding.failed(I18n.t("diag_config_bad_setting", fieldLabel(m.field())), m.message());
            }
        }
        if (InsecureKeyRule.blocksKey(p)) {
            // Every request would be refused before it is sent (EndpointResolver), so say it here, at step one.
            return Finding.failed(I18n.t("diag_config_insecure_blocked"),
                I18n.t("prov_insecure_key_refusal", InsecureKeyRule.confirmation()));
        }

        List<String> summaries = new ArrayList<>();
        List<String> fixes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        boolean keySent = p.authStyle != AuthStyle.NONE && !key.isEmpty();
        for (UrlProblem u : url.problems()) {
            if (u.code() == UrlProblem.Code.MISSING_VERSION_PATH) {
                summaries.add(clause(u.message()));
                fixes.add(I18n.t("diag_config_version_fix", u.fixUrl()));
            } else if (u.code() == UrlProblem.Code.INSECURE_HTTP && keySent) {
                summaries.add(I18n.t("diag_config_insecure"));
                fixes.add(u.fixUrl() != null ? I18n.t("diag_config_insecure_fix_to", u.fixUrl())
                    : I18n.t("diag_config_insecure_fix"));
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
            summaries.add(I18n.t("diag_config_key_unused"));
            fixes.add(I18n.t("diag_config_key_unused_fix"));
        }
        String base = baseText(p, keySent, url.normalized());
        String details = notes.isEmpty() ? null : String.join(" ", notes);
        if (summaries.isEmpty()) {
            return Finding.ok(base).withDetails(details);
        }
        return new Finding(StepStatus.WARNING, String.join("; ", summaries) + ".", String.join(" ", fixes),
            base + (details == null ? "" : " " + details));
    }

    /** "base URL …; how the key is sent." */
    private static String baseText(ProviderConfig p, boolean keySent, String url) {
        if (!keySent) {
            return I18n.t("diag_config_base_no_key", url);
        }
        return p.authStyle == AuthStyle.BEARER ? I18n.t("diag_config_base_bearer", url)
            : I18n.t("diag_config_base_header", url, p.headerName.trim());
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
            case ProviderValidation.API_KEY: return I18n.t("diag_field_api_key");
            case ProviderValidation.AUTH: return I18n.t("diag_field_auth");
            case ProviderValidation.HEADER_NAME: return I18n.t("diag_field_header_name");
            case ProviderValidation.EXTRA_HEADERS: return I18n.t("diag_field_extra_headers");
            case ProviderValidation.EXTRA_QUERY: return I18n.t("diag_field_extra_query");
            default: return field;
        }
    }

    /** A sentence without its final full stop, to be joined with others. */
    static String clause(String s) {
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

}
