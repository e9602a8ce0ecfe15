package dev.modeldeck.build;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonException;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.JsonWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/**
 * Build step (never shipped): writes the Firefox manifest from the one {@code manifest.json}, so the two packages
 * cannot drift. Firefox has no side panel but a sidebar, needs an add-on id for MV3 and a data-collection statement.
 */
public final class FirefoxManifest {
    /** The add-on id: stable across installs, so Firefox keeps the add-on's storage when it is updated. */
    static final String ADDON_ID = "modeldeck@modeldeck.dev";
    /** data_collection_permissions and the DNR features ModelDeck uses are all there from Firefox 140 (an ESR). */
    static final String MIN_VERSION = "140.0";
    /** Firefox for Android reads the data-collection statement from 142 on. */
    static final String MIN_ANDROID_VERSION = "142.0";

    private FirefoxManifest() { }

    /** {@code java dev.modeldeck.build.FirefoxManifest <chrome manifest.json> <firefox manifest.json>} */
    public static void main(String[] args) throws IOException, JsonException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: FirefoxManifest <manifest.json> <out/manifest.json>");
        }
        String chrome = Files.readString(Paths.get(args[0]), StandardCharsets.UTF_8);
        Path out = Paths.get(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, JsonWriter.write(from((JsonObject) JsonParser.parse(chrome))) + "\n", StandardCharsets.UTF_8);
    }

    /** The Chrome manifest turned into Firefox's: same members in the same order, side panel swapped for a sidebar. */
    static JsonObject from(JsonObject chrome) {
        JsonObject firefox = Json.object();
        for (Map.Entry<String, Json> e : chrome.fields().entrySet()) {
            switch (e.getKey()) {
                case "minimum_chrome_version" -> { }
                case "side_panel" -> firefox.put("sidebar_action", sidebar(e.getValue(), chrome));
                case "permissions" -> firefox.put("permissions", without(e.getValue(), "sidePanel"));
                default -> firefox.put(e.getKey(), e.getValue());
            }
        }
        JsonObject android = Json.object().put("strict_min_version", MIN_ANDROID_VERSION);
        return firefox.put("browser_specific_settings", Json.object().put("gecko", gecko()).put("gecko_android", android));
    }

    private static JsonObject sidebar(Json sidePanel, JsonObject chrome) {
        return Json.object()
            .put("default_panel", sidePanel.get("default_path"))
            .put("default_title", chrome.get("name"))
            .put("default_icon", chrome.get("icons"))
            .put("open_at_install", false);
    }

    private static JsonObject gecko() {
        // ModelDeck sends nothing to its makers: requests go only to the providers the user adds.
        JsonObject dataCollection = Json.object().put("required", Json.array().add("none"));
        return Json.object().put("id", ADDON_ID).put("strict_min_version", MIN_VERSION)
            .put("data_collection_permissions", dataCollection);
    }

    private static JsonArray without(Json list, String unwanted) {
        JsonArray kept = Json.array();
        for (Json item : list.items()) {
            if (!unwanted.equals(item.str())) {
                kept.add(item);
            }
        }
        return kept;
    }
}
