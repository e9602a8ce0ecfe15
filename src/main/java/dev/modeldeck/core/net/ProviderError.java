package dev.modeldeck.core.net;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonParser;

/**
 * What an error body says, whatever the provider's shape: OpenAI/Groq {error:{message,type,code,param}},
 * Azure {error:{code,message}}, Ollama {error:"…"}, Mistral {message,request_id}, FastAPI/vLLM
 * {detail}, Gemini [{error:…}], plain text, or an HTML error page (reduced to its text).
 * Fields are raw (not yet redacted); null when absent.
 */
final class ProviderError {
    String message;
    String code;
    String type;
    String param;
    String requestId;
    boolean html;

    static ProviderError parse(String body) {
        ProviderError e = new ProviderError();
        String text = body == null ? "" : body.trim();
        if (text.isEmpty()) {
            return e;
        }
        char first = text.charAt(0);
        if (first == '{' || first == '[') {
            Json json = JsonParser.tryParse(text);
            if (json != null) {
                e.readJson(json.isArray() ? json.at(0) : json);
                if (e.message == null && e.code == null) {
                    e.message = text;
                }
                return e;
            }
        }
        if (looksLikeHtml(text)) {
            e.html = true;
            e.message = htmlText(text);
        } else {
            e.message = text;
        }
        return e;
    }

    private void readJson(Json root) {
        Json err = root.get("error");
        if (err.isString()) {
            message = err.str();
        } else if (err.isObject()) {
            message = firstText(err.get("message"), err.get("msg"), err.get("detail"));
            code = err.get("code").text();
            type = err.get("type").text();
            if (type == null) {
                type = err.get("status").text(); // Gemini: "RESOURCE_EXHAUSTED"
            }
            param = err.get("param").text();
            requestId = err.get("request_id").text();
            Json inner = err.get("innererror"); // Azure content filter and friends
            if (code == null && inner.isObject()) {
                code = inner.get("code").text();
            }
        }
        if (message == null) {
            message = firstText(root.get("message"), root.get("detail"), root.get("msg"), root.get("error_message"));
            Json detail = root.get("detail");
            if (message == null && detail.isArray()) {
                message = detail.at(0).get("msg").text();
            }
        }
        if (code == null) {
            code = root.get("code").text();
        }
        if (type == null) {
            type = root.get("type").text();
        }
        if (requestId == null) {
            requestId = root.get("request_id").text();
        }
    }

    private static String firstText(Json... values) {
        for (Json v : values) {
            String s = v.text();
            if (s != null && !s.trim().isEmpty()) {
                return s;
            }
        }
        return null;
    }

    static boolean looksLikeHtml(String text) {
        return text.charAt(0) == '<' && (Redactor.indexOfIgnoreCase(text, "<html", 0) >= 0
                || Redactor.indexOfIgnoreCase(text, "<!doctype", 0) >= 0
                || Redactor.indexOfIgnoreCase(text, "<body", 0) >= 0
                || Redactor.indexOfIgnoreCase(text, "<title", 0) >= 0
                || Redactor.indexOfIgnoreCase(text, "<h1", 0) >= 0);
    }

    /** The visible text of an HTML page: tags, scripts and styles removed, entities for the usual five decoded. */
    static String htmlText(String html) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int close = html.indexOf('>', i);
                if (close < 0) {
                    break;
                }
                String tag = html.substring(i + 1, close).trim().toLowerCase();
                i = close + 1;
                if (tag.startsWith("script") || tag.startsWith("style")) {
                    String end = tag.startsWith("script") ? "</script" : "</style";
                    int endAt = Redactor.indexOfIgnoreCase(html, end, i);
                    i = endAt < 0 ? html.length() : endAt;
                }
                sb.append(' ');
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                String entity = semi > i && semi - i <= 8 ? html.substring(i + 1, semi) : "";
                String decoded = decodeEntity(entity);
                if (decoded != null) {
                    sb.append(decoded);
                    i = semi + 1;
                } else {
                    sb.append(c);
                    i++;
                }
            } else {
                sb.append(c);
                i++;
            }
        }
        return collapseSpaces(sb.toString());
    }

    private static String decodeEntity(String e) {
        switch (e) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "#39": case "apos": return "'";
            case "nbsp": return " ";
            default: return null;
        }
    }

    static String collapseSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                space = sb.length() > 0;
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
