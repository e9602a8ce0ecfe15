package dev.modeldeck.core.diagnosis;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.ProviderConfig;

/**
 * Explains why a server answers GET but refuses POST from the extension. Chromium sends no Origin
 * header on a GET when the host permission is granted, but does on a POST; servers such as Ollama
 * answer that Origin with a bare 403.
 */
final class OriginAdvice {
    /** The request a server refused, named in the summary. */
    enum Request { MODELS_GET, TEST_POST, CHAT_POST }

    private OriginAdvice() { }

    /** The label of the provider form's checkbox, quoted in fixes. */
    static String stripOriginSetting() {
        return I18n.t("diag_strip_origin_setting");
    }

    /** A 403 with an empty body. */
    static Finding refused(ProviderConfig p, Request request, boolean ruleActive, boolean permissionMissing) {
        String summary;
        switch (request) {
            case MODELS_GET: summary = I18n.t("diag_origin_refused_models_get"); break;
            case TEST_POST: summary = I18n.t("diag_origin_refused_test_post"); break;
            default: summary = I18n.t("diag_origin_refused_chat_post"); break;
        }
        String setting = stripOriginSetting();
        String fix;
        if (p.stripOrigin && ruleActive) {
            fix = I18n.t("diag_origin_rule_active_fix", setting, serverSideFix(p));
        } else if (p.stripOrigin) {
            fix = permissionMissing ? I18n.t("diag_origin_rule_missing_grant_fix", setting, serverSideFixInSentence(p))
                : I18n.t("diag_origin_rule_missing_save_fix", setting, serverSideFixInSentence(p));
        } else {
            fix = permissionMissing ? I18n.t("diag_origin_turn_on_grant_fix", setting, serverSideFixInSentence(p))
                : I18n.t("diag_origin_turn_on_fix", setting, serverSideFixInSentence(p));
        }
        return Finding.failed(summary, fix);
    }

    /** The GET got an answer but the POST got none. */
    static Finding postBlocked(ProviderConfig p, boolean permissionMissing) {
        if (permissionMissing) {
            return Finding.failed(I18n.t("diag_origin_post_cors"),
                I18n.t("diag_origin_post_cors_fix", serverSideFixInSentence(p)));
        }
        return Finding.failed(I18n.t("diag_origin_post_dropped"), I18n.t("diag_origin_post_dropped_fix"));
    }

    /** What to change on the server itself, as a sentence of its own. */
    static String serverSideFix(ProviderConfig p) {
        return isOllama(p) ? I18n.t("diag_origin_server_fix_ollama", I18n.extensionScheme()) : I18n.t("diag_origin_server_fix", I18n.extensionScheme());
    }

    /** The same instruction continuing a sentence ("…, or start Ollama with …"), worded by the catalog. */
    private static String serverSideFixInSentence(ProviderConfig p) {
        return isOllama(p) ? I18n.t("diag_origin_server_fix_ollama_continued", I18n.extensionScheme()) : I18n.t("diag_origin_server_fix_continued", I18n.extensionScheme());
    }

    private static boolean isOllama(ProviderConfig p) {
        return "ollama".equals(LocalServers.presetOf(p).id());
    }
}
