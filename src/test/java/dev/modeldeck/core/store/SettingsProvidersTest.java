package dev.modeldeck.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.provider.ProviderConfig;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The provider-list helpers the options page edits settings with. */
class SettingsProvidersTest {
    private static Settings withProviders(String... ids) {
        Settings s = new Settings();
        for (String id : ids) {
            s.providers.add(new ProviderConfig(id, "Name " + id, "https://" + id + ".example/v1"));
        }
        return s;
    }

    @Test
    void idsNamesAndPositionsFollowDisplayOrder() {
        Settings s = withProviders("a", "b", "c");
        assertEquals(List.of("a", "b", "c"), s.providerIds());
        assertEquals(List.of("Name a", "Name b", "Name c"), s.providerNames());
        assertEquals(2, s.indexOf("c"));
        assertEquals(-1, s.indexOf("missing"));
    }

    @Test
    void theOthersLeaveOutOnlyTheGivenProvider() {
        Settings s = withProviders("a", "b", "c");
        assertEquals(List.of(s.provider("a"), s.provider("c")), s.providersExcept("b"));
        assertEquals(3, s.providersExcept("new").size());
        assertEquals(3, s.providers.size(), "the settings themselves are not changed");
    }

    @Test
    void enabledAndChosenProvidersKeepDisplayOrder() {
        Settings s = withProviders("a", "b", "c");
        s.provider("b").enabled = false;
        assertEquals(List.of(s.provider("a"), s.provider("c")), s.enabledProviders());
        assertEquals(List.of(s.provider("a"), s.provider("c")), s.providersIn(Set.of("c", "a", "gone")));
    }

    @Test
    void putReplacesAStoredProviderWhereItStandsAndAppendsANewOne() {
        Settings s = withProviders("a", "b", "c");
        ProviderConfig edited = new ProviderConfig("b", "Edited", "https://b.example/v1");
        s.putProvider(edited);
        assertEquals(List.of("a", "b", "c"), s.providerIds());
        assertSame(edited, s.provider("b"));

        s.putProvider(new ProviderConfig("d", "New", "https://d.example/v1"));
        assertEquals(List.of("a", "b", "c", "d"), s.providerIds());
    }

    @Test
    void aCopyGoesRightAfterItsSourceOrAtTheEndWhenTheSourceIsGone() {
        Settings s = withProviders("a", "b", "c");
        s.insertProviderAfter("a", new ProviderConfig("a2", "Copy", "https://a.example/v1"));
        assertEquals(List.of("a", "a2", "b", "c"), s.providerIds());
        s.insertProviderAfter("gone", new ProviderConfig("x", "X", "https://x.example/v1"));
        assertEquals(List.of("a", "a2", "b", "c", "x"), s.providerIds());
    }

    @Test
    void removingTellsWhereTheProviderStoodAndUndoPutsItBackThere() {
        Settings s = withProviders("a", "b", "c");
        ProviderConfig victim = s.provider("b");
        int at = s.removeProvider("b");
        assertEquals(1, at);
        assertEquals(List.of("a", "c"), s.providerIds());
        assertEquals(-1, s.removeProvider("b"));

        s.restoreProvider(victim, at);
        assertEquals(List.of("a", "b", "c"), s.providerIds());
    }

    @Test
    void undoNeverDuplicatesAProviderThatCameBackAndClampsAPositionPastTheEnd() {
        Settings s = withProviders("a", "b");
        s.restoreProvider(new ProviderConfig("b", "Other b", "https://b.example/v1"), 0);
        assertEquals(List.of("a", "b"), s.providerIds());
        assertEquals("Name b", s.provider("b").name);

        s.restoreProvider(new ProviderConfig("z", "Z", "https://z.example/v1"), 9);
        assertEquals(List.of("a", "b", "z"), s.providerIds());
        s.restoreProvider(new ProviderConfig("y", "Y", "https://y.example/v1"), -1);
        assertEquals(List.of("y", "a", "b", "z"), s.providerIds());
    }

    @Test
    void movingShiftsByTheGivenPlacesAndNeverPastEitherEnd() {
        Settings s = withProviders("a", "b", "c");
        s.moveProvider("c", -1);
        assertEquals(List.of("a", "c", "b"), s.providerIds());
        s.moveProvider("a", -1);
        assertEquals(List.of("a", "c", "b"), s.providerIds());
        s.moveProvider("b", 1);
        assertEquals(List.of("a", "c", "b"), s.providerIds());
        s.moveProvider("a", 2);
        assertEquals(List.of("c", "b", "a"), s.providerIds());
        s.moveProvider("missing", 1);
        assertEquals(List.of("c", "b", "a"), s.providerIds());
    }

    @Test
    void enablingChangesOnlyTheNamedProvider() {
        Settings s = withProviders("a", "b");
        s.setProviderEnabled("a", false);
        assertFalse(s.provider("a").enabled);
        assertTrue(s.provider("b").enabled);
        s.setProviderEnabled("missing", false);
        assertTrue(s.provider("b").enabled);
    }
}
