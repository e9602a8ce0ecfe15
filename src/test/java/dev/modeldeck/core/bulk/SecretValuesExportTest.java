package dev.modeldeck.core.bulk;

import static dev.modeldeck.core.bulk.BulkFixtures.CLOCK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.provider.NameValue;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderSecrets;
import dev.modeldeck.core.store.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An export without keys leaves out every secret the vault would hold: header and query values too, names kept. */
class SecretValuesExportTest {
    private static final String GATEWAY = "Bearer cfut_gatewaySecret0123456789";
    private static final String SIG = "sv2024sigAbCdEf0123456789xyz";
    private final ProviderExport export = new ProviderExport(CLOCK);

    private static Settings gateway() {
        ProviderConfig p = new ProviderConfig("p-gw", "Gateway", "https://gateway.example.com/v1");
        p.apiKey = "sk-proj-gatewayKEY0123456789";
        p.extraHeaders.add(new NameValue("cf-aig-authorization", GATEWAY));
        p.extraHeaders.add(new NameValue("X-Team", "research"));
        p.extraQuery.add(new NameValue("sig", SIG));
        p.extraQuery.add(new NameValue("api-version", "2024-06-01"));
        Settings s = new Settings();
        s.providers.add(p);
        return s;
    }

    @Test
    void withoutKeysSecretValuesAreLeftOutWithANoteAndTheirNamesKept() {
        JsonObject doc = export.export(gateway(), null, false, null);
        String text = ProviderExport.text(doc);

        assertFalse(text.contains("gatewaySecret") || text.contains(SIG) || text.contains("gatewayKEY"), text);
        Json entry = doc.get("providers").at(0);
        assertEquals("cf-aig-authorization", entry.get("extraHeaders").at(0).get("name").str());
        assertTrue(entry.get("extraHeaders").at(0).get("value").isMissing());
        assertTrue(entry.get("extraHeaders").at(0).get(ExportFormat.F_VALUE_OMITTED).asBoolean(false));
        assertEquals("research", entry.get("extraHeaders").at(1).get("value").str());
        assertTrue(entry.get("extraQuery").at(0).get(ExportFormat.F_VALUE_OMITTED).asBoolean(false));
        assertEquals("2024-06-01", entry.get("extraQuery").at(1).get("value").str());
        assertEquals(2, doc.get(ExportFormat.F_SECRET_VALUES_OMITTED).asLong(-1));
        assertTrue(ProviderExport.leftOutSecretValues(doc));
    }

    @Test
    void withTheVaultOnTheSealedSettingsExportNoPlaceholderAsAValue() {
        Settings sealed = gateway();
        sealed.providers.set(0, ProviderSecrets.sealed(sealed.providers.get(0)));

        String text = ProviderExport.text(export.export(sealed, null, false, null));

        assertFalse(text.contains(ProviderSecrets.IN_VAULT), text);
        assertTrue(text.contains("cf-aig-authorization") && text.contains("\"sig\""), text);
    }

    @Test
    void withKeysFromTheUnlockedVaultSecretValuesAreIncluded() {
        Settings stored = gateway();
        ProviderConfig plain = stored.providers.get(0);
        Map<String, String> vault = ProviderSecrets.plain(plain);
        stored.providers.set(0, ProviderSecrets.sealed(plain));

        JsonObject doc = export.export(stored, null, true, null, p -> ProviderSecrets.opened(p, vault));

        Json entry = doc.get("providers").at(0);
        assertEquals(GATEWAY, entry.get("extraHeaders").at(0).get("value").str());
        assertEquals(SIG, entry.get("extraQuery").at(0).get("value").str());
        assertFalse(ProviderExport.leftOutSecretValues(doc));
    }

    @Test
    void aFileWithoutSecretValuesImportsBackOntoItsProviderKeepingThem() throws Exception {
        Settings saved = gateway();
        String file = ProviderExport.text(export.export(saved, null, false, null));

        ImportPlan plan = new ImportPlanner(CLOCK).plan(file, saved);

        assertEquals(1, plan.skips().size(), "identical: the left-out values are the saved ones");
        assertEquals(SkipReason.IDENTICAL, plan.skips().get(0).skipReason());
    }

    @Test
    void providersWithoutSecretValuesCarryNoNote() {
        Settings s = gateway();
        s.providers.get(0).extraHeaders.remove(0);
        s.providers.get(0).extraQuery.remove(0);

        JsonObject doc = export.export(s, null, false, null);

        assertFalse(ProviderExport.leftOutSecretValues(doc));
        assertEquals("research", doc.get("providers").at(0).get("extraHeaders").at(0).get("value").str());
    }
}
