package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.EndpointResolver;
import dev.modeldeck.core.provider.Preset;
import dev.modeldeck.core.provider.Presets;
import dev.modeldeck.core.provider.ProviderConfig;
import java.util.List;

/** Explains a refused key (401, or a 403 about credentials) and names the most likely cause. */
final class AuthAdvice {
    private AuthAdvice() { }

    /** @param e the classified error of the refusing response */
    static Finding explain(ProviderConfig p, NetException e, List<String> secrets) {
        String said = Scrub.quote(e.providerMessage(), secrets, 200);
        String tail = Texts.tail(said);
        String summary = keySent(p) ? I18n.t("diag_auth_refused_key", Texts.code(e.status()), tail)
            : I18n.t("diag_auth_refused_request", Texts.code(e.status()), tail);
        String details = e.requestId() == null ? null : I18n.t("diag_request_id", Scrub.foreign(e.requestId(), secrets));
        return Finding.failed(summary, fix(p)).withDetails(details);
    }

    static String fix(ProviderConfig p) {
        String host = Texts.host(p.baseUrl);
        if (KeyOwners.isAzure(host) && p.authStyle == AuthStyle.BEARER) {
            return I18n.t("diag_auth_fix_azure");
        }
        if (!keySent(p)) {
            return EndpointResolver.isLocal(p) ? I18n.t("diag_auth_fix_no_key_local")
                : I18n.t("diag_auth_fix_no_key");
        }
        KeyOwners.Mismatch m = KeyOwners.check(p);
        if (m != null) {
            return I18n.t("diag_auth_fix_mismatch", Texts.capital(m.describe()), m.fix());
        }
        if (p.authStyle == AuthStyle.CUSTOM_HEADER && !KeyOwners.isAzure(host)) {
            return I18n.t("diag_auth_fix_custom_header", p.headerName.trim());
        }
        Preset preset = Presets.byId(p.presetId);
        return preset == Presets.CUSTOM || preset.local() ? I18n.t("diag_auth_fix_check_key", host)
            : I18n.t("diag_auth_fix_check_key_note", host, preset.note());
    }

    static boolean keySent(ProviderConfig p) {
        return p.authStyle != AuthStyle.NONE && p.apiKey != null && !p.apiKey.trim().isEmpty();
    }
}
