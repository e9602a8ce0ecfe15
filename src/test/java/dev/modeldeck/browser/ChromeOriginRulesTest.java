package dev.modeldeck.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every page must find the same session rule for a provider: the rule id comes from the provider id alone. */
class ChromeOriginRulesTest {
    @Test
    void ruleIdIsTheSameForTheSameProviderOnEveryCall() {
        assertEquals(ChromeOriginRules.ruleId("p-ollama-1"), ChromeOriginRules.ruleId("p-ollama-1"));
    }

    @Test
    void ruleIdsArePositiveIntegersAsDeclarativeNetRequestRequires() {
        for (String id : new String[] {"", "a", "p-1", "a-very-long-provider-id-that-overflows-the-hash-many-times-over"}) {
            assertTrue(ChromeOriginRules.ruleId(id) >= 1, id);
        }
    }

    @Test
    void differentProvidersGetDifferentRules() {
        assertNotEquals(ChromeOriginRules.ruleId("ollama"), ChromeOriginRules.ruleId("lmstudio"));
    }
}
