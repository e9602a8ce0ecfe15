package dev.modeldeck.core.provider;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Checks a provider before it is saved and says, per form field, what is wrong and how to fix it. */
public final class ProviderValidation {
    public static final String NAME = "name";
    public static final String BASE_URL = "baseUrl";
    public static final String API_KEY = "apiKey";
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
        checkKey(p, out);
        checkHeaderName(p, out);
        checkExtraHeaders(p, out);
        checkExtraQuery(p, out);
        checkPlainHeader(ORGANIZATION, "organization ID", p.organization, out);
        checkPlainHeader(PROJECT, "project ID", p.project, out);
        checkPlainHeader(APP_REFERER, "site URL", p.appReferer, out);
        checkPlainHeader(APP_TITLE, "app title", p.appTitle, out);
        return new ValidationResult(out, normalized);
    }

    private static void checkName(ProviderConfig p, Collection<ProviderConfig> others, List<FieldMessage> out) {
        String name = p.name == null ? "" : p.name.trim();
        if (name.isEmpty()) {
            out.add(error(NAME, "Give the provider a name, for example “" + Presets.byId(p.presetId).displayName() + "”."));
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
            out.add(new FieldMessage(NAME, Severity.ERROR, "Another provider is already called “" + name
                + "”. Choose a different name.", ProviderIds.uniqueName(name, taken)));
        }
    }

    private static String checkBaseUrl(ProviderConfig p, List<FieldMessage> out) {
        BaseUrlCheck.Result r = BaseUrlCheck.check(p.baseUrl);
        for (UrlProblem problem : r.problems()) {
            out.add(new FieldMessage(BASE_URL, problem.severity(), problem.message(), problem.fixUrl()));
        }
        return r.normalized();
    }

    private static void checkKey(ProviderConfig p, List<FieldMessage> out) {
        String raw = p.apiKey == null ? "" : p.apiKey;
        String key = BaseUrlCheck.trim(raw);
        Preset preset = Presets.byId(p.presetId);
        if (key.isEmpty()) {
            if (p.authStyle != AuthStyle.NONE && preset.keyRequired()) {
                out.add(error(API_KEY, preset.displayName() + " needs an API key. " + preset.note()));
            }
            return;
        }
        if (p.authStyle == AuthStyle.NONE) {
            out.add(new FieldMessage(API_KEY, Severity.WARNING,
                "Authentication is set to None, so this key is stored but never sent.", null));
        }
        if (!key.equals(raw)) {
            out.add(new FieldMessage(API_KEY, Severity.INFO, "Spaces around the key are ignored.", null));
        }
        boolean inner = false;
        for (int i = 0; i < key.length(); i++) {
            inner |= BaseUrlCheck.isSpace(key.charAt(i)) || key.charAt(i) < 0x20;
        }
        if (inner) {
            out.add(error(API_KEY, "The key contains a space or line break. Copy it again as one piece."));
        } else if (HeaderRules.hasNonLatin1(key)) {
            out.add(error(API_KEY, "The key contains characters that can't be sent (often a curly quote or "
                + "dash from copy-paste). Copy it again from the provider's site."));
        }
    }

    private static void checkHeaderName(ProviderConfig p, List<FieldMessage> out) {
        if (p.authStyle != AuthStyle.CUSTOM_HEADER) {
            return;
        }
        String name = p.headerName == null ? "" : p.headerName.trim();
        if (name.isEmpty()) {
            out.add(error(HEADER_NAME, "Enter the name of the header that carries the key (Azure uses api-key)."));
        } else if (!HeaderRules.isToken(name)) {
            out.add(error(HEADER_NAME, "“" + name + "” is not a valid header name: use letters, digits and - _ . only, no spaces or colons."));
        } else if (HeaderRules.isForbidden(name)) {
            out.add(error(HEADER_NAME, "Browsers don't let extensions set the " + name + " header. Use another header."));
        } else if (name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Accept")) {
            out.add(error(HEADER_NAME, "ModelDeck sets " + name + " itself; the key can't go there."));
        }
    }

    private static void checkExtraHeaders(ProviderConfig p, List<FieldMessage> out) {
        String auth = EndpointResolver.authHeaderName(p);
        List<String> seen = new ArrayList<>();
        for (NameValue h : p.extraHeaders) {
            String name = h.name() == null ? "" : h.name().trim();
            if (name.isEmpty()) {
                out.add(error(EXTRA_HEADERS, "One extra header has no name. Enter a name or remove the row."));
                continue;
            }
            if (!HeaderRules.isToken(name)) {
                out.add(error(EXTRA_HEADERS, "“" + name + "” is not a valid header name: use letters, digits and - _ . only, no spaces or colons."));
                continue;
            }
            if (HeaderRules.isForbidden(name)) {
                out.add(error(EXTRA_HEADERS, "Browsers don't let extensions set the " + name + " header. Remove it."));
            } else if (name.equalsIgnoreCase(auth)) {
                out.add(error(EXTRA_HEADERS, name + " is already sent by the authentication setting. Remove it here, "
                    + "or set authentication to None if you want to write it yourself."));
            } else if (name.equalsIgnoreCase("Content-Type")) {
                out.add(error(EXTRA_HEADERS, "ModelDeck sets Content-Type itself. Remove it here."));
            }
            if (containsIgnoreCase(seen, name)) {
                out.add(new FieldMessage(EXTRA_HEADERS, Severity.WARNING,
                    name + " is listed twice; only the last value is sent.", null));
            }
            seen.add(name);
            if (HeaderRules.hasLineBreak(h.value())) {
                out.add(error(EXTRA_HEADERS, "The value of " + name + " contains a line break. Remove it."));
            } else if (HeaderRules.hasNonLatin1(h.value())) {
                out.add(error(EXTRA_HEADERS, "The value of " + name + " contains characters a header can't carry "
                    + "(often a curly quote from copy-paste)."));
            }
        }
    }

    private static void checkExtraQuery(ProviderConfig p, List<FieldMessage> out) {
        for (NameValue q : p.extraQuery) {
            String name = q.name() == null ? "" : q.name().trim();
            if (name.isEmpty()) {
                out.add(error(EXTRA_QUERY, "One query parameter has no name. Enter a name or remove the row."));
            } else if (HeaderRules.hasLineBreak(q.value()) || HeaderRules.hasLineBreak(name)) {
                out.add(error(EXTRA_QUERY, "The query parameter " + name + " contains a line break. Remove it."));
            }
        }
    }

    private static void checkPlainHeader(String field, String label, String value, List<FieldMessage> out) {
        if (HeaderRules.hasLineBreak(value)) {
            out.add(error(field, "The " + label + " contains a line break. Remove it."));
        } else if (HeaderRules.hasNonLatin1(value)) {
            out.add(error(field, "The " + label + " contains characters a header can't carry (often a curly quote)."));
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
