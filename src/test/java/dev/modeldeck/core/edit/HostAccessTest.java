package dev.modeldeck.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.provider.ProviderConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostAccessTest {
    private final FakeHostPermissions browser = new FakeHostPermissions();
    private final HostAccess access = new HostAccess(browser);

    private static ProviderConfig at(String id, String baseUrl) { return new ProviderConfig(id, id, baseUrl); }

    @Test
    void anOriginNotAskedAboutYetIsNeitherGrantedNorRefused() {
        ProviderConfig p = at("p", "https://api.groq.com/openai/v1");
        assertFalse(access.refused(p));
        assertFalse(access.granted("https://api.groq.com/*"));
    }

    @Test
    void checkingAsksTheBrowserOncePerOriginAndSharedOriginsAreAskedOnce() {
        browser.granted.add("http://127.0.0.1/*");
        List<ProviderConfig> providers = List.of(at("ollama", "http://127.0.0.1:11434/v1"),
            at("llama", "http://127.0.0.1:8080/v1"), at("openai", "https://api.openai.com/v1"), at("bad", "not a url"));

        access.checkAll(providers);
        access.checkAll(providers);

        assertEquals(List.of("http://127.0.0.1/*", "https://api.openai.com/*"), browser.containsAsked);
        assertTrue(access.granted("http://127.0.0.1/*"));
        assertFalse(access.refused(providers.get(0)));
        assertTrue(access.refused(providers.get(2)));
        assertFalse(access.refused(providers.get(3)), "no origin, nothing to refuse");
    }

    @Test
    void anAnswerFromThePromptIsRememberedBeforeItIsPassedOn() {
        ProviderConfig p = at("p", "https://api.openai.com/v1");
        List<Boolean> heard = new ArrayList<>();
        access.request("https://api.openai.com/*", ok -> {
            heard.add(ok);
            assertTrue(access.refused(p));
        });
        assertTrue(heard.isEmpty(), "no answer yet");

        browser.answer("https://api.openai.com/*", false);

        assertEquals(List.of(false), heard);
        access.check("https://api.openai.com/*");
        assertTrue(browser.containsAsked.isEmpty(), "a known answer is not asked for again");
    }

    @Test
    void anAnswerGivenElsewhereIsRemembered() {
        access.remember("http://localhost/*", true);
        assertTrue(access.granted("http://localhost/*"));
        access.remember("http://localhost/*", false);
        assertTrue(access.refused(at("lm", "http://localhost:1234/v1")));
    }
}
