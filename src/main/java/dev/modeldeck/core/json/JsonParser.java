package dev.modeldeck.core.json;

/**
 * A strict RFC 8259 parser into {@link Json} trees. Written by hand because the JSON libraries we
 * could use (jackson-databind, gson) rely on reflection, which TeaVM cannot compile; this one runs
 * unchanged on the JVM and in the browser. Nesting is bounded so hostile input cannot blow the stack.
 */
public final class JsonParser {
    public static final int MAX_DEPTH = 256;

    private final String src;
    private int pos;
    private int depth;

    private JsonParser(String src) { this.src = src; }

    public static Json parse(String text) throws JsonException {
        if (text == null) {
            throw new JsonException(JsonException.Problem.NO_TEXT, 0);
        }
        JsonParser p = new JsonParser(text);
        p.skipBom();
        p.skipWhitespace();
        Json value = p.readValue();
        p.skipWhitespace();
        if (p.pos < text.length()) {
            throw new JsonException(JsonException.Problem.TRAILING_TEXT, p.pos);
        }
        return value;
    }

    /** Parses, or returns null when the text is not JSON. */
    public static Json tryParse(String text) {
        if (text == null || text.isEmpty()) {
            return null; // the common "nothing stored yet" case; a thrown exception costs a stack capture in the browser
        }
        try {
            return parse(text);
        } catch (JsonException e) {
            return null;
        }
    }

    private void skipBom() {
        if (pos < src.length() && src.charAt(pos) == '\uFEFF') {
            pos++;
        }
    }

    private void skipWhitespace() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                pos++;
            } else {
                return;
            }
        }
    }

    private Json readValue() throws JsonException {
        if (pos >= src.length()) {
            throw new JsonException(JsonException.Problem.UNEXPECTED_END, pos);
        }
        char c = src.charAt(pos);
        switch (c) {
            case '{': return readObject();
            case '[': return readArray();
            case '"': return new JsonString(readString());
            case 't': expectWord("true"); return JsonBoolean.TRUE;
            case 'f': expectWord("false"); return JsonBoolean.FALSE;
            case 'n': expectWord("null"); return JsonNull.INSTANCE;
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return readNumber();
                }
                throw new JsonException(JsonException.Problem.UNEXPECTED_CHARACTER, printable(c), pos);
        }
    }

    private static String printable(char c) {
        return c < 0x20 ? "\\u" + Integer.toHexString(c) : String.valueOf(c);
    }

    private void enter() throws JsonException {
        if (++depth > MAX_DEPTH) {
            throw new JsonException(JsonException.Problem.TOO_DEEP, Integer.toString(MAX_DEPTH), pos);
        }
    }

    private JsonObject readObject() throws JsonException {
        enter();
        pos++;
        JsonObject obj = new JsonObject();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            depth--;
            return obj;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw new JsonException(JsonException.Problem.EXPECTED_MEMBER_NAME, pos);
            }
            String key = readString();
            skipWhitespace();
            expect(':');
            skipWhitespace();
            obj.put(key, readValue());
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == '}') {
                depth--;
                return obj;
            }
            if (c != ',') {
                throw new JsonException(JsonException.Problem.EXPECTED_COMMA_OR_BRACE, pos - 1);
            }
        }
    }

    private JsonArray readArray() throws JsonException {
        enter();
        pos++;
        JsonArray arr = new JsonArray();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return arr;
        }
        while (true) {
            skipWhitespace();
            arr.add(readValue());
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == ']') {
                depth--;
                return arr;
            }
            if (c != ',') {
                throw new JsonException(JsonException.Problem.EXPECTED_COMMA_OR_BRACKET, pos - 1);
            }
        }
    }

    private char peek() throws JsonException {
        if (pos >= src.length()) {
            throw new JsonException(JsonException.Problem.UNEXPECTED_END, pos);
        }
        return src.charAt(pos);
    }

    private void expect(char c) throws JsonException {
        if (peek() != c) {
            throw new JsonException(JsonException.Problem.EXPECTED_CHARACTER, String.valueOf(c), pos);
        }
        pos++;
    }

    private void expectWord(String word) throws JsonException {
        if (!src.startsWith(word, pos)) {
            throw new JsonException(JsonException.Problem.UNEXPECTED_WORD, pos);
        }
        pos += word.length();
    }

    private String readString() throws JsonException {
        pos++; // opening quote
        int start = pos;
        // Fast path: no escapes.
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '"') {
                return src.substring(start, pos++);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            pos++;
        }
        StringBuilder sb = new StringBuilder(src.length() - start < 64 ? 16 : 64);
        sb.append(src, start, pos);
        while (true) {
            if (pos >= src.length()) {
                throw new JsonException(JsonException.Problem.UNTERMINATED_STRING, start - 1);
            }
            char c = src.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                throw new JsonException(JsonException.Problem.CONTROL_CHARACTER, pos - 1);
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= src.length()) {
                throw new JsonException(JsonException.Problem.UNTERMINATED_ESCAPE, pos);
            }
            char e = src.charAt(pos++);
            switch (e) {
                case '"': sb.append('"'); break;
                case '\\': sb.append('\\'); break;
                case '/': sb.append('/'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'u': sb.append(readHex4()); break;
                default: throw new JsonException(JsonException.Problem.INVALID_ESCAPE, printable(e), pos - 2);
            }
        }
    }

    private char readHex4() throws JsonException {
        if (pos + 4 > src.length()) {
            throw new JsonException(JsonException.Problem.TRUNCATED_UNICODE_ESCAPE, pos);
        }
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(src.charAt(pos++), 16);
            if (d < 0) {
                throw new JsonException(JsonException.Problem.INVALID_UNICODE_ESCAPE, pos - 1);
            }
            v = v * 16 + d;
        }
        return (char) v;
    }

    private Json readNumber() throws JsonException {
        int start = pos;
        if (src.charAt(pos) == '-') {
            pos++;
        }
        int intStart = pos;
        digits();
        if (pos == intStart) {
            throw new JsonException(JsonException.Problem.INVALID_NUMBER, start);
        }
        if (src.charAt(intStart) == '0' && pos - intStart > 1) {
            throw new JsonException(JsonException.Problem.LEADING_ZERO, start);
        }
        if (pos < src.length() && src.charAt(pos) == '.') {
            pos++;
            int fracStart = pos;
            digits();
            if (pos == fracStart) {
                throw new JsonException(JsonException.Problem.INVALID_NUMBER, start);
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            int expStart = pos;
            digits();
            if (pos == expStart) {
                throw new JsonException(JsonException.Problem.INVALID_NUMBER, start);
            }
        }
        String literal = src.substring(start, pos);
        return new JsonNumber(literal, Double.parseDouble(literal));
    }

    private void digits() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c < '0' || c > '9') {
                return;
            }
            pos++;
        }
    }
}
