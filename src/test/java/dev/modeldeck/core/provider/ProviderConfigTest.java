package dev.modeldeck.core.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProviderConfigTest {
    private static ProviderConfig openai() {
        ProviderConfig p = new ProviderConfig("p1", "OpenAI", "https://api.openai.com/v1");
        p.apiKey = "sk-one-0123456789";
        return p;
    }

    @Test
    void theEndpointIsTheSameWhenOnlyNameModelsOrLimitsChange() {
        ProviderConfig other = openai();
        other.name = "OpenAI (work)";
        other.defaultModel = "gpt-4o";
        other.requestsPerMinute = 10L;
        other.stripOrigin = true;
        assertTrue(openai().sameEndpoint(other));
    }

    @Test
    void aNewAddressAuthStyleKeyOrKeyHeaderIsAnotherEndpoint() {
        ProviderConfig url = openai();
        url.baseUrl = "https://api.openai.com/v2";
        ProviderConfig auth = openai();
        auth.authStyle = AuthStyle.CUSTOM_HEADER;
        ProviderConfig key = openai();
        key.apiKey = "sk-two-0123456789";
        ProviderConfig header = openai();
        header.headerName = "api-key";
        for (ProviderConfig changed : new ProviderConfig[] {url, auth, key, header}) {
            assertFalse(openai().sameEndpoint(changed));
            assertFalse(changed.sameEndpoint(openai()));
        }
    }

    @Test
    void theSnapshotChangesWithAnyStoredFieldIncludingTheKey() {
        assertEquals(openai().snapshot(), openai().snapshot());
        ProviderConfig renamed = openai();
        renamed.name = "Renamed";
        ProviderConfig rekeyed = openai();
        rekeyed.apiKey = "sk-two-0123456789";
        assertNotEquals(openai().snapshot(), renamed.snapshot());
        assertNotEquals(openai().snapshot(), rekeyed.snapshot());
        assertEquals(openai().snapshot(), openai().copy().snapshot());
    }
}
