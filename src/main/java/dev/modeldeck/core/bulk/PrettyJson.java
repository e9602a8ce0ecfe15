package dev.modeldeck.core.bulk;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonWriter;
import java.util.List;
import java.util.Map;

/** Indented JSON for files people may open and edit; scalars are written by {@link JsonWriter}. */
final class PrettyJson {
    private PrettyJson() { }

    static String write(Json value) {
        StringBuilder sb = new StringBuilder();
        write(value, 0, sb);
        return sb.append('\n').toString();
    }

    private static void write(Json value, int depth, StringBuilder out) {
        if (value != null && value.isArray() && value.size() > 0) {
            List<Json> items = value.items();
            out.append('[');
            for (int i = 0; i < items.size(); i++) {
                out.append(i == 0 ? "\n" : ",\n");
                indent(depth + 1, out);
                write(items.get(i), depth + 1, out);
            }
            out.append('\n');
            indent(depth, out);
            out.append(']');
        } else if (value != null && value.isObject() && value.size() > 0) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<String, Json> e : value.fields().entrySet()) {
                out.append(first ? "\n" : ",\n");
                first = false;
                indent(depth + 1, out);
                JsonWriter.quote(e.getKey(), out);
                out.append(": ");
                write(e.getValue(), depth + 1, out);
            }
            out.append('\n');
            indent(depth, out);
            out.append('}');
        } else {
            JsonWriter.write(value, out);
        }
    }

    private static void indent(int depth, StringBuilder out) {
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }
}
