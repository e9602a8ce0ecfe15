package dev.modeldeck.core.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped catalogs are complete and consistent: every language has every English key with the same
 * arguments, and every key used in the code exists (and every key in the catalog is used).
 */
class CatalogsTest {
    private static final Path LOCALES = Paths.get("extension", "_locales");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern ARG = Pattern.compile("\\$([1-9])");
    private static final Pattern CALL = Pattern.compile("I18n\\.(t|plural)\\(\\s*\"([^\"]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9_]*)\"");

    static JsonCatalog load(String lang) throws Exception {
        return JsonCatalog.parse(lang, Files.readString(LOCALES.resolve(lang).resolve("messages.json"), StandardCharsets.UTF_8));
    }

    static List<String> languages() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(LOCALES)) {
            dirs.forEach(d -> out.add(d.getFileName().toString()));
        }
        return out;
    }

    @Test
    void thereIsASecondCompleteLanguage() throws Exception {
        assertTrue(languages().contains("en") && languages().size() >= 2, "languages: " + languages());
    }

    @Test
    void everyLanguageHasExactlyTheEnglishKeysWithTheSameArguments() throws Exception {
        JsonCatalog en = load("en");
        for (String lang : languages()) {
            JsonCatalog other = load(lang);
            Set<String> missing = new TreeSet<>(en.keys());
            missing.removeAll(other.keys());
            Set<String> extra = new TreeSet<>(other.keys());
            extra.removeAll(en.keys());
            assertTrue(missing.isEmpty(), lang + " lacks " + missing);
            assertTrue(extra.isEmpty(), lang + " has keys English does not: " + extra);
            List<String> wrongArgs = new ArrayList<>();
            for (String key : en.keys()) {
                if (!args(en.template(key)).equals(args(other.template(key)))) {
                    wrongArgs.add(key + " en=" + args(en.template(key)) + " " + lang + "=" + args(other.template(key)));
                }
                if (other.template(key).trim().isEmpty()) {
                    wrongArgs.add(key + " is empty in " + lang);
                }
            }
            assertTrue(wrongArgs.isEmpty(), String.join("\n", wrongArgs));
        }
    }

    @Test
    void keysAreValidAndUniqueIgnoringCase() throws Exception {
        for (String lang : languages()) {
            String text = Files.readString(LOCALES.resolve(lang).resolve("messages.json"), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("^\\s*\"([^\"]+)\"\\s*:", Pattern.MULTILINE).matcher(text);
            Set<String> seen = new TreeSet<>();
            while (m.find()) {
                String key = m.group(1);
                assertTrue(KEY.matcher(key).matches(), lang + ": bad key " + key);
                assertTrue(seen.add(key.toLowerCase()), lang + ": duplicate key (case-insensitive) " + key);
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForExistsAndEveryKeyIsUsed() throws Exception {
        JsonCatalog en = load("en");
        Set<String> literals = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (Path file : sources()) {
            String code = Files.readString(file, StandardCharsets.UTF_8);
            Matcher call = CALL.matcher(code);
            while (call.find()) {
                String key = call.group(2).toLowerCase();
                boolean found = call.group(1).equals("t") ? en.keys().contains(key)
                        : en.keys().contains(key + "_one") && en.keys().contains(key + "_other");
                if (!found) {
                    unknown.add(file.getFileName() + ": " + call.group(2));
                }
            }
            Matcher lit = LITERAL.matcher(code);
            while (lit.find()) {
                literals.add(lit.group(1));
            }
        }
        assertTrue(unknown.isEmpty(), "keys missing from the English catalog:\n" + String.join("\n", unknown));
        List<String> unused = new ArrayList<>();
        String manifest = Files.readString(Paths.get("manifest.json"), StandardCharsets.UTF_8).toLowerCase();
        for (String key : en.keys()) {
            String base = key.endsWith("_one") ? key.substring(0, key.length() - 4)
                    : key.endsWith("_other") ? key.substring(0, key.length() - 6) : key;
            if (!literals.contains(key) && !literals.contains(base) && !manifest.contains("__msg_" + key + "__")) {
                unused.add(key);
            }
        }
        assertTrue(unused.isEmpty(), "catalog keys no code uses (dynamic keys must appear as literals):\n" + String.join("\n", unused));
    }

    private static Set<String> args(String template) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARG.matcher(template.replace("$$", ""));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static List<Path> sources() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Paths.get("src", "main", "java"))) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(out::add);
        }
        return out;
    }
}
