package dev.modeldeck.core.bulk;

import static dev.modeldeck.core.bulk.BulkFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UrlListImportTest {
    private final ImportPlanner planner = new ImportPlanner(CLOCK);

    private static final String LIST = String.join("\n",
        "# My providers",                                  // 1
        "",                                                // 2
        "  https://api.groq.com/openai/v1/  ",             // 3  Groq, trailing slash
        "http://localhost:11434/v1   # the desktop box",   // 4  Ollama, inline comment
        "https://api.mistral.ai/v1/chat/completions",      // 5  Mistral, pasted endpoint
        "javascript:alert(1)",                             // 6  invalid
        "api.deepseek.com",                                // 7  no scheme
        "https://bob:pw@llm.example.com/v1",               // 8  credentials
        "\t",                                              // 9
        "https://llm.corp.example:8443/v1",                // 10 custom
        "https://api.groq.com/openai/v1",                  // 11 same as line 3
        "https://{resource}.openai.azure.com/openai/v1");  // 12 placeholder

    @Test
    void commentsBlankLinesAndSpacesAreIgnoredAndUrlsNormalized() throws Exception {
        UrlListImport.Result r = UrlListImport.read(LIST, new Settings());
        List<IncomingProvider> ps = r.providers();
        assertEquals(Arrays.asList("Line 3", "Line 4", "Line 5", "Line 10", "Line 11"),
            Arrays.asList(ps.get(0).label(), ps.get(1).label(), ps.get(2).label(), ps.get(3).label(), ps.get(4).label()));
        assertEquals("https://api.groq.com/openai/v1", ps.get(0).baseUrl());
        assertEquals("http://localhost:11434/v1", ps.get(1).baseUrl());
        assertEquals("https://api.mistral.ai/v1", ps.get(2).baseUrl());
    }

    @Test
    void presetsAreGuessedFromTheHost() throws Exception {
        List<IncomingProvider> ps = UrlListImport.read(LIST, new Settings()).providers();
        ProviderConfig groq = ps.get(0).config();
        assertEquals("groq", groq.presetId);
        ProviderConfig ollama = ps.get(1).config();
        assertEquals("ollama", ollama.presetId);
        assertEquals(AuthStyle.NONE, ollama.authStyle);
        assertTrue(ollama.stripOrigin);
        assertEquals("mistral", ps.get(2).config().presetId);
        assertEquals("custom", ps.get(3).config().presetId);
    }

    @Test
    void invalidLinesAreReportedWithTheirNumbers() throws Exception {
        List<InvalidLine> bad = UrlListImport.read(LIST, new Settings()).invalidLines();
        assertEquals(Arrays.asList(6, 7, 8, 12), Arrays.asList(bad.get(0).lineNumber(), bad.get(1).lineNumber(),
            bad.get(2).lineNumber(), bad.get(3).lineNumber()));
        assertEquals(4, bad.size());
        assertTrue(bad.get(0).message().startsWith("“javascript:” addresses can't be used."), bad.get(0).message());
        assertEquals("Add https:// at the start (or http:// if the server is on your own network).", bad.get(1).message());
        assertEquals("https://api.deepseek.com", bad.get(1).suggestion());
        assertEquals("Remove the user name or password from the URL; put the key in the API key field instead.", bad.get(2).message());
        assertFalse(bad.get(2).text().contains("pw"), "the password is not echoed");
        assertEquals("Replace {resource} with your own value.", bad.get(3).message());
        assertEquals("Line 7: Add https:// at the start (or http:// if the server is on your own network).", bad.get(1).toString());
    }

    @Test
    void namesComeFromThePresetOrHostAndAreUnique() throws Exception {
        Settings s = sample(); // already has "Groq" and "Ollama"
        List<IncomingProvider> ps = UrlListImport.read(LIST, s).providers();
        assertEquals("Groq 2", ps.get(0).name());
        assertEquals("Ollama 2", ps.get(1).name());
        assertEquals("Mistral", ps.get(2).name());
        assertEquals("llm.corp.example:8443", ps.get(3).name());
        assertEquals("Groq 3", ps.get(4).name());
    }

    @Test
    void planAddsNewUrlsAndSkipsKnownAndRepeatedOnes() throws Exception {
        Settings s = new Settings();
        ProviderConfig mine = new ProviderConfig("p-m", "My Mistral", "https://api.mistral.ai/v1");
        mine.presetId = "mistral";
        mine.apiKey = "mistral-secret";
        s.providers.add(mine);
        ImportPlan plan = planner.planUrlList(LIST, s);
        assertEquals(4, plan.invalidLines().size());
        assertEquals(5, plan.items().size());
        assertEquals(PlanAction.ADD, plan.items().get(0).action());
        assertTrue(plan.items().get(0).needsKey(), "Groq needs a key");
        assertFalse(plan.items().get(1).needsKey(), "Ollama needs none");
        PlannedProvider known = plan.items().get(2);
        assertEquals(SkipReason.ALREADY_SET_UP, known.skipReason());
        assertEquals("Already set up as “My Mistral”.", known.skipMessage());
        PlannedProvider repeat = plan.items().get(4);
        assertEquals(SkipReason.DUPLICATE_IN_LIST, repeat.skipReason());
        assertEquals("Same base URL as Line 3.", repeat.skipMessage());

        Settings after = ImportPlanner.apply(plan, s);
        assertEquals(4, after.providers.size());
        assertEquals("mistral-secret", after.provider("p-m").apiKey, "a known URL never touches the saved provider");
        assertEquals("Groq", after.providers.get(1).name);
        assertEquals("custom", after.providers.get(3).presetId);
        assertTrue(after.providers.get(1).id.startsWith("p-"));
    }

    @Test
    void crlfAndBomInputIsRead() throws Exception {
        UrlListImport.Result r = UrlListImport.read("\ufeffhttps://api.openai.com/v1\r\n\r\nhttps://api.x.ai/v1\rhttps://bad\u00a0host/v1", new Settings());
        assertEquals(2, r.providers().size());
        assertEquals("OpenAI", r.providers().get(0).name());
        assertEquals("xAI (Grok)", r.providers().get(1).name());
        assertEquals(4, r.invalidLines().get(0).lineNumber());
    }

    @Test
    void moreThan500UrlsAreRefusedButCommentsDoNotCount() throws Exception {
        StringBuilder ok = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            ok.append("# server ").append(i).append('\n').append("https://h").append(i).append(".example.com/v1\n");
        }
        assertEquals(500, UrlListImport.read(ok.toString(), new Settings()).providers().size());
        ImportRejected e = assertThrows(ImportRejected.class,
            () -> UrlListImport.read(ok + "https://one-more.example.com/v1", new Settings()));
        assertEquals(ImportRejected.Reason.TOO_MANY_PROVIDERS, e.reason());
        assertEquals("The list has 501 URLs; one import can add at most 500. Split it into smaller lists.", e.getMessage());
    }

    @Test
    void oversizedListIsRefused() {
        String big = "#".repeat((int) ExportFormat.MAX_CHARS + 1);
        assertEquals(ImportRejected.Reason.TOO_LARGE,
            assertThrows(ImportRejected.class, () -> UrlListImport.read(big, new Settings())).reason());
    }

    @Test
    void hashInsideAUrlIsNotAComment() {
        assertEquals("https://a.example.com/v1#frag", UrlListImport.content("  https://a.example.com/v1#frag "));
        assertEquals("https://a.example.com/v1", UrlListImport.content("https://a.example.com/v1\t# note"));
        assertEquals("", UrlListImport.content("   # just a note"));
    }
}
