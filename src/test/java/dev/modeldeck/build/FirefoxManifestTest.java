package dev.modeldeck.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Firefox manifest is derived from the one manifest.json the project keeps: what it drops, adds and keeps. */
class FirefoxManifestTest {
    private static JsonObject chrome() throws Exception {
        return (JsonObject) JsonParser.parse(Files.readString(Paths.get("manifest.json"), StandardCharsets.UTF_8));
    }

    @Test
    void sidePanelBecomesASidebarShowingTheSamePage() throws Exception {
        JsonObject firefox = FirefoxManifest.from(chrome());
        assertTrue(firefox.get("side_panel").isMissing());
        assertEquals(chrome().path("side_panel", "default_path").str(), firefox.path("sidebar_action", "default_panel").str());
        assertEquals(Boolean.FALSE, firefox.path("sidebar_action", "open_at_install").bool());
    }

    @Test
    void chromeOnlyKeysAndPermissionsAreDropped() throws Exception {
        JsonObject firefox = FirefoxManifest.from(chrome());
        assertTrue(firefox.get("minimum_chrome_version").isMissing());
        assertFalse(strings(firefox.get("permissions")).contains("sidePanel"));
        assertTrue(strings(firefox.get("permissions")).contains("declarativeNetRequest"));
    }

    @Test
    void geckoSettingsNameTheAddOnAndStateThatNothingIsCollected() throws Exception {
        Json gecko = FirefoxManifest.from(chrome()).path("browser_specific_settings", "gecko");
        assertEquals(FirefoxManifest.ADDON_ID, gecko.get("id").str());
        assertEquals(List.of("none"), strings(gecko.path("data_collection_permissions", "required")));
        assertEquals(FirefoxManifest.MIN_VERSION, gecko.get("strict_min_version").str());
    }

    @Test
    void everythingElseIsCopiedUnchanged() throws Exception {
        JsonObject source = chrome();
        JsonObject firefox = FirefoxManifest.from(source);
        for (String key : List.of("name", "version", "default_locale", "action", "icons", "options_ui",
            "optional_host_permissions", "content_security_policy")) {
            assertEquals(source.get(key).toString(), firefox.get(key).toString(), key);
        }
    }

    @Test
    void mainWritesTheManifestWhereTheBuildAsks(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("extension-firefox/manifest.json");
        FirefoxManifest.main(new String[] {"manifest.json", out.toString()});
        Json written = JsonParser.parse(Files.readString(out, StandardCharsets.UTF_8));
        assertEquals(FirefoxManifest.from(chrome()).toString(), written.toString());
    }

    private static List<String> strings(Json array) {
        List<String> out = new ArrayList<>();
        for (Json item : array.items()) {
            out.add(item.str());
        }
        return out;
    }
}
