package dev.modeldeck.core.provider;

import dev.modeldeck.core.i18n.I18n;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Checks a provider before it is saved and says, per form field, what is wrong and how to fix it. */
public final class ProviderValidation {
    public static final String NAME = "name";
    public static final String BASE_URL = "baseUrl";
    public static final String API_KEY = "apiKey";
    public static final String AUTH = "auth";
    public static final String HEADER_NAME = "headerName";
    public static final String EXTRA_HEADERS = "extraHeaders";
    public static final String EXTRA_QUERY = "extraQuery";
    public static final String ORGANIZATION = "organization";
    public static final String PROJECT = "project";
    public static final String APP_REFERER = "appReferer";
    public static final String APP_TITLE = "appTitle";

    private ProviderValidation() { }

    /**
     * @param others every saved provider; the one with {@code p}'s id is skipped, so passing the
     *               full list while editing is fine
     */
    public static ValidationResult validate(ProviderConfig p, Collection<ProviderConfig> others) {
        List<FieldMessage> out = new ArrayList<>();
        checkName(p, others, out);
        String normalized = checkBaseUrl(p, out);
        checkAuth(p, out);
        checkKey(p, out);
        checkHeaderName(p, out);
        checkExtraHeaders(p, out);
        checkExtraQuery(p, out);
        checkPlainHeader(ORGANIZATION, p.organization, out);
        checkPlainHeader(PROJECT, p.project, out);
        checkPlainHeader(APP_REFERER, p.appReferer, out);
        checkPlainHeader(APP_TITLE, p.appTitle, out);
        return new ValidationResult(out, normalized);
    }

    private static void checkName(ProviderConfig p, Collection<ProviderConfig> others, List<FieldMessage> out) {
        String name = p.name == null ? "" : p.name.trim();
        if (name.isEmpty()) {
            out.add(error(NAME, I18n.t("prov_val_name_empty", Presets.byId(p.presetId).displayName())));
            return;
        }
        List<String> taken = new ArrayList<>();
        boolean clash = false;
        for (ProviderConfig o : others) {
            if (o == p || (o.id != null && o.id.equals(p.id)) || o.name == null) {
                continue;
            }
            taken.add(o.name);
            clash |= o.name.trim().equalsIgnoreCase(name);
        }
        if (clash) {
            out.add(new FieldMessage(NAME, Severity.ERROR, I18n.t("prov_val_name_taken", name),
                ProviderIds.uniqueName(name, taken)));
        }
    }

    private static String checkBaseUrl(ProviderConfig p, List<FieldMessage> out) {
        BaseUrlCheck.Result r = BaseUrlCheck.check(p.baseUrl);
        for (UrlProblem problem : r.problems()) {
            out.add(new FieldMessage(BASE_URL, problem.severity(), problem.message(), problem.fixUrl()));
        }
        return r.normalized();
    }

    private static void checkAuth(ProviderConfig p, List<FieldMessage> out) {
        if (p.unknownAuth != null) {
            out.add(error(AUTH, I18n.t("prov_val_auth_unknown", p.unknownAuth)));
        }
    }

    private static void checkKey(ProviderConfig p, List<FieldMessage> out) {
        String raw = p.apiKey == null ? "" : p.apiKey;
        String key = PastedText.trim(raw);
        Preset preset = Presets.byId(p.presetId);
        if (key.isEmpty()) {
            if (p.authStyle != AuthStyle.NONE && preset.keyRequired()) {
                out.add(error(API_KEY, I18n.t("prov_val_key_required", preset.displayName(), preset.note())));
            }
            return;
        }
        if (p.authStyle == AuthStyle.NONE) {
            out.add(new FieldMessage(API_KEY, Severity.WARNING,
                I18n.t("prov_val_key_unused"), null));
        }
        if (!key.equals(raw)) {
            out.add(new FieldMessage(API_KEY, Severity.INFO, I18n.t("prov_val_key_trimmed"), null));
        }
        boolean inner = false;
        for (int i = 0; i < key.length(); i++) {
            inner |= PastedText.isSpace(key.charAt(i)) || key.charAt(i) < 0x20;
        }
        if (inner) {
            out.add(error(API_KEY, I18n.t("prov_val_key_space_inside")));
        } else if (HeaderRules.hasNonLatin1(key)) {
            out.add(error(API_KEY, I18n.t("prov_val_key_non_latin1")));
        }
    }

    private static void checkHeaderName(ProviderConfig p, List<FieldMessage> out) {
        if (p.authStyle != AuthStyle.CUSTOM_HEADER) {
            return;
        }
        String name = p.headerName == null ? "" : p.headerName.trim();
        if (name.isEmpty()) {
            out.add(error(HEADER_NAME, I18n.t("prov_val_header_name_empty")));
        } else if (!HeaderRules.isToken(name)) {
            out.add(error(HEADER_NAME, I18n.t("prov_val_header_name_invalid", name)));
        } else if (HeaderRules.isForbidden(name)) {
            out.add(error(HEADER_NAME, I18n.t("prov_val_header_name_forbidden", name)));
        } else if (name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Accept")) {
            out.add(error(HEADER_NAME, I18n.t("prov_val_header_name_reserved", name)));
        }
    }

    private static void checkExtraHeaders(ProviderConfig p, List<FieldMessage> out) {
        String auth = EndpointResolver.authHeaderName(p);
        List<String> seen = new ArrayList<>();
        for (NameValue h : p.extraHeaders) {
            String name = h.name() == null ? "" : h.name().trim();
            if (name.isEmpty()) {
                out.add(error(EXTRA_HEADERS, I18n.t("prov_val_extra_header_no_name")));
                continue;
            }
            if (!HeaderRules.isToken(name)) {
                out.add(error(EXTRA_HEADERS, I18n.t("prov_val_header_name_invalid", name)));
                continue;
            }
            if (HeaderRules.isForbidden(name)) {
                out.add(error(EXTRA_HEADERS, I18n.t("prov_val_extra_header_forbidden", name)));
            } else if (name.equalsIgnoreCase(auth)) {
                out.add(error(EXTRA_HEADERS, I18n.t("prov_val_extra_header_is_auth", name)));
            } else if (name.equalsIgnoreCase("Content-Type")) {
                out.add(error(EXTRA_HEADERS, I18n.t("prov_val_extra_header_content_type")));
            }
            if (containsIgnoreCase(seen, name)) {
                out.add(new FieldMessage(EXTRA_HEADERS, Severity.WARNING,
                    I18n.t("prov_val_extra_header_twice", name), null));
            }
            seen.add(name);
            // The vault's placeholder is never sent: with the vault locked the request is refused first.
            boolean placeholder = ProviderSecrets.IN_VAULT.equals(h.value());
            if (HeaderRules.hasLineBreak(h.value())) {
                out.add(error(EXTRA_HEADERS, I18n.t("prov_val_extra_header_line_break", name)));
            } else if (HeaderRules.hasNonLatin1(h.value()) && !placeholder) {
                out.add(error(EXTRA_HEADERS, I18n.t("prov_val_extra_header_non_latin1", name)));
            }
        }
    }

    private static void checkExtraQuery(ProviderConfig p, List<FieldMessage> out) {
        for (NameValue q : p.extraQuery) {
            String name = q.name() == null ? "" : q.name().trim();
            if (name.isEmpty()) {
                out.add(error(EXTRA_QUERY, I18n.t("prov_val_query_no_name")));
            } else if (HeaderRules.hasLineBreak(q.value()) || HeaderRules.hasLineBreak(name)) {
                out.add(error(EXTRA_QUERY, I18n.t("prov_val_query_line_break", name)));
            }
        }
    }

    private static void checkPlainHeader(String field, String value, List<FieldMessage> out) {
        if (HeaderRules.hasLineBreak(value)) {
            out.add(error(field, lineBreakIn(field)));
        } else if (HeaderRules.hasNonLatin1(value)) {
            out.add(error(field, nonLatin1In(field)));
        }
    }

    /** Whole sentences per field, so each language can inflect the field's name. */
    private static String lineBreakIn(String field) {
        switch (field) {
            case ORGANIZATION: return I18n.t("prov_val_organization_line_break");
            case PROJECT: return I18n.t("prov_val_project_line_break");
            case APP_REFERER: return I18n.t("prov_val_app_referer_line_break");
            default: return I18n.t("prov_val_app_title_line_break");
        }
    }

    private static String nonLatin1In(String field) {
        switch (field) {
            case ORGANIZATION: return I18n.t("prov_val_organization_non_latin1");
            case PROJECT: return I18n.t("prov_val_project_non_latin1");
            case APP_REFERER: return I18n.t("prov_val_app_referer_non_latin1");
            default: return I18n.t("prov_val_app_title_non_latin1");
        }
    }

    private static boolean containsIgnoreCase(List<String> list, String s) {
        for (String x : list) {
            if (x.equalsIgnoreCase(s)) {
                return true;
            }
        }
        return false;
    }

    private static FieldMessage error(String field, String message) {
        return new FieldMessage(field, Severity.ERROR, message, null);
    }
}
