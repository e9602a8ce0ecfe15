package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.testprovider.Fault;
import dev.modeldeck.testprovider.Target;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** Model discovery in the real options page: types, sources, a huge list, failures, 429 and the cache. */
class DiscoveryE2eTest extends E2eBase {

    /** The text of the row whose model id is exactly {@code id}, or null. */
    private String row(String id) {
        return (String) js("var want = arguments[0];"
            + "var rows = document.querySelectorAll('ul[aria-label=Models] > li');"
            + "for (var i = 0; i < rows.length; i++) {"
            + "  var first = rows[i].firstElementChild;"
            + "  if (first && first.textContent === want) { return rows[i].textContent; }"
            + "}"
            + "return null;", id);
    }

    private String appText() {
        return (String) js("return document.getElementById('app').textContent");
    }

    /**
     * Stores a keyless provider for the local test provider and opens it in the form, without typing:
     * the form's discovery preview while typing would add its own GET /models.
     */
    private void openStoredProvider(String name) {
        Settings settings = new Settings();
        ProviderConfig p = new ProviderConfig("stored-" + name.toLowerCase(), name, provider.baseUrl());
        p.authStyle = AuthStyle.NONE;
        settings.providers.add(p);
        browser.seedLocalStorage(Map.of(StorageKeys.SETTINGS, settings.toJson(true).toString()));
        browser.open("options.html");
        click("button", "Edit " + name);
    }

    private int modelGets() {
        return provider.requests().count(Target.MODELS);
    }

    @Test
    void modelsAppearWithTypeBadgesAndCapabilitySources() {
        addLocalProvider("Local demo");
        waitFor("demo models listed", () -> listText("Models").contains("demo-embed-small"));
        String embed = row("demo-embed-small");
        assertTrue(embed.contains("embedding"), "the embedding model carries a non-chat type badge: " + embed);
        assertFalse(row("demo-chat").contains("embedding"), "a chat model has no type badge: " + row("demo-chat"));

        // A provider that states context windows: the badge names the provider as the source.
        provider.content().modelsFixture("groq-models.json");
        click("button", "Refresh models");
        waitFor("groq list", () -> row("whisper-large-v3-turbo") != null);
        String llama = row("llama3-8b-8192");
        assertTrue(llama.contains("8k (provider)"), "context from the provider's list: " + llama);
        assertTrue(row("whisper-large-v3-turbo").contains("audio"), "speech model marked: " + row("whisper-large-v3-turbo"));

        // A provider that states nothing: well-known ids get ModelDeck's own values, marked as built-in.
        provider.content().modelsFixture("deepseek-models.json");
        click("button", "Refresh models");
        waitFor("deepseek list", () -> row("deepseek-chat") != null);
        String deepseek = row("deepseek-chat");
        assertTrue(deepseek.contains("128k (built-in)"), "context from the built-in table: " + deepseek);
        assertNull(row("llama3-8b-8192"), "the refreshed list replaced the old one");
        js("arguments[0].scrollIntoView({block: 'center'})", find("list", "Models"));
        browser.screenshot("models-sources");
    }

    @Test
    void hugeListShowsTheFirstRowsAndTheFilterNarrowsIt() {
        provider.content().generatedModels(5000);
        openStoredProvider("Huge");
        waitFor("first rows", 30, () -> items("Models").size() == 60);
        assertTrue(appText().contains("Showing 60 of 5,000"), "the cut is said: " + appText());
        assertEquals(1, modelGets(), "one GET for 5,000 models");

        // Each keystroke as the page sees it: value set, input event dispatched, layout forced.
        WebElement box = find("searchbox", "Filter models");
        @SuppressWarnings("unchecked")
        List<Object> times = (List<Object>) js(
            "var box = arguments[0], text = arguments[1], out = [];"
            + "for (var i = 1; i <= text.length; i++) {"
            + "  box.value = text.substring(0, i);"
            + "  var t0 = performance.now();"
            + "  box.dispatchEvent(new Event('input', {bubbles: true}));"
            + "  document.body.getBoundingClientRect(); void document.body.offsetHeight;"
            + "  out.push(performance.now() - t0);"
            + "}"
            + "return out;", box, "generated-model-049");
        double sum = 0;
        double max = 0;
        StringBuilder each = new StringBuilder();
        for (Object o : times) {
            double t = ((Number) o).doubleValue();
            sum += t;
            max = Math.max(max, t);
            each.append(Math.round(t * 10) / 10.0).append(' ');
        }
        System.out.println("[filter timing] 5,000 models, ms per keystroke: " + each.toString().trim());
        System.out.println("[filter timing] mean " + Math.round(sum / times.size() * 10) / 10.0 + " ms, max "
            + Math.round(max * 10) / 10.0 + " ms over " + times.size() + " keystrokes");

        List<WebElement> narrowed = items("Models");
        assertEquals(60, narrowed.size(), "the first 60 of generated-model-04900 … 04999");
        for (WebElement li : narrowed) {
            assertTrue(li.getText().contains("generated-model-049"), li.getText());
        }
        assertTrue(appText().contains("Showing 60 of 100"), "the narrowed count is said: " + appText());

        // Real typing through the keyboard narrows further.
        box.sendKeys("99");
        waitFor("one row", () -> items("Models").size() == 1);
        assertTrue(listText("Models").contains("generated-model-04999"));
        js("arguments[0].scrollIntoView({block: 'center'})", find("searchbox", "Filter models"));
        browser.screenshot("models-huge-filtered");

        type("searchbox", "Filter models", "no-such-model-xyz");
        waitFor("empty result said", () -> items("Models").isEmpty() && appText().contains("No model matches the filter."));
        assertEquals(1, modelGets(), "filtering never asks the provider again");
    }

    @Test
    void htmlErrorPageGivesAClearMessageWithAShortSnippet() {
        provider.faults().add(Fault.html(502).on(Target.MODELS).always());
        addLocalProvider("Behind a proxy");
        waitFor("error shown", () -> alertText().contains("502"));
        String alert = alertText();
        assertTrue(alert.contains("Could not load models"), alert);
        assertTrue(alert.contains("Bad Gateway"), "a snippet of the page's text: " + alert);
        assertFalse(alert.contains("<") || alert.contains("DOCTYPE"), "markup reduced to text: " + alert);
        assertTrue(alert.length() < 600, "short: " + alert.length() + " chars");
        assertTrue(items("Models").isEmpty());
        assertTrue(appText().contains("Could not load models"), "the models panel says it too, not a silent blank");
        browser.screenshot("models-html-error");
    }

    @Test
    void emptyListIsSaidNotLeftBlank() {
        provider.faults().add(Fault.emptyModels().always());
        addLocalProvider("Empty");
        waitFor("empty list explained", () -> appText().contains("returned no models"));
        assertTrue(items("Models").isEmpty());
    }

    @Test
    void rateLimitedRefreshKeepsTheStaleListAndSendsNothingDuringTheWait() {
        openStoredProvider("Limited");
        waitFor("first list", () -> listText("Models").contains("demo-chat"));
        int before = modelGets();
        provider.faults().add(Fault.status(429).header("Retry-After", "30")
            .body("{\"error\":{\"message\":\"Rate limit reached, slow down.\",\"type\":\"rate_limit_exceeded\"}}")
            .on(Target.MODELS).always());
        long start = System.currentTimeMillis();
        click("button", "Refresh models");
        waitFor("refresh failure said", 20, () -> appText().contains("refresh failed"));
        System.out.println("[429] refresh failure shown after " + (System.currentTimeMillis() - start) + " ms, "
            + (modelGets() - before) + " GET /models sent");
        assertTrue(listText("Models").contains("demo-chat"), "the stale list stays visible");
        assertEquals(before + 1, modelGets(), "one request for one click");

        click("button", "Refresh models");
        waitFor("second click answered", () -> find("button", "Refresh models").isEnabled());
        sleep(500);
        assertEquals(before + 1, modelGets(), "no request while the Retry-After wait runs");
        assertTrue(listText("Models").contains("demo-chat"));
        assertTrue(appText().contains("Next try in"), "the wait is said: " + appText());
    }

    @Test
    void rateLimitedRefreshWithALongWaitKeepsTheStaleList() {
        // Beyond the retry layer's 60 s limit, so the 429 reaches discovery at once.
        openStoredProvider("Limited long");
        waitFor("first list", () -> listText("Models").contains("demo-chat"));
        int before = modelGets();
        provider.faults().add(Fault.status(429).header("Retry-After", "120").on(Target.MODELS).always());
        click("button", "Refresh models");
        waitFor("refresh failure said", () -> appText().contains("refresh failed"));
        assertTrue(listText("Models").contains("demo-chat"), "the stale list stays visible");
        assertEquals(before + 1, modelGets());
        click("button", "Refresh models");
        sleep(800);
        assertEquals(before + 1, modelGets(), "no request while the Retry-After wait runs");
        assertTrue(listText("Models").contains("demo-chat"));
        assertTrue(appText().contains("refresh failed"), appText());
    }

    @Test
    void aTransientModelsFailureIsRetriedByTheProviderStack() {
        openStoredProvider("Flaky");
        waitFor("first list", () -> listText("Models").contains("demo-chat"));
        int before = modelGets();
        provider.faults().add(Fault.status(503).body("{\"error\":{\"message\":\"warming up\"}}").on(Target.MODELS).times(1));
        click("button", "Refresh models");
        waitFor("refresh settled", () -> find("button", "Refresh models").isEnabled() && !appText().contains("Refreshing"));
        sleep(2500);
        assertFalse(appText().contains("refresh failed"), "a single 503 is retried, not shown: " + appText());
        assertEquals(before + 2, modelGets(), "the 503 was retried once");
        browser.open("options.html");
        assertTrue(listText("Providers").contains("healthy"), "health recorded for discovery: " + listText("Providers"));
    }

    @Test
    void reopeningTheOptionsPageWithinTheTtlServesTheCachedList() {
        openStoredProvider("Cached");
        waitFor("first list", () -> listText("Models").contains("demo-chat"));
        sleep(300);
        assertEquals(1, modelGets(), "one GET /models for the first look");
        for (int i = 0; i < 2; i++) {
            browser.open("options.html");
            click("button", "Edit Cached");
            waitFor("list from the cache", () -> listText("Models").contains("demo-chat"));
        }
        sleep(500);
        assertEquals(1, modelGets(), "no GET /models while the cached list is fresh; log: " + provider.requests().all());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
