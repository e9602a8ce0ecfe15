package dev.modeldeck.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A long assistant reply in markdown (headings, paragraphs with inline marks and links, lists, fenced
 * code, tables, quotes) cut into model-sized tokens: a word with its leading space, or a run of
 * punctuation or newlines, at most six characters, like the pieces providers stream.
 */
final class MarkdownReply {
    private MarkdownReply() { }

    static List<String> tokens(int count) {
        List<String> out = new ArrayList<>(count);
        for (int n = 1; out.size() < count; n++) {
            cut(section(n), out, count);
        }
        return out;
    }

    private static String section(int n) {
        return "## Section " + n + ": what the stream carries\n\n"
            + "The provider sends **tokens** one by one, and the view appends each one to the last `text node`, "
            + "so the work per token stays the same however long the reply grows. See [the notes](https://example.com/notes/"
            + n + ") for the details behind item " + n + ".\n\n"
            + "- First point about item " + n + ", with *emphasis*\n"
            + "- Second point with `inline code` and a longer tail of ordinary words\n"
            + "- Third point\n\n"
            + "1. Open the settings\n2. Add a provider\n3. Pick a model and ask\n\n"
            + "```java\nint total" + n + " = 0;\nfor (int i = 0; i < 10; i++) {\n    total" + n + " += i * " + n + ";\n}\n"
            + "System.out.println(total" + n + ");\n```\n\n"
            + "| model | context | price |\n|---|---|---|\n| model-" + n + " | 128k | $0.15 |\n| model-" + n + "-mini | 32k | $0.05 |\n\n"
            + "> A quoted remark that runs over one line, " + n + " times over.\n\n"
            + "That closes section " + n + "; the next one follows the same shape with other numbers.\n\n";
    }

    private static void cut(String text, List<String> out, int count) {
        int i = 0;
        while (i < text.length() && out.size() < count) {
            int start = i;
            if (text.charAt(i) == ' ') {
                i++;
            }
            if (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i)) && i - start < 6) {
                    i++;
                }
            } else {
                while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) != ' ' && i - start < 6) {
                    i++;
                }
                if (i == start) {
                    i++;
                }
            }
            out.add(text.substring(start, i));
        }
    }
}
