package dev.modeldeck.core.provider;

import dev.modeldeck.core.i18n.I18n;
import java.util.ArrayList;
import java.util.List;

/**
 * A key sent over plain http:// to a host outside the user's computer and network can be read by
 * anyone on the way, so saving such a provider needs an explicit "yes, send it anyway"
 * ({@link ProviderConfig#allowInsecureKey}). Local servers (Ollama, LM Studio, a LAN box) are exempt.
 */
public final class InsecureKeyRule {
    private InsecureKeyRule() { }

    /** The form's checkbox label; the refusal message quotes it. */
    public static String confirmation() {
        return I18n.t("prov_insecure_key_confirm");
    }

    /** True when the provider would send a key over http:// to a non-local host. */
    public static boolean needsConfirmation(ProviderConfig p) {
        if (p == null || p.authStyle == AuthStyle.NONE || PastedText.trim(p.apiKey == null ? "" : p.apiKey).isEmpty()) {
            return false;
        }
        UrlParts u = UrlParts.parse(PastedText.trim(p.baseUrl == null ? "" : p.baseUrl));
        return u != null && u.scheme().equals("http") && !u.host().isEmpty() && !LocalNetwork.isLocal(u.host());
    }

    /** The refusal for the Base URL field, or null when the provider may be saved as it is. */
    public static FieldMessage refusal(ProviderConfig p) {
        if (!blocksKey(p)) {
            return null;
        }
        return new FieldMessage(ProviderValidation.BASE_URL, Severity.ERROR,
            I18n.t("prov_insecure_key_refusal", confirmation()), null);
    }

    /**
     * True when the key must not be sent as things stand: the rule applies and the user never confirmed.
     * Stored settings can get there without the form (edited storage, an older build), so requests check too.
     */
    public static boolean blocksKey(ProviderConfig p) {
        return needsConfirmation(p) && !p.allowInsecureKey;
    }

    /** {@code result} plus the refusal (when there is one), so the form shows it next to the Base URL field. */
    public static ValidationResult apply(ProviderConfig p, ValidationResult result) {
        FieldMessage refusal = refusal(p);
        if (refusal == null) {
            return result;
        }
        List<FieldMessage> all = new ArrayList<>();
        all.add(refusal);
        all.addAll(result.messages());
        return new ValidationResult(all, result.normalizedBaseUrl());
    }
}
