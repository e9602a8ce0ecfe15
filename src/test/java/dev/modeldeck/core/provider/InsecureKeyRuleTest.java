package dev.modeldeck.core.provider;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Collections;
import org.junit.jupiter.api.Test;

class InsecureKeyRuleTest {
    private static ProviderConfig provider(String url, AuthStyle auth, String key) {
        ProviderConfig p = new ProviderConfig("p1", "Remote", url);
        p.authStyle = auth;
        p.apiKey = key;
        return p;
    }

    @Test
    void keyOverPlainHttpToARemoteHostNeedsConfirmation() {
        assertTrue(InsecureKeyRule.needsConfirmation(provider("http://example.invalid/v1", AuthStyle.BEARER, "sk-1")));
        assertTrue(InsecureKeyRule.needsConfirmation(provider("HTTP://api.example.com:8080/v1", AuthStyle.CUSTOM_HEADER, "k")));
        assertTrue(InsecureKeyRule.needsConfirmation(provider("  http://8.8.8.8/v1 ", AuthStyle.BEARER, "sk-1")));
    }

    @Test
    void httpsLocalHostsAndKeylessProvidersNeedNoConfirmation() {
        assertFalse(InsecureKeyRule.needsConfirmation(provider("https://example.invalid/v1", AuthStyle.BEARER, "sk-1")));
        assertFalse(InsecureKeyRule.needsConfirmation(provider("http://127.0.0.1:11434/v1", AuthStyle.BEARER, "sk-1")));
        assertFalse(InsecureKeyRule.needsConfirmation(provider("http://localhost:1234/v1", AuthStyle.BEARER, "sk-1")));
        assertFalse(InsecureKeyRule.needsConfirmation(provider("http://192.168.1.20:8000/v1", AuthStyle.BEARER, "sk-1")));
        assertFalse(InsecureKeyRule.needsConfirmation(provider("http://gpu-box:8000/v1", AuthStyle.BEARER, "sk-1")));
        assertFalse(InsecureKeyRule.needsConfirmation(provider("http://example.invalid/v1", AuthStyle.NONE, "sk-1")),
            "auth None never sends the key");
        assertFalse(InsecureKeyRule.needsConfirmation(provider("http://example.invalid/v1", AuthStyle.BEARER, "")));
        assertFalse(InsecureKeyRule.needsConfirmation(provider("http://example.invalid/v1", AuthStyle.BEARER, "  ")));
        assertFalse(InsecureKeyRule.needsConfirmation(provider("not a url", AuthStyle.BEARER, "sk-1")));
        assertFalse(InsecureKeyRule.needsConfirmation(null));
    }

    @Test
    void unconfirmedProviderIsRefusedNextToTheBaseUrl() {
        ProviderConfig p = provider("http://example.invalid/v1", AuthStyle.BEARER, "sk-1");
        FieldMessage refusal = InsecureKeyRule.refusal(p);
        assertNotNull(refusal);
        assertEquals(ProviderValidation.BASE_URL, refusal.field());
        assertEquals(Severity.ERROR, refusal.severity());
        assertTrue(refusal.message().contains(InsecureKeyRule.confirmation()), refusal.message());
        assertFalse(refusal.message().contains("sk-1"), "the key is never quoted");

        ValidationResult v = InsecureKeyRule.apply(p, ProviderValidation.validate(p, Collections.emptyList()));
        assertFalse(v.canSave());
        assertEquals(refusal.message(), v.firstError(ProviderValidation.BASE_URL));
        assertEquals("http://example.invalid/v1", v.normalizedBaseUrl());
    }

    @Test
    void confirmedProviderIsSaved() {
        ProviderConfig p = provider("http://example.invalid/v1", AuthStyle.BEARER, "sk-1");
        p.allowInsecureKey = true;
        assertNull(InsecureKeyRule.refusal(p));
        ValidationResult plain = ProviderValidation.validate(p, Collections.emptyList());
        ValidationResult v = InsecureKeyRule.apply(p, plain);
        assertSame(plain, v);
        assertTrue(v.canSave(), v.messages().toString());
    }

    @Test
    void theConfirmationSurvivesJsonAndOldDocumentsReadAsUnconfirmed() throws Exception {
        ProviderConfig p = provider("http://example.invalid/v1", AuthStyle.BEARER, "sk-1");
        p.allowInsecureKey = true;
        assertTrue(p.toJson(false).toString().contains("\"allowInsecureKey\":true"));
        assertTrue(ProviderConfig.fromJson(p.toJson(true)).allowInsecureKey);
        assertTrue(p.copy().allowInsecureKey);

        ProviderConfig unconfirmed = provider("http://example.invalid/v1", AuthStyle.BEARER, "sk-1");
        assertFalse(unconfirmed.toJson(true).toString().contains("allowInsecureKey"), "default is left out of stored documents");
        ProviderConfig old = ProviderConfig.fromJson(dev.modeldeck.core.json.JsonParser.parse(
            "{\"id\":\"p9\",\"name\":\"Old\",\"baseUrl\":\"http://example.invalid/v1\",\"auth\":\"bearer\",\"apiKey\":\"sk-9\"}"));
        assertFalse(old.allowInsecureKey);
        assertNotNull(InsecureKeyRule.refusal(old), "a provider stored before the rule existed must confirm on its next save");
    }
}
