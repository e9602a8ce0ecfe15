package dev.modeldeck.core.bulk;

import static dev.modeldeck.core.bulk.BulkFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.store.Settings;
import org.junit.jupiter.api.Test;

class ImportRejectionTest {
    private final ImportPlanner planner = new ImportPlanner(CLOCK);

    private ImportRejected reject(String text) {
        return reject(text, null, false);
    }

    private ImportRejected reject(String text, KeyUnwrapper unwrapper, boolean ignoreKeys) {
        return assertThrows(ImportRejected.class, () -> planner.plan(text, sample(), unwrapper, ignoreKeys));
    }

    private static String withEntry(JsonObject e) { return file(e); }

    @Test
    void sizeOver1MbIsRefusedBeforeParsing() {
        StringBuilder sb = new StringBuilder(2 * 1024 * 1024);
        while (sb.length() < 2 * 1024 * 1024) {
            sb.append("{{{{{{{{"); // not JSON either: the size must be what is reported
        }
        ImportRejected e = reject(sb.toString());
        assertEquals(ImportRejected.Reason.TOO_LARGE, e.reason());
        assertEquals("This file is 2 MB; imports can be at most 1 MB. Export fewer providers at a time.", e.getMessage());
    }

    @Test
    void sizeCheckOnItsOwnUsesTheLengthTheCallerPasses() throws Exception {
        ImportPlanner.checkSize(ExportFormat.MAX_CHARS);
        ImportRejected e = assertThrows(ImportRejected.class, () -> ImportPlanner.checkSize(ExportFormat.MAX_CHARS + 1));
        assertEquals(ImportRejected.Reason.TOO_LARGE, e.reason());
    }

    @Test
    void notJsonSaysWhere() {
        ImportRejected e = reject("{\n  \"format\": \"modeldeck-providers\",\n  \"version\": 1 x\n}");
        assertEquals(ImportRejected.Reason.NOT_JSON, e.reason());
        assertEquals("This file is not valid JSON (Expected ',' or '}' at line 3, column 16). Choose a file exported by ModelDeck.",
            e.getMessage());
    }

    @Test
    void emptyTextIsNotJson() {
        assertEquals(ImportRejected.Reason.NOT_JSON, reject("").reason());
    }

    @Test
    void wrongFormatIsNamed() {
        ImportRejected e = reject("{\"format\":\"chatbox-backup\",\"version\":1,\"providers\":[]}");
        assertEquals(ImportRejected.Reason.NOT_PROVIDERS_FILE, e.reason());
        assertEquals("This is not a ModelDeck providers file (its format is “chatbox-backup”, expected “modeldeck-providers”). "
            + "Choose a file made with Export.", e.getMessage());
    }

    @Test
    void missingFormatAndNonObjectsAreNotOurFile() {
        assertTrue(reject("{\"version\":1,\"providers\":[]}").getMessage().contains("it has no “format”"));
        assertEquals(ImportRejected.Reason.NOT_PROVIDERS_FILE, reject("[1,2]").reason());
        assertEquals(ImportRejected.Reason.NOT_PROVIDERS_FILE, reject("\"modeldeck-providers\"").reason());
    }

    @Test
    void newerVersionSaysWhichVersionThisBuildReads() {
        ImportRejected e = reject(JsonWriter.write(header().put("version", 2).put("providers", Json.array())));
        assertEquals(ImportRejected.Reason.NEWER_VERSION, e.reason());
        assertEquals("This file was made by a newer ModelDeck (format version 2); this build reads version 1. "
            + "Update ModelDeck and import it again.", e.getMessage());
    }

    @Test
    void missingOrOddVersionIsMalformed() {
        for (Json v : new Json[] {Json.nul(), Json.of("1"), Json.of(1.5), Json.of(0)}) {
            ImportRejected e = reject(JsonWriter.write(header().put("version", v).put("providers", Json.array())));
            assertEquals(ImportRejected.Reason.MALFORMED, e.reason(), v.toString());
            assertTrue(e.getMessage().startsWith("The file has no valid “version”"), e.getMessage());
        }
    }

    @Test
    void providersMustBeAList() {
        ImportRejected e = reject(JsonWriter.write(header().put("providers", Json.object())));
        assertEquals("The file has no “providers” list.", e.getMessage());
    }

    @Test
    void moreThan500ProvidersAreRefused() {
        JsonArray arr = Json.array();
        for (int i = 0; i < 501; i++) {
            arr.add(entry("p-" + i, "P" + i, "https://h" + i + ".example.com/v1"));
        }
        ImportRejected e = reject(JsonWriter.write(header().put("providers", arr)));
        assertEquals(ImportRejected.Reason.TOO_MANY_PROVIDERS, e.reason());
        assertEquals("This file has 501 providers; one import can add at most 500. Split it into smaller files.", e.getMessage());
    }

    @Test
    void exactly500ProvidersArePlanned() throws Exception {
        JsonArray arr = Json.array();
        for (int i = 0; i < 500; i++) {
            arr.add(entry("p-" + i, "P" + i, "https://h" + i + ".example.com/v1"));
        }
        assertEquals(500, planner.plan(JsonWriter.write(header().put("providers", arr)), new Settings()).adds().size());
    }

    @Test
    void scriptAndDataAndFileUrlsRejectTheWholeFile() {
        String[][] cases = {
            {"javascript:alert(document.cookie)", "“javascript:”"},
            {"JavaScript:alert(1)", "“javascript:”"},
            {"data:text/html,<script>alert(1)</script>", "“data:”"},
            {"file:///etc/passwd", "“file:”"},
            {"ftp://files.example.com/v1", "“ftp:”"},
        };
        for (String[] c : cases) {
            ImportRejected e = reject(file(entry("p-ok", "Fine", "https://ok.example.com/v1"), entry("p-bad", "Evil", c[0])));
            assertEquals(ImportRejected.Reason.HOSTILE_ENTRY, e.reason(), c[0]);
            assertEquals("Entry 2 (“Evil”): the base URL is not a web address (" + c[1] + "). Only https:// and http:// "
                + "addresses can be imported.", e.getMessage());
        }
    }

    @Test
    void credentialsInTheUrlRejectTheFileWithoutEchoingThem() {
        ImportRejected e = reject(withEntry(entry("p-1", "Mine", "https://alice:hunter2@llm.example.com/v1")));
        assertEquals(ImportRejected.Reason.HOSTILE_ENTRY, e.reason());
        assertEquals("Entry 1 (“Mine”): the base URL contains a user name or password. Remove them from the file; "
            + "keys belong in “apiKey”.", e.getMessage());
        assertFalse(e.getMessage().contains("hunter2"));
    }

    @Test
    void namesWithControlCharactersAreRejected() {
        for (String name : new String[] {"Open\nAI", "Tab\tbed", "Bell\u0007", "Spoof\u202Eevil", "C1\u0085"}) {
            ImportRejected e = reject(withEntry(entry("p-1", name, "https://a.example.com/v1")));
            assertEquals(ImportRejected.Reason.HOSTILE_ENTRY, e.reason(), name);
            assertEquals("Entry 1: the name contains control characters (line breaks, tabs or text-direction overrides). "
                + "Remove them and import again.", e.getMessage());
        }
    }

    @Test
    void namesLongerThan100CharactersAreRejected() throws Exception {
        String n101 = "x".repeat(101);
        ImportRejected e = reject(withEntry(entry("p-1", n101, "https://a.example.com/v1")));
        assertEquals(ImportRejected.Reason.MALFORMED, e.reason());
        assertEquals("Entry 1: the name is 101 characters long; names can have at most 100.", e.getMessage());
        String n100 = "y".repeat(100);
        assertEquals(n100, planner.plan(withEntry(entry("p-1", "  " + n100 + " ", "https://a.example.com/v1")), new Settings())
            .adds().get(0).name());
    }

    @Test
    void lineBreaksHeadedForHeadersAreRejected() {
        JsonObject header = entry("p-1", "H", "https://a.example.com/v1");
        header.put("extraHeaders", Json.array().add(Json.object().put("name", "X-Evil").put("value", "a\r\nCookie: x")));
        ImportRejected e = reject(withEntry(header));
        assertEquals(ImportRejected.Reason.HOSTILE_ENTRY, e.reason());
        assertEquals("Entry 1 (“H”): a header in “extraHeaders” contains a line break, which would break the request.", e.getMessage());

        JsonObject name = entry("p-1", "H", "https://a.example.com/v1");
        name.put("extraHeaders", Json.array().add(Json.object().put("name", "X-A\nB").put("value", "v")));
        assertEquals(ImportRejected.Reason.HOSTILE_ENTRY, reject(withEntry(name)).reason());

        for (String f : new String[] {"organization", "project", "appReferer", "appTitle", "headerName"}) {
            ImportRejected e2 = reject(withEntry(entry("p-1", "H", "https://a.example.com/v1").put(f, "x\ny")));
            assertEquals("Entry 1 (“H”): “" + f + "” contains a line break, which would break the request headers.", e2.getMessage());
        }
        JsonObject q = entry("p-1", "H", "https://a.example.com/v1");
        q.put("extraQuery", Json.array().add(Json.object().put("name", "v").put("value", "1\r")));
        assertTrue(reject(withEntry(q)).getMessage().contains("a query parameter in “extraQuery” contains a line break"));
    }

    @Test
    void keyWithLineBreakIsRejectedWithoutShowingIt() {
        String text = JsonWriter.write(header().put("includesKeys", true).put("providers", Json.array()
            .add(entry("p-1", "K", "https://a.example.com/v1").put("apiKey", "sk-abc\r\nX-Other: 1"))));
        ImportRejected e = reject(text);
        assertEquals(ImportRejected.Reason.HOSTILE_ENTRY, e.reason());
        assertEquals("Entry 1 (“K”): the API key contains a line break, which would break the request headers.", e.getMessage());
        assertFalse(e.getMessage().contains("sk-abc"));
    }

    @Test
    void wrongTypesAreMalformedAndNamed() {
        assertEquals("Entry 1: “name” must be text.", reject(withEntry(entry("p", "x", "https://a.b/v1").put("name", 5))).getMessage());
        assertEquals("Entry 1 (“x”): “extraHeaders” must be a list.",
            reject(withEntry(entry("p", "x", "https://a.b/v1").put("extraHeaders", "X-A: 1"))).getMessage());
        assertEquals("Entry 1 (“x”): “timeoutMs” must be a number.",
            reject(withEntry(entry("p", "x", "https://a.b/v1").put("timeoutMs", "60000"))).getMessage());
        assertEquals("Entry 1: “enabled” must be true or false.",
            reject(withEntry(entry("p", "x", "https://a.b/v1").put("enabled", "yes"))).getMessage());
        assertEquals("Entry 1 (“x”): “modelPrefs” must be an object.",
            reject(withEntry(entry("p", "x", "https://a.b/v1").put("modelPrefs", Json.array()))).getMessage());
        ImportRejected notObject = reject(JsonWriter.write(header().put("providers", Json.array().add("https://a.b/v1"))));
        assertEquals("Entry 1 is not a provider (expected an object in “providers”).", notObject.getMessage());
    }

    @Test
    void badIdsAreMalformed() {
        for (Json id : new Json[] {Json.of(""), Json.of(" p-1"), Json.of("p\u0000"), Json.of("i".repeat(101)), Json.of(7)}) {
            ImportRejected e = reject(withEntry(entry(null, "x", "https://a.b/v1").put("id", id)));
            assertEquals(ImportRejected.Reason.MALFORMED, e.reason(), id.toString());
        }
    }

    @Test
    void aKeyInAFileThatSaysItHasNoneIsRefused() {
        ImportRejected e = reject(withEntry(entry("p-1", "K", "https://a.b/v1").put("apiKey", "sk-zzz")));
        assertEquals(ImportRejected.Reason.MALFORMED, e.reason());
        assertEquals("Entry 1 carries an API key, but the file says it includes none (“includesKeys”: false). "
            + "Set it to true to import the keys.", e.getMessage());
    }

    @Test
    void protectedKeysNeedThePassphrase() {
        String text = new ProviderExport(CLOCK).exportText(sample(), null, true, WRAP);
        ImportRejected needed = reject(text, null, false);
        assertEquals(ImportRejected.Reason.PASSPHRASE_NEEDED, needed.reason());
        assertEquals("The API keys in this file are protected by a key-vault passphrase. Enter that passphrase, "
            + "or import without keys.", needed.getMessage());
        ImportRejected wrong = reject(text, WRONG_PASSPHRASE, false);
        assertEquals(ImportRejected.Reason.PASSPHRASE_WRONG, wrong.reason());
        assertEquals("The passphrase does not unlock the key of Entry 1. Check the passphrase and try again.", wrong.getMessage());
    }

    @Test
    void protectedFileImportsWithoutKeysWhenTheUserChoosesSo() throws Exception {
        Settings s = sample();
        String text = new ProviderExport(CLOCK).exportText(s, null, true, WRAP);
        ImportPlan plan = planner.plan(text, s, null, true);
        assertFalse(plan.includesKeys());
        assertEquals(5, plan.skips().size(), "same settings, saved keys kept: nothing to do");
    }

    @Test
    void aRefusedFileNeverAsksForThePassphrase() {
        String text = JsonWriter.write(header().put("includesKeys", true).put("keyProtection", "vault-passphrase")
            .put("providers", Json.array().add(entry("p-1", "X", "file:///etc/passwd").put("apiKey", "wrapped:abc"))));
        assertEquals(ImportRejected.Reason.HOSTILE_ENTRY, reject(text).reason());
    }

    @Test
    void unknownKeyProtectionIsRefused() {
        String text = JsonWriter.write(header().put("includesKeys", true).put("keyProtection", "rot13").put("providers", Json.array()));
        ImportRejected e = reject(text);
        assertEquals(ImportRejected.Reason.MALFORMED, e.reason());
        assertTrue(e.getMessage().startsWith("This file protects its keys with “rot13”, which this build does not know."));
    }

    @Test
    void oneBadEntryLeavesNoPartialPlan() {
        // The first entries are fine; the third is hostile: nothing is planned at all.
        String text = file(entry("p-a", "A", "https://a.example.com/v1"), entry("p-b", "B", "https://b.example.com/v1"),
            entry("p-c", "C", "javascript:void(0)"));
        assertThrows(ImportRejected.class, () -> planner.plan(text, new Settings()));
    }
}
