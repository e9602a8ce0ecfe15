package dev.modeldeck.core.store;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.json.JsonParser;
import dev.modeldeck.core.json.JsonWriter;
import java.util.Arrays;
import java.util.Collections;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class MigrationsTest {
    /** A step that copies the document, renames one member and bumps the version. */
    static MigrationStep renaming(int from, String oldName, String newName) {
        return new MigrationStep() {
            @Override public int fromVersion() { return from; }
            @Override public Json apply(Json doc) {
                JsonObject out = Json.object();
                for (java.util.Map.Entry<String, Json> e : doc.fields().entrySet()) {
                    out.put(e.getKey().equals(oldName) ? newName : e.getKey(), e.getValue());
                }
                return out.put("schemaVersion", from + 1);
            }
        };
    }

    @Test
    void versionOfReadsWholeNumbersOnly() throws Exception {
        assertEquals(2, Migrations.versionOf(JsonParser.parse("{\"schemaVersion\":2}")));
        assertEquals(-1, Migrations.versionOf(JsonParser.parse("{\"schemaVersion\":\"2\"}")));
        assertEquals(-1, Migrations.versionOf(JsonParser.parse("{\"schemaVersion\":2.5}")));
        assertEquals(-1, Migrations.versionOf(JsonParser.parse("{\"schemaVersion\":-1}")));
        assertEquals(-1, Migrations.versionOf(JsonParser.parse("{}")));
        assertEquals(-1, Migrations.versionOf(JsonParser.parse("[1]")));
    }

    @Test
    void stepsRunInOrderFromTheDocumentsVersion() throws Exception {
        Migrations m = new Migrations(Arrays.asList(renaming(1, "b", "c"), renaming(0, "a", "b")));
        Json out = m.migrate(JsonParser.parse("{\"schemaVersion\":0,\"a\":42}"));
        assertEquals(2, Migrations.versionOf(out));
        assertEquals(42, out.get("c").asLong(0));
        assertTrue(out.get("a").isMissing());
        assertTrue(out.get("b").isMissing());
    }

    @Test
    void migrationDoesNotChangeItsInput() throws Exception {
        Migrations m = new Migrations(Arrays.asList(renaming(0, "a", "b"), renaming(1, "b", "c")));
        Json in = JsonParser.parse("{\"schemaVersion\":0,\"a\":1}");
        String before = JsonWriter.write(in);
        m.migrate(in);
        assertEquals(before, JsonWriter.write(in));
    }

    @Test
    void aCurrentDocumentIsReturnedUnchanged() throws Exception {
        Json in = JsonParser.parse("{\"schemaVersion\":2,\"x\":1}");
        assertSame(in, Migrations.standard(null).migrate(in));
    }

    @Test
    void gapsAndUnknownVersionsCannotBeMigrated() {
        Migrations m = new Migrations(Collections.singletonList(renaming(1, "a", "b")));
        assertTrue(m.canMigrate(1));
        assertTrue(m.canMigrate(2));
        assertFalse(m.canMigrate(0));
        assertFalse(m.canMigrate(3));
        assertFalse(m.canMigrate(-1));
        assertThrows(IllegalArgumentException.class, () -> m.migrate(JsonParser.parse("{\"schemaVersion\":0}")));
    }

    @Test
    void aStepThatForgetsToBumpTheVersionIsCaught() {
        MigrationStep lazy = new MigrationStep() {
            @Override public int fromVersion() { return 1; }
            @Override public Json apply(Json doc) { return doc; }
        };
        Migrations m = new Migrations(Collections.singletonList(lazy));
        assertThrows(IllegalArgumentException.class, () -> m.migrate(JsonParser.parse("{\"schemaVersion\":1}")));
    }

    @Test
    void theShippedChainUpgradesALegacyV1DocumentToTheCurrentVersion() throws Exception {
        UnaryOperator<String> id = UnaryOperator.identity();
        Json out = Migrations.standard(id).migrate(JsonParser.parse("{\"schemaVersion\":1,\"openai_model\":\"m\"}"));
        assertEquals(Settings.SCHEMA_VERSION, Migrations.versionOf(out));
        assertEquals("m", out.get("defaultModel").str());
        assertTrue(Migrations.standard(id).canMigrate(1));
        assertFalse(Migrations.standard(id).canMigrate(0));
    }
}
