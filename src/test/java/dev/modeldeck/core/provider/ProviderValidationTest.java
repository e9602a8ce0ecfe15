package dev.modeldeck.core.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProviderValidationTest {
    private static ProviderConfig groq() {
        ProviderConfig p = Presets.GROQ.newConfig("p-groq", Collections.emptyList());
        p.apiKey = "gsk_abc123";
        return p;
    }

    private static ValidationResult validate(ProviderConfig p, ProviderConfig... others) {
        return ProviderValidation.validate(p, Arrays.asList(others));
    }

    @Test
    void completePresetProviderIsValidWithNoMessages() {
        ValidationResult r = validate(groq());
        assertTrue(r.canSave());
        assertTrue(r.messages().isEmpty(), r.messages().toString());
        assertEquals("https://api.groq.com/openai/v1", r.normalizedBaseUrl());
    }

    @Test
    void nameIsRequired() {
        ProviderConfig p = groq();
        p.name = "  ";
        ValidationResult r = validate(p);
        assertFalse(r.canSave());
        assertNotNull(r.firstError(ProviderValidation.NAME));
    }

    @Test
    void duplicateNameIsCaseInsensitiveAndOffersAFreeName() {
        ProviderConfig other = new ProviderConfig("p-other", "groq", "https://api.groq.com/openai/v1");
        ProviderConfig p = groq();
        ValidationResult r = validate(p, other);
        FieldMessage m = r.forField(ProviderValidation.NAME).get(0);
        assertEquals(Severity.ERROR, m.severity());
        assertEquals("Groq 2", m.fix());
        assertFalse(r.canSave());
    }

    @Test
    void providerDoesNotClashWithItsOwnSavedCopy() {
        ProviderConfig saved = groq();
        ProviderConfig editing = saved.copy();
        assertTrue(validate(editing, saved).canSave());
        assertTrue(validate(saved, saved).canSave());
    }

    @Test
    void baseUrlProblemsAreReportedOnTheBaseUrlFieldWithTheirFixes() {
        ProviderConfig p = groq();
        p.baseUrl = "https://api.groq.com";
        ValidationResult r = validate(p);
        FieldMessage m = r.forField(ProviderValidation.BASE_URL).get(0);
        assertEquals(Severity.FIX, m.severity());
        assertEquals("https://api.groq.com/openai/v1", m.fix());
        assertTrue(r.canSave());

        p.baseUrl = "ftp://x";
        assertNotNull(validate(p).firstError(ProviderValidation.BASE_URL));
    }

    @Test
    void unfilledAzurePlaceholderBlocksSaving() {
        ProviderConfig p = Presets.AZURE.newConfig("p", Collections.emptyList());
        p.apiKey = "k";
        assertTrue(validate(p).firstError(ProviderValidation.BASE_URL).contains("{resource}"));
    }

    @Test
    void keyRequiredByPresetButEmptyIsAnErrorThatSaysWhereToGetOne() {
        ProviderConfig p = groq();
        p.apiKey = " ";
        String msg = validate(p).firstError(ProviderValidation.API_KEY);
        assertNotNull(msg);
        assertTrue(msg.contains("Groq") && msg.contains("console.groq.com"), msg);
    }

    @Test
    void keylessPresetsAndAuthNoneNeedNoKey() {
        ProviderConfig ollama = Presets.OLLAMA.newConfig("p", Collections.emptyList());
        assertTrue(validate(ollama).canSave(), validate(ollama).messages().toString());
        ProviderConfig p = groq();
        p.apiKey = "";
        p.authStyle = AuthStyle.NONE;
        assertNull(validate(p).firstError(ProviderValidation.API_KEY));
        ProviderConfig custom = new ProviderConfig("p", "Mine", "https://mine.example/v1");
        assertTrue(validate(custom).canSave());
    }

    @Test
    void storedKeyWithAuthNoneIsAWarning() {
        ProviderConfig p = Presets.OLLAMA.newConfig("p", Collections.emptyList());
        p.apiKey = "ollama";
        FieldMessage m = validate(p).forField(ProviderValidation.API_KEY).get(0);
        assertEquals(Severity.WARNING, m.severity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gsk_abc\n123", "gsk abc", "gsk_abc\u201d"})
    void brokenKeysAreErrors(String key) {
        ProviderConfig p = groq();
        p.apiKey = key;
        assertNotNull(validate(p).firstError(ProviderValidation.API_KEY));
    }

    @Test
    void spacesAroundTheKeyAreOnlyNoted() {
        ProviderConfig p = groq();
        p.apiKey = "  gsk_abc123\n";
        ValidationResult r = validate(p);
        assertTrue(r.canSave());
        assertEquals(Severity.INFO, r.forField(ProviderValidation.API_KEY).get(0).severity());
    }

    @Test
    void customHeaderStyleNeedsAValidHeaderName() {
        ProviderConfig p = groq();
        p.authStyle = AuthStyle.CUSTOM_HEADER;
        p.headerName = "";
        assertNotNull(validate(p).firstError(ProviderValidation.HEADER_NAME));
        p.headerName = "api key";
        assertNotNull(validate(p).firstError(ProviderValidation.HEADER_NAME));
        p.headerName = "api-key:";
        assertNotNull(validate(p).firstError(ProviderValidation.HEADER_NAME));
        p.headerName = "Origin";
        assertNotNull(validate(p).firstError(ProviderValidation.HEADER_NAME));
        p.headerName = "Content-Type";
        assertNotNull(validate(p).firstError(ProviderValidation.HEADER_NAME));
        p.headerName = "x-api-key";
        assertNull(validate(p).firstError(ProviderValidation.HEADER_NAME));
    }

    @Test
    void headerNameIsIgnoredForOtherAuthStyles() {
        ProviderConfig p = groq();
        p.headerName = "not valid!";
        assertTrue(validate(p).canSave());
    }

    @Test
    void extraHeaderDuplicatingAuthIsAnErrorNotSilentlyDropped() {
        ProviderConfig p = groq();
        p.extraHeaders.add(new NameValue("AUTHORIZATION", "Bearer other"));
        String msg = validate(p).firstError(ProviderValidation.EXTRA_HEADERS);
        assertNotNull(msg);
        assertTrue(msg.contains("authentication"), msg);
    }

    @Test
    void extraAuthorizationIsAllowedWhenAuthIsNone() {
        ProviderConfig p = groq();
        p.authStyle = AuthStyle.NONE;
        p.apiKey = "";
        p.extraHeaders.add(new NameValue("Authorization", "Basic abc"));
        assertNull(validate(p).firstError(ProviderValidation.EXTRA_HEADERS));
    }

    @Test
    void extraHeaderNamesMustBeValidAndAllowedByBrowsers() {
        for (String bad : Arrays.asList("", "X Tenant", "X-Tenant:", "Cookie", "Host", "Sec-Fetch-Mode", "Proxy-Authorization",
                "Content-Type")) {
            ProviderConfig p = groq();
            p.extraHeaders.add(new NameValue(bad, "v"));
            assertNotNull(validate(p).firstError(ProviderValidation.EXTRA_HEADERS), bad);
        }
        ProviderConfig ok = groq();
        ok.extraHeaders.add(new NameValue("X-Tenant", "blue"));
        assertTrue(validate(ok).canSave());
    }

    @Test
    void lineBreaksInAnyHeaderValueAreErrors() {
        ProviderConfig p = groq();
        p.extraHeaders.add(new NameValue("X-Tenant", "blue\r\nX-Evil: 1"));
        assertNotNull(validate(p).firstError(ProviderValidation.EXTRA_HEADERS));

        String[] fields = {ProviderValidation.ORGANIZATION, ProviderValidation.PROJECT, ProviderValidation.APP_REFERER,
            ProviderValidation.APP_TITLE};
        for (String field : fields) {
            ProviderConfig q = groq();
            switch (field) {
                case ProviderValidation.ORGANIZATION: q.organization = "org\n1"; break;
                case ProviderValidation.PROJECT: q.project = "p\r"; break;
                case ProviderValidation.APP_REFERER: q.appReferer = "https://x\n"; break;
                default: q.appTitle = "Model\nDeck"; break;
            }
            assertNotNull(validate(q).firstError(field), field);
        }
    }

    @Test
    void repeatedExtraHeaderIsAWarning() {
        ProviderConfig p = groq();
        p.extraHeaders.add(new NameValue("X-Tenant", "a"));
        p.extraHeaders.add(new NameValue("x-tenant", "b"));
        ValidationResult r = validate(p);
        assertTrue(r.canSave());
        assertEquals(Severity.WARNING, r.forField(ProviderValidation.EXTRA_HEADERS).get(0).severity());
    }

    @Test
    void extraQueryNeedsNamesAndNoLineBreaks() {
        ProviderConfig p = groq();
        p.extraQuery.add(new NameValue(" ", "x"));
        assertNotNull(validate(p).firstError(ProviderValidation.EXTRA_QUERY));
        ProviderConfig q = groq();
        q.extraQuery.add(new NameValue("api-version", "2024\n"));
        assertNotNull(validate(q).firstError(ProviderValidation.EXTRA_QUERY));
    }

    @Test
    void messagesNeverContainTheKey() {
        ProviderConfig p = groq();
        p.apiKey = "gsk_secret value";
        p.extraHeaders.add(new NameValue("Authorization", "Bearer gsk_secret"));
        List<FieldMessage> all = new ArrayList<>(validate(p).messages());
        assertFalse(all.isEmpty());
        for (FieldMessage m : all) {
            assertFalse(m.message().contains("gsk_secret"), m.message());
        }
    }
}
