package dev.modeldeck.ui.options;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.NameValue;
import java.util.ArrayList;
import java.util.List;

/** Extra headers ("Name: value" per line) and query parameters ("name=value" per line) as editable text. */
final class PairsText {
    private PairsText() { }

    static String format(List<NameValue> pairs, char separator) {
        String between = separator == ':' ? ": " : String.valueOf(separator);
        List<String> lines = new ArrayList<>();
        for (NameValue nv : pairs) {
            lines.add(nv.name() + between + nv.value());
        }
        return String.join("\n", lines);
    }

    /** Parses lines; a line without the separator is reported by its number. */
    static List<NameValue> parse(String text, char separator, List<String> problems) {
        List<NameValue> out = new ArrayList<>();
        int lineNo = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lineNo++;
            String line = text.substring(start, end).trim();
            start = end + 1;
            if (line.isEmpty()) {
                continue;
            }
            int sep = line.indexOf(separator);
            if (sep <= 0) {
                String n = I18n.format().integer(lineNo);
                problems.add(separator == ':' ? I18n.t("opt_form_header_line_bad", n) : I18n.t("opt_form_query_line_bad", n));
                continue;
            }
            out.add(new NameValue(line.substring(0, sep).trim(), line.substring(sep + 1).trim()));
        }
        return out;
    }
}
