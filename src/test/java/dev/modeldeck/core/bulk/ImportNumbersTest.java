package dev.modeldeck.core.bulk;

import static dev.modeldeck.core.bulk.BulkFixtures.*;
import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.provider.CustomModel;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.Settings;
import org.junit.jupiter.api.Test;

/**
 * Every number in an import file is checked against the range the form allows before anything is converted:
 * 1e400 (infinity to a JSON reader, a RangeError when the browser turns it into a long) and 1e308 (which
 * wrapped around to timeoutMs 0) refuse the file with the field named, and nothing else escapes the import.
 */
class ImportNumbersTest {
    private static final String MARK = "777777";
    private static final String[] PROVIDER_FIELDS = {
        "timeoutMs", "idleTimeoutMs", "temperature", "maxTokens", "requestsPerMinute", "modelCacheTtlMs"
    };
    private static final String[] HOSTILE = {"1e400", "-1e400", "1e308", "-1", "9007199254740993", "1e-400"};
    private final ImportPlanner planner = new ImportPlanner(CLOCK);

    /** A file whose {@code field} holds {@code literal} exactly as written (Json.of cannot write 1e400). */
    private static String withNumber(String field, String literal) {
        return file(entry("p-n", "Numbers", "https://n.example.com/v1").put(field, Long.parseLong(MARK)))
            .replace(MARK, literal);
    }

    private ImportRejected refused(String text) {
        return assertThrows(ImportRejected.class, () -> planner.plan(text, sample()));
    }

    @Test
    void hugeNegativeAndNearZeroValuesRefuseTheFileNamingTheField() {
        for (String field : PROVIDER_FIELDS) {
            for (String literal : HOSTILE) {
                if (field.equals("temperature") && literal.equals("1e-400")) {
                    continue; // 0 is a fine temperature
                }
                ImportRejected e = refused(withNumber(field, literal));
                assertEquals(ImportRejected.Reason.MALFORMED, e.reason(), field + "=" + literal);
                assertTrue(e.getMessage().startsWith("Entry 1 (“Numbers”): “" + field + "” must be"), e.getMessage());
            }
        }
    }

    @Test
    void theMessageGivesTheRange() {
        assertEquals("Entry 1 (“Numbers”): “timeoutMs” must be a whole number from 1,000 to 3,600,000.",
            refused(withNumber("timeoutMs", "1e308")).getMessage());
        assertEquals("Entry 1 (“Numbers”): “temperature” must be a number from 0 to 2.",
            refused(withNumber("temperature", "1e400")).getMessage());
        assertEquals("Entry 1 (“Numbers”): “maxTokens” must be a whole number from 1 to 10,000,000.",
            refused(withNumber("maxTokens", "2.5")).getMessage());
    }

    @Test
    void valuesTheFormAllowsAreImportedUnchanged() throws Exception {
        String text = file(entry("p-n", "Numbers", "https://n.example.com/v1").put("timeoutMs", 3_600_000)
            .put("idleTimeoutMs", 1_000).put("temperature", 0.7).put("maxTokens", 10_000_000)
            .put("requestsPerMinute", 1).put("modelCacheTtlMs", 604_800_000));
        ProviderConfig p = ImportPlanner.apply(planner.plan(text, new Settings()), new Settings()).provider("p-n");
        assertEquals(3_600_000L, p.timeoutMs);
        assertEquals(1_000L, p.idleTimeoutMs);
        assertEquals(0.7, p.temperature);
        assertEquals(10_000_000L, p.maxTokens);
        assertEquals(1L, p.requestsPerMinute);
        assertEquals(604_800_000L, p.modelCacheTtlMs);
    }

    @Test
    void customModelNumbersAreCheckedToo() {
        for (String field : new String[] {"contextLength", "maxOutput"}) {
            JsonObject model = Json.object().put("id", "m").put(field, Long.parseLong(MARK));
            String text = file(entry("p-n", "Numbers", "https://n.example.com/v1").put("customModels", Json.array().add(model)))
                .replace(MARK, "1e400");
            ImportRejected e = refused(text);
            assertEquals("Entry 1 (“Numbers”): “customModels." + field + "” must be a whole number from 1 to 1,000,000,000.",
                e.getMessage());
        }
    }

    @Test
    void numbersWrittenAsTextAreRefusedRatherThanRead() {
        String text = file(entry("p-n", "Numbers", "https://n.example.com/v1").put("timeoutMs", "1e400"));
        assertEquals("Entry 1 (“Numbers”): “timeoutMs” must be a number.", refused(text).getMessage());
        JsonObject model = Json.object().put("id", "m").put("contextLength", "1e400");
        String nested = file(entry("p-n", "Numbers", "https://n.example.com/v1").put("customModels", Json.array().add(model)));
        assertEquals("Entry 1 (“Numbers”): “customModels.contextLength” must be a number.", refused(nested).getMessage());
    }

    @Test
    void anInfiniteVersionIsNotAVersion() {
        for (String literal : new String[] {"1e400", "1e308", "4294967296"}) {
            String text = file().replace("\"version\":1", "\"version\":" + literal);
            ImportRejected e = refused(text);
            assertEquals(ImportRejected.Reason.MALFORMED, e.reason(), literal);
            assertEquals("The file has no valid “version” (a whole number such as 1).", e.getMessage());
        }
    }

    @Test
    void storedNumbersNoDoubleHoldsExactlyReadAsUnset() throws Exception {
        // Settings written by hand or by an older build take the same path as an import once loaded.
        ProviderConfig p = ProviderConfig.fromJson(JsonParser.parse("{\"id\":\"p\",\"baseUrl\":\"https://a.example/v1\","
            + "\"timeoutMs\":1e400,\"maxTokens\":-1e400,\"idleTimeoutMs\":1e308,\"requestsPerMinute\":120,"
            + "\"customModels\":[{\"id\":\"m\",\"contextLength\":1e400,\"maxOutput\":4096}]}"));
        assertNull(p.timeoutMs);
        assertNull(p.maxTokens);
        assertNull(p.idleTimeoutMs);
        assertEquals(120L, p.requestsPerMinute);
        CustomModel m = p.customModel("m");
        assertNull(m.contextLength);
        assertEquals(4096L, m.maxOutput);
    }
}
