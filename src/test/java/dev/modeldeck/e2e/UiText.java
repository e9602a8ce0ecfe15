package dev.modeldeck.e2e;

import dev.modeldeck.core.i18n.JsonCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shipped catalogs as the tests see them: translates the English names test steps are written with into the
 * page's language (through the message they come from), and decides whether a visible text came from the catalog.
 */
final class UiText {
    private final String language;
    private final JsonCatalog english;
    private final JsonCatalog shown;
    private final List<Template> englishTemplates;
    private final List<Template> shownTemplates;

    private UiText(String language) throws Exception {
        this.language = language;
        english = load("en");
        shown = language.startsWith("en") ? english : load(language);
        englishTemplates = templates(english);
        shownTemplates = templates(shown);
    }

    static UiText forLanguage(String language) {
        try {
            return new UiText(language);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the catalogs", e);
        }
    }

    boolean isEnglish() { return shown == english; }
    String language() { return language; }

    /** "Edit Local demo" → "Local demo bearbeiten": the English message it matches, re-worded in the page's language. */
    String tr(String englishText) {
        if (isEnglish() || englishText == null) {
            return englishText;
        }
        Template best = null;
        Matcher bestMatch = null;
        for (Template t : englishTemplates) {
            Matcher m = t.pattern.matcher(collapse(englishText));
            if (m.matches() && (best == null || t.literalLength > best.literalLength)) {
                best = t;
                bestMatch = m;
            }
        }
        if (best == null) {
            return englishText;
        }
        String[] args = new String[9];
        for (int i = 0; i < best.argOrder.size(); i++) {
            args[best.argOrder.get(i) - 1] = bestMatch.group(i + 1);
        }
        return shown.message(best.key, args);
    }

    /**
     * True when {@code text} is made of whole messages of the page's catalog (variable parts anything) and
     * pieces {@code isData} accepts. A text node may hold several sentences, or one message wrapped in
     * punctuation the page adds around it (" (1 ms)", "— summary"), so it is cut at sentence and list
     * boundaries and every run of pieces is tried against the catalog.
     */
    boolean isCatalogText(String text, java.util.function.Predicate<String> isData) {
        String t = collapse(text);
        List<int[]> cuts = new ArrayList<>();
        cuts.add(new int[] {0, 0});
        Matcher boundary = BOUNDARY.matcher(t);
        while (boundary.find()) {
            cuts.add(new int[] {boundary.start(), boundary.end()});
        }
        cuts.add(new int[] {t.length(), t.length()});
        boolean[] ok = new boolean[cuts.size()];
        ok[0] = true;
        for (int i = 1; i < cuts.size(); i++) {
            for (int j = 0; j < i && !ok[i]; j++) {
                if (ok[j]) {
                    String piece = t.substring(cuts.get(j)[1], cuts.get(i)[0]);
                    ok[i] = isData.test(piece) || matchesOne(piece);
                }
            }
        }
        return ok[cuts.size() - 1];
    }

    /** Where one message may end and the next begin: after sentence or clause punctuation, or around a dash or dot separator. */
    private static final Pattern BOUNDARY = Pattern.compile("(?<=[.!?;:,)])\\s+|\\s+(?=[(—·–])|\\s*[—·–]\\s+");
    /** Punctuation a page may put around a message: brackets, dashes, separators, colons. */
    private static final Pattern EDGES = Pattern.compile("^[\\s(\\[—–·:,;-]+|[\\s)\\]—–·:,;.-]+$");

    private boolean matchesOne(String piece) {
        String bare = EDGES.matcher(piece).replaceAll("");
        for (Template t : shownTemplates) {
            if (t.literalHasLetters && (t.pattern.matcher(piece).matches() || t.pattern.matcher(bare).matches()
                    || t.barePattern.matcher(bare).matches())) {
                return true;
            }
        }
        return false;
    }

    /** Runs of white space as one space, trimmed: how the page's text reads, whatever the markup's line breaks. */
    static String collapse(String s) {
        return s.replaceAll("\\s+", " ").trim();
    }

    private static JsonCatalog load(String lang) throws Exception {
        Path dir = Paths.get(System.getProperty("modeldeck.extension", "target/extension"), "_locales", lang);
        return JsonCatalog.parse(lang, Files.readString(dir.resolve("messages.json"), StandardCharsets.UTF_8));
    }

    private static List<Template> templates(JsonCatalog catalog) {
        List<Template> out = new ArrayList<>();
        for (String key : catalog.keys()) {
            out.add(new Template(key, catalog.template(key)));
        }
        return out;
    }

    /** A message as a regular expression: literal parts quoted, each $n a lazy group. */
    private static final class Template {
        final String key;
        final Pattern pattern;
        /** The message without the punctuation at its edges. */
        final Pattern barePattern;
        final List<Integer> argOrder = new ArrayList<>();
        final int literalLength;
        final boolean literalHasLetters;

        Template(String key, String rawMessage) {
            this.key = key;
            String message = collapse(rawMessage);
            StringBuilder regex = new StringBuilder();
            StringBuilder literal = new StringBuilder();
            for (int i = 0; i < message.length(); i++) {
                char c = message.charAt(i);
                if (c == '$' && i + 1 < message.length() && message.charAt(i + 1) == '$') {
                    literal.append('$');
                    regex.append(Pattern.quote("$"));
                    i++;
                } else if (c == '$' && i + 1 < message.length() && message.charAt(i + 1) >= '1' && message.charAt(i + 1) <= '9') {
                    argOrder.add(message.charAt(i + 1) - '0');
                    regex.append("([\\s\\S]*?)");
                    i++;
                } else {
                    literal.append(c);
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            pattern = Pattern.compile(regex.toString());
            String bare = EDGES.matcher(message).replaceAll("");
            barePattern = bare.equals(message) ? pattern : new Template(key, bare).pattern;
            literalLength = literal.length();
            boolean letters = false;
            for (int i = 0; i < literal.length(); i++) {
                letters |= Character.isLetter(literal.charAt(i));
            }
            literalHasLetters = letters;
        }
    }
}
