package dev.modeldeck.core.bulk;

import static dev.modeldeck.core.bulk.BulkFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundTripTest {
    private final ProviderExport export = new ProviderExport(CLOCK);
    private final ImportPlanner planner = new ImportPlanner(CLOCK);

    private static Settings emptied(Settings s) {
        List<String> ids = new ArrayList<>();
        for (ProviderConfig p : s.providers) {
            ids.add(p.id);
        }
        Settings empty = BulkActions.delete(s, ids).settings();
        assertTrue(empty.providers.isEmpty());
        return empty;
    }

    @Test
    void exportDeleteAllImportGivesTheSameProvidersWithoutKeys() throws Exception {
        Settings s = sample();
        String text = export.exportText(s, null, false, null);
        Settings empty = emptied(s);
        ImportPlan plan = planner.plan(text, empty);
        assertEquals(5, plan.adds().size());
        assertTrue(plan.conflicts().isEmpty());
        Settings back = ImportPlanner.apply(plan, empty);
        assertEquals(providersText(s.providers, false), providersText(back.providers, true));
        for (ProviderConfig p : back.providers) {
            assertFalse(p.hasKey(), p.name);
        }
    }

    @Test
    void exportWithKeysRestoresKeysToo() throws Exception {
        Settings s = sample();
        Settings empty = emptied(s);
        Settings back = ImportPlanner.apply(planner.plan(export.exportText(s, null, true, null), empty), empty);
        assertEquals(providersText(s.providers, true), providersText(back.providers, true));
    }

    @Test
    void passphraseProtectedExportRestoresKeysWithTheRightPassphrase() throws Exception {
        Settings s = sample();
        Settings empty = emptied(s);
        String text = export.exportText(s, null, true, WRAP);
        ImportPlan plan = planner.plan(text, empty, UNWRAP, false);
        assertEquals(providersText(s.providers, true), providersText(ImportPlanner.apply(plan, empty).providers, true));
    }

    @Test
    void reimportingAnExportIntoTheSameSettingsChangesNothing() throws Exception {
        Settings s = sample();
        ImportPlan plan = planner.plan(export.exportText(s, null, false, null), s);
        assertEquals(5, plan.skips().size());
        for (PlannedProvider p : plan.items()) {
            assertEquals(SkipReason.IDENTICAL, p.skipReason(), p.summary());
            assertEquals(MatchedBy.ID, p.matchedBy());
        }
        assertFalse(plan.hasChanges());
        assertEquals(providersText(s.providers, true), providersText(ImportPlanner.apply(plan, s).providers, true));
    }
}
