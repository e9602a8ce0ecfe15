package dev.modeldeck.core.i18n;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonException;
import dev.modeldeck.core.json.JsonParser;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads a Chrome {@code messages.json} and substitutes exactly as {@code chrome.i18n.getMessage} does:
 * named placeholders {@code $name$} first (case-insensitive), then {@code $1}–{@code $9} from the arguments
 * (missing ones become ""), and {@code $$} is a literal dollar. Keys are case-insensitive, as in Chrome.
 * Used by JVM tests and tools so they read the very catalog the extension ships.
 */
public final class JsonCatalog implements Catalog {
    private final String language;
    private final Map<String, String> messages = new HashMap<>();

    private JsonCatalog(String language) {
        this.language = language;
    }

    public static JsonCatalog parse(String language, String messagesJson) throws JsonException {
        JsonCatalog catalog = new JsonCatalog(language);
        Json root = JsonParser.parse(messagesJson);
        for (Map.Entry<String, Json> e : root.fields().entrySet()) {
            Json entry = e.getValue();
            String text = entry.get("message").str();
            if (text == null) {
                throw new JsonException("message missing for key " + e.getKey(), 0);
            }
            catalog.messages.put(lower(e.getKey()), resolveNamed(text, entry.get("placeholders")));
        }
        return catalog;
    }

    /** Every key, lower-cased (Chrome ignores case). */
    public Set<String> keys() {
        return messages.keySet();
    }

    /** The message text before argument substitution, or null. */
    public String template(String key) {
        return messages.get(lower(key));
    }

    @Override
    public String message(String key, String... args) {
        String template = messages.get(lower(key));
        return template == null ? "" : substitute(template, args);
    }

    @Override
    public String language() {
        return language;
    }

    static String substitute(String template, String[] args) {
        StringBuilder out = new StringBuilder(template.length() + 16);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c == '$' && i + 1 < template.length()) {
                char next = template.charAt(i + 1);
                if (next == '$') {
                    out.append('$');
                    i++;
                    continue;
                }
                if (next >= '1' && next <= '9') {
                    int index = next - '1';
                    if (args != null && index < args.length && args[index] != null) {
                        out.append(args[index]);
                    }
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String resolveNamed(String text, Json placeholders) {
        if (!placeholders.isObject() || text.indexOf('$') < 0) {
            return text;
        }
        String result = text;
        for (Map.Entry<String, Json> p : placeholders.fields().entrySet()) {
            String content = p.getValue().get("content").str("");
            result = replaceIgnoreCase(result, "$" + p.getKey() + "$", content);
        }
        return result;
    }

    private static String replaceIgnoreCase(String text, String token, String replacement) {
        String lowerText = lower(text);
        String lowerToken = lower(token);
        StringBuilder out = new StringBuilder();
        int from = 0;
        int at;
        while ((at = lowerText.indexOf(lowerToken, from)) >= 0) {
            out.append(text, from, at).append(replacement);
            from = at + token.length();
        }
        return out.append(text.substring(from)).toString();
    }

    private static String lower(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }
}
