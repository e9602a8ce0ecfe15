package dev.modeldeck.security;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the extension's manifest may ask for: optional origins only, a strict CSP, four permissions (unlimitedStorage: conversation history in IndexedDB). */
final class ManifestRules {
    static final Set<String> ALLOWED_PERMISSIONS = Set.of("storage", "unlimitedStorage", "sidePanel", "declarativeNetRequest");
    static final Set<String> OPTIONAL_ORIGINS = Set.of("http://*/*", "https://*/*");

    private ManifestRules() { }

    /** One line per rule the manifest breaks; empty when it keeps them all. */
    static List<String> problems(JsonNode m) {
        List<String> out = new ArrayList<>();
        if (m.has("host_permissions")) {
            out.add("host_permissions must not be declared (origins are asked for at run time): " + m.get("host_permissions"));
        }
        Set<String> optional = strings(m.get("optional_host_permissions"));
        if (!optional.equals(OPTIONAL_ORIGINS) || m.path("optional_host_permissions").size() != OPTIONAL_ORIGINS.size()) {
            out.add("optional_host_permissions must be exactly " + OPTIONAL_ORIGINS + ": " + m.get("optional_host_permissions"));
        }
        Set<String> permissions = strings(m.get("permissions"));
        Set<String> extra = new HashSet<>(permissions);
        extra.removeAll(ALLOWED_PERMISSIONS);
        if (!extra.isEmpty()) {
            out.add("permissions beyond " + ALLOWED_PERMISSIONS + ": " + extra);
        }
        String csp = m.path("content_security_policy").path("extension_pages").asText("");
        if (!csp.contains("script-src 'self'")) {
            out.add("CSP lacks script-src 'self': " + csp);
        }
        if (!csp.contains("object-src 'none'")) {
            out.add("CSP lacks object-src 'none': " + csp);
        }
        List<String> scriptSources = directive(csp, "script-src");
        if (!scriptSources.equals(List.of("'self'"))) {
            out.add("script-src must allow only 'self' (no unsafe-eval, unsafe-inline or hosts): " + scriptSources);
        }
        return out;
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        if (array != null && array.isArray()) {
            for (JsonNode n : array) {
                out.add(n.asText());
            }
        }
        return out;
    }

    /** The source list of one CSP directive, or an empty list when it is absent. */
    static List<String> directive(String csp, String name) {
        for (String part : csp.split(";")) {
            List<String> tokens = new ArrayList<>(Arrays.asList(part.trim().split("\\s+")));
            if (!tokens.isEmpty() && tokens.get(0).equalsIgnoreCase(name)) {
                return tokens.subList(1, tokens.size());
            }
        }
        return List.of();
    }
}
