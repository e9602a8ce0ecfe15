package dev.modeldeck.core.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.testsupport.FakeClock;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProviderIdsTest {
    /** Never advanced: every id is made in the same millisecond. */
    private static final FakeClock FROZEN = new FakeClock(1_700_000_000_000L);

    @Test
    void idsMadeInTheSameMillisecondNeverCollide() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            assertTrue(ids.add(ProviderIds.newId(FROZEN, ids)));
        }
    }

    @Test
    void idHasPrefixTimeAndOnlyUrlSafeCharacters() {
        String id = ProviderIds.newId(FROZEN, Collections.emptySet());
        assertTrue(id.startsWith("p-" + Long.toString(1_700_000_000_000L, 36) + "-"), id);
        for (char c : id.toCharArray()) {
            assertTrue((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-', id);
        }
    }

    @Test
    void formatIsTimeThenCounterThenPaddedRandomPart() {
        String a = ProviderIds.format(5, 0, 0);
        String b = ProviderIds.format(5, 0, 1);
        assertNotEquals(a, b);
        assertEquals("p-5-0000", a);
        assertEquals("p-5-0001", b);
        assertEquals("p-5-zzzz", ProviderIds.format(5, 35, 46655));
    }

    @Test
    void newIdNeverReturnsATakenId() {
        Set<String> taken = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String id = ProviderIds.newId(FROZEN, taken);
            assertFalse(taken.contains(id));
            taken.add(id);
        }
    }

    @Test
    void freeNameIsKept() {
        assertEquals("Groq", ProviderIds.uniqueName("Groq", Arrays.asList("OpenAI")));
        assertEquals("Groq", ProviderIds.uniqueName("  Groq ", null));
    }

    @Test
    void takenNameGetsTheFirstFreeNumber() {
        List<String> taken = Arrays.asList("Groq", "groq 2", "Groq 4");
        assertEquals("Groq 3", ProviderIds.uniqueName("Groq", taken));
        assertEquals("GROQ 2", ProviderIds.uniqueName("GROQ", Arrays.asList("groq")));
    }

    @Test
    void numberedNameCountsOnFromItsNumber() {
        assertEquals("Groq 3", ProviderIds.uniqueName("Groq 2", Arrays.asList("Groq", "Groq 2")));
    }

    @Test
    void blankNameBecomesProvider() {
        assertEquals("Provider", ProviderIds.uniqueName("  ", Collections.emptyList()));
        assertEquals("Provider 2", ProviderIds.uniqueName(null, Arrays.asList("provider")));
    }
}
