package dev.modeldeck.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the places where a string can become markup or code: HTML sinks, eval and its kin, inline
 * handlers. Comments are skipped (a sentence about innerHTML is not a sink), string literals are
 * not (TeaVM's {@code @JSBody} scripts live in Java strings).
 */
final class SinkScanner {
    /** One sink found: where, which rule, and the line as written. */
    static final class Hit {
        final String file;
        final int line;
        final String sink;
        final String text;

        Hit(String file, int line, String sink, String text) {
            this.file = file;
            this.line = line;
            this.sink = sink;
            this.text = text;
        }

        @Override public String toString() { return file + ":" + line + ": " + sink + ": " + text.trim(); }
    }

    private static final class Rule {
        final String name;
        final Pattern pattern;

        Rule(String name, String regex) {
            this.name = name;
            this.pattern = Pattern.compile(regex);
        }
    }

    /** Sinks in code (Java, including JSBody strings, and JavaScript). */
    private static final List<Rule> CODE = List.of(
        new Rule("innerHTML", "(?i)innerhtml"),
        new Rule("outerHTML", "(?i)outerhtml"),
        new Rule("insertAdjacentHTML", "(?i)insertadjacenthtml"),
        new Rule("document.write", "document\\s*\\.\\s*write(ln)?\\s*\\("),
        new Rule("eval(", "(?<![\\w$])eval\\s*\\("),
        new Rule("new Function(", "\\bnew\\s+Function\\s*\\("),
        new Rule("Function(string)", "(?<![\\w$.])Function\\s*\\(\\s*\\\\?[\"'`]"),
        new Rule("setTimeout/setInterval with a string", "\\bset(Timeout|Interval)\\s*\\(\\s*\\\\?[\"'`]"),
        new Rule("srcdoc", "(?i)srcdoc"),
        new Rule("createContextualFragment", "createContextualFragment"),
        new Rule("HTML-unsafe setter", "(?i)(set|parse)htmlunsafe"),
        new Rule("DOMParser", "\\bDOMParser\\b"));

    /** Markup-only sinks: inline script, handler attributes, script URLs. */
    private static final List<Rule> HTML = List.of(
        new Rule("inline <script>", "(?i)<script(?![^>]*\\bsrc\\s*=)[^>]*>"),
        new Rule("on* handler attribute", "(?i)<[^>]*\\son[a-z]+\\s*="),
        new Rule("javascript: URL", "(?i)javascript\\s*:"),
        new Rule("srcdoc", "(?i)srcdoc"),
        new Rule("<iframe>/<object>/<embed>", "(?i)<(iframe|object|embed)\\b"));

    /** Style sinks. */
    private static final List<Rule> CSS = List.of(
        new Rule("expression()", "(?i)expression\\s*\\("),
        new Rule("javascript: URL", "(?i)javascript\\s*:"),
        new Rule("behavior / -moz-binding", "(?i)(behavior\\s*:|-moz-binding)"));

    private SinkScanner() { }

    /** Scans one file's text; the language is taken from the name's extension. */
    static List<Hit> scan(String fileName, String content) {
        String lower = fileName.toLowerCase();
        List<Rule> rules;
        String code;
        if (lower.endsWith(".java") || lower.endsWith(".js") || lower.endsWith(".mjs")) {
            rules = CODE;
            code = stripCodeComments(content, !lower.endsWith(".java"));
        } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            List<Rule> both = new ArrayList<>(HTML);
            both.addAll(CODE);
            rules = both;
            code = blank(content, "<!--", "-->");
        } else if (lower.endsWith(".css")) {
            rules = CSS;
            code = blank(content, "/*", "*/");
        } else {
            return List.of();
        }
        String[] original = content.split("\n", -1);
        String[] lines = code.split("\n", -1);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            for (Rule r : rules) {
                Matcher m = r.pattern.matcher(lines[i]);
                if (m.find()) {
                    hits.add(new Hit(fileName, i + 1, r.name, original[i]));
                }
            }
        }
        return hits;
    }

    /**
     * The hand-written sources of the project under {@code base}: every .java, .js, .mjs, .html and
     * .css file except build output, dependencies, version control and test code.
     */
    static List<Path> sourceFiles(Path base) {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                String rel = relative(base, p);
                String lower = rel.toLowerCase();
                boolean source = lower.endsWith(".java") || lower.endsWith(".js") || lower.endsWith(".mjs")
                    || lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".css");
                if (source && Files.isRegularFile(p) && !skipped(rel)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<Hit> scanFiles(Path base, List<Path> files) {
        List<Hit> hits = new ArrayList<>();
        for (Path p : files) {
            try {
                hits.addAll(scan(relative(base, p), Files.readString(p, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hits;
    }

    static String relative(Path base, Path p) { return base.relativize(p).toString().replace('\\', '/'); }

    /** Build output, dependencies, version control and tests (which hold sink samples on purpose). */
    static boolean skipped(String rel) {
        return rel.startsWith("target/") || rel.contains("/target/") || rel.startsWith(".git/")
            || rel.contains("node_modules/") || rel.startsWith("src/test/");
    }

    /**
     * Replaces // and /* comments with spaces (newlines kept, so line numbers stay right) while
     * leaving string literals alone; JavaScript also has `template` strings.
     */
    static String stripCodeComments(String s, boolean javascript) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || (javascript && c == '`')) {
                int end = i + 1;
                while (end < n && s.charAt(end) != c) {
                    if (s.charAt(end) == '\\') {
                        end++;
                    } else if (s.charAt(end) == '\n' && c != '`') {
                        break; // an unterminated literal ends at the line (a stray quote in odd code)
                    }
                    end++;
                }
                end = Math.min(n, end + 1);
                out.append(s, i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '/') {
                while (i < n && s.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                for (int k = i; k < end; k++) {
                    out.append(s.charAt(k) == '\n' ? '\n' : ' ');
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Replaces every {@code open … close} span with spaces, newlines kept. */
    static String blank(String s, String open, String close) {
        StringBuilder out = new StringBuilder(s);
        int from = 0;
        int at;
        while ((at = s.indexOf(open, from)) >= 0) {
            int end = s.indexOf(close, at + open.length());
            end = end < 0 ? s.length() : end + close.length();
            for (int k = at; k < end; k++) {
                if (out.charAt(k) != '\n') {
                    out.setCharAt(k, ' ');
                }
            }
            from = end;
        }
        return out.toString();
    }
}
