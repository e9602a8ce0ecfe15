package dev.modeldeck.core.provider;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.security.SecretPatterns;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Validates and normalizes a base URL as users type or paste it. Harmless slips are corrected and
 * told (INFO); guesses are offered, never forced (FIX); unusable input blocks saving (ERROR).
 * Pure string work: no java.net, no regex.
 */
public final class BaseUrlCheck {
    /** Endpoints users paste by mistake; longest first so "/chat/completions" wins over "/completions". */
    private static final String[] ENDPOINTS = {"/chat/completions", "/completions", "/embeddings", "/responses", "/models"};

    private BaseUrlCheck() { }

    /** What the check found and the URL to store. */
    /** @param normalized the URL with the INFO corrections applied; what to store when {@link #canSave()} */
    public record Result(String normalized, List<UrlProblem> problems) {
        public Result {
            problems = Collections.unmodifiableList(new ArrayList<>(problems));
        }

        public boolean canSave() { return !has(Severity.ERROR); }

        public boolean has(Severity s) {
            for (UrlProblem p : problems) {
                if (p.severity() == s) {
                    return true;
                }
            }
            return false;
        }

        /** The problem with this code, or null. */
        public UrlProblem find(UrlProblem.Code code) {
            for (UrlProblem p : problems) {
                if (p.code() == code) {
                    return p;
                }
            }
            return null;
        }

        /** The first ERROR's message, or null when the URL can be saved. */
        public String firstError() {
            for (UrlProblem p : problems) {
                if (p.severity() == Severity.ERROR) {
                    return p.message();
                }
            }
            return null;
        }
    }

    public static Result check(String input) {
        List<UrlProblem> problems = new ArrayList<>();
        if (input == null || PastedText.trim(input).isEmpty()) {
            problems.add(new UrlProblem(UrlProblem.Code.EMPTY, Severity.ERROR,
                I18n.t("prov_url_empty"), null));
            return new Result("", problems);
        }
        String s = PastedText.trim(input);
        if (!s.equals(input)) {
            problems.add(new UrlProblem(UrlProblem.Code.TRIMMED, Severity.INFO,
                I18n.t("prov_url_trimmed"), null));
        }
        if (PastedText.hasSpace(s)) {
            problems.add(new UrlProblem(UrlProblem.Code.SPACE_INSIDE, Severity.ERROR,
                I18n.t("prov_url_space_inside"), null));
            return new Result(s, problems);
        }
        if (looksLikeKey(s)) {
            // Never echo it back (as a suggested URL or in a message): it is probably a secret.
            problems.add(new UrlProblem(UrlProblem.Code.LOOKS_LIKE_KEY, Severity.ERROR,
                I18n.t("prov_url_looks_like_key"), null));
            return new Result("", problems);
        }
        if (s.startsWith("//")) {
            return withoutScheme(s.substring(2), problems);
        }
        int colon = s.indexOf(':');
        String schemeWord = colon > 0 ? s.substring(0, colon) : null;
        if (schemeWord == null || !isSchemeWord(schemeWord) || startsWithDigit(s, colon + 1)) {
            return withoutScheme(s, problems); // "api.openai.com/v1" or "localhost:11434"
        }
        String scheme = schemeWord.toLowerCase();
        boolean web = scheme.equals("http") || scheme.equals("https");
        if (!web) {
            problems.add(new UrlProblem(UrlProblem.Code.UNSUPPORTED_SCHEME, Severity.ERROR,
                I18n.t("prov_url_unsupported_scheme", scheme), null));
            return new Result(s, problems);
        }
        if (!s.startsWith("://", colon)) {
            String fixed = check(scheme + "://" + stripLeadingSlashes(s.substring(colon + 1))).normalized();
            problems.add(new UrlProblem(UrlProblem.Code.MALFORMED_SCHEME, Severity.ERROR,
                I18n.t("prov_url_malformed_scheme", scheme), fixed));
            return new Result(s, problems);
        }
        return checkWeb(scheme + s.substring(colon), problems);
    }

    /** A key pasted into the URL field: no dots, slashes or colons, and a key prefix or a long mix of letters and digits. */
    static boolean looksLikeKey(String s) {
        if (s.indexOf('.') >= 0 || s.indexOf('/') >= 0 || s.indexOf(':') >= 0 || s.indexOf('[') >= 0) {
            return false;
        }
        if (SecretPatterns.hasKeyPrefix(s)) {
            return true;
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            letter |= Character.isLetter(c);
            digit |= c >= '0' && c <= '9';
        }
        return s.length() >= 24 && letter && digit;
    }

    /** A URL typed without scheme: pick the one the host most likely wants and offer it. */
    private static Result withoutScheme(String rest, List<UrlProblem> problems) {
        UrlParts guess = UrlParts.parse("http://" + rest);
        boolean local = guess != null && LocalNetwork.isLocal(guess.host());
        String scheme = local ? "http" : "https";
        Result candidate = checkWeb(scheme + "://" + rest, new ArrayList<>());
        problems.add(new UrlProblem(UrlProblem.Code.MISSING_SCHEME, Severity.ERROR, local
            ? I18n.t("prov_url_missing_scheme_local")
            : I18n.t("prov_url_missing_scheme_remote"),
            candidate.canSave() ? candidate.normalized() : null));
        problems.addAll(candidate.problems());
        return new Result(candidate.normalized(), problems);
    }

    private static Result checkWeb(String s, List<UrlProblem> problems) {
        UrlParts u = UrlParts.parse(s);
        if (u.userInfo() != null) {
            problems.add(new UrlProblem(UrlProblem.Code.CREDENTIALS, Severity.ERROR,
                I18n.t("prov_url_credentials"),
                build(u, u.path(), u.query())));
        }
        if (u.host().isEmpty()) {
            problems.add(new UrlProblem(UrlProblem.Code.EMPTY_HOST, Severity.ERROR,
                I18n.t("prov_url_empty_host", u.scheme()), null));
            return new Result(s, problems);
        }
        String placeholder = placeholder(u.host() + u.path());
        if (placeholder != null) {
            problems.add(new UrlProblem(UrlProblem.Code.PLACEHOLDER, Severity.ERROR,
                placeholder.isEmpty() ? I18n.t("prov_url_placeholder_unclosed") : I18n.t("prov_url_placeholder", placeholder),
                null));
            return new Result(build(u, u.path(), u.query()), problems);
        }
        if (u.junkAfterBracket() || !validHost(u.host())) {
            problems.add(new UrlProblem(UrlProblem.Code.BAD_HOST, Severity.ERROR,
                I18n.t("prov_url_bad_host", u.host()), null));
            return new Result(s, problems);
        }
        if (u.portText() != null && u.port() < 0) {
            problems.add(new UrlProblem(UrlProblem.Code.BAD_PORT, Severity.ERROR,
                I18n.t("prov_url_bad_port"), null));
            return new Result(s, problems);
        }
        if (u.fragment() != null) {
            problems.add(new UrlProblem(UrlProblem.Code.FRAGMENT_REMOVED, Severity.INFO,
                I18n.t("prov_url_fragment_removed"), null));
        }

        String path = stripTrailingSlashes(u.path());
        if (!path.equals(u.path())) {
            problems.add(new UrlProblem(UrlProblem.Code.TRAILING_SLASH, Severity.INFO,
                I18n.t("prov_url_trailing_slash"), null));
        }
        String lower = path.toLowerCase();
        for (String endpoint : ENDPOINTS) {
            if (lower.endsWith(endpoint)) {
                path = stripTrailingSlashes(path.substring(0, path.length() - endpoint.length()));
                problems.add(new UrlProblem(UrlProblem.Code.FULL_ENDPOINT, Severity.INFO,
                    I18n.t("prov_url_full_endpoint", endpoint), null));
                break;
            }
        }
        String query = u.query() == null || u.query().isEmpty() ? null : u.query();
        String normalized = build(u, path, query);

        VersionPathHints.Hint hint = VersionPathHints.suggest(u, path);
        if (hint != null) {
            problems.add(new UrlProblem(UrlProblem.Code.MISSING_VERSION_PATH, Severity.FIX,
                I18n.t("prov_url_version_path", hint.serverName(), hint.path()),
                build(u, hint.path(), query)));
        }
        if (u.scheme().equals("http") && !LocalNetwork.isLocal(u.host())) {
            problems.add(new UrlProblem(UrlProblem.Code.INSECURE_HTTP, Severity.WARNING,
                I18n.t("prov_url_insecure_http"),
                "https://" + u.host() + (u.port() > 0 && u.port() != 80 ? ":" + u.port() : "") + path
                    + (query == null ? "" : "?" + query)));
        }
        return new Result(normalized, problems);
    }

    /** True for hosts on this computer or a private network (loopback, RFC 1918, link-local, *.local, single-label names). */
    public static boolean isLocalHost(String host) {
        return LocalNetwork.isLocal(host);
    }

    /** {@code scheme://host[:port]} of a URL (default ports left out), or null when it can't be parsed. */
    public static String origin(String url) {
        UrlParts u = parseForOrigin(url);
        return u == null ? null : u.origin();
    }

    /**
     * The Chrome match pattern for a URL's host, {@code scheme://host/*}. No port: Chrome match
     * patterns ignore ports, so one grant covers every port of the host. Null when unparseable.
     */
    public static String permissionPattern(String url) {
        UrlParts u = parseForOrigin(url);
        return u == null ? null : u.scheme() + "://" + u.host() + "/*";
    }

    private static UrlParts parseForOrigin(String url) {
        if (url == null) {
            return null;
        }
        UrlParts u = UrlParts.parse(PastedText.trim(url));
        if (u == null || u.host().isEmpty() || !(u.scheme().equals("http") || u.scheme().equals("https"))) {
            return null;
        }
        return u;
    }

    private static String build(UrlParts u, String path, String query) {
        StringBuilder sb = new StringBuilder();
        sb.append(u.scheme()).append("://").append(u.host());
        if (u.hasNonDefaultPort()) {
            sb.append(':').append(u.port());
        }
        sb.append(path);
        if (query != null) {
            sb.append('?').append(query);
        }
        return sb.toString();
    }

    /** The "{…}" placeholder in s, "" when braces don't pair up, null when there is none. */
    private static String placeholder(String s) {
        int open = s.indexOf('{');
        int close = s.indexOf('}');
        if (open < 0 && close < 0) {
            return null;
        }
        if (open >= 0 && close > open) {
            return s.substring(open, close + 1);
        }
        return "";
    }

    private static boolean validHost(String host) {
        if (host.startsWith("[")) {
            if (!host.endsWith("]") || host.length() < 4) {
                return false;
            }
            String inner = host.substring(1, host.length() - 1);
            for (int i = 0; i < inner.length(); i++) {
                char c = inner.charAt(i);
                boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || c == ':' || c == '.';
                if (!ok) {
                    return false;
                }
            }
            return inner.indexOf(':') >= 0;
        }
        if (host.startsWith(".") || host.startsWith("-") || host.contains("..")) {
            return false;
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'
                || c > 0x7f; // international names; the browser converts them
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSchemeWord(String s) {
        char first = s.charAt(0);
        if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '+' || c == '-' || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    private static String stripLeadingSlashes(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == '/') {
            i++;
        }
        return s.substring(i);
    }

    static String stripTrailingSlashes(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }
}
