package dev.modeldeck.core.i18n;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.net.ErrorClassifier;
import dev.modeldeck.core.provider.Presets;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Allowed-origins advice names the scheme of the browser in use, which the browser's catalog reports. */
class ExtensionSchemeAdviceTest {
    @AfterEach
    void backToTheClasspathCatalog() {
        I18n.install(null, null);
    }

    /** The English catalog as Firefox's chrome.i18n would serve it: same words, moz-extension:// pages. */
    private static void installFirefoxCatalog() throws Exception {
        String text = Files.readString(Paths.get("extension/_locales/en/messages.json"), StandardCharsets.UTF_8);
        JsonCatalog english = JsonCatalog.parse("en", text);
        I18n.install(new Catalog() {
            @Override public String message(String key, String... args) { return english.message(key, args); }
            @Override public String language() { return "en"; }
            @Override public String extensionScheme() { return "moz-extension://"; }
        }, new EnglishFormat());
    }

    @Test
    void outsideABrowserTheAdviceNamesChromesScheme() {
        String fix = ErrorClassifier.classify(403, List.of(), "", List.of()).getMessage();
        assertTrue(fix.contains("OLLAMA_ORIGINS=chrome-extension://*"), fix);
    }

    @Test
    void inFirefoxTheOriginRefusalFixNamesMozExtension() throws Exception {
        installFirefoxCatalog();
        String fix = ErrorClassifier.classify(403, List.of(), "", List.of()).getMessage();
        assertTrue(fix.contains("OLLAMA_ORIGINS=moz-extension://*"), fix);
        assertFalse(fix.contains("chrome-extension"), fix);
    }

    @Test
    void inFirefoxTheOllamaPresetNoteNamesMozExtension() throws Exception {
        installFirefoxCatalog();
        String note = Presets.OLLAMA.note();
        assertTrue(note.contains("OLLAMA_ORIGINS=moz-extension://*"), note);
    }

    @Test
    void noMessageNamesChromesSchemeItself() throws Exception {
        for (String lang : List.of("en", "de")) {
            String text = Files.readString(Paths.get("extension/_locales", lang, "messages.json"), StandardCharsets.UTF_8);
            for (Map.Entry<String, Json> e : JsonParser.parse(text).fields().entrySet()) {
                String message = e.getValue().get("message").str();
                assertFalse(message.contains("chrome-extension://"), lang + " " + e.getKey() + ": use the scheme placeholder");
            }
        }
    }
}
