package dev.modeldeck.core.discovery;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every model-list fixture, end to end: parse, resolve, catalog. Prints a table for the record. */
class FixtureSummaryTest {
    static final List<String> FIXTURES = Arrays.asList(
            "azure-models.json", "cerebras-models.json", "deepseek-models.json", "groq-models.json",
            "llamacpp-v1-models.json", "lmstudio-api-v0.json", "mistral-models.json", "ollama-api-tags.json",
            "openai.json", "openrouter-data-array-2024.json", "synthetic-long-ids.json", "together-legacy-models-info.json",
            "together-models.json");

    @Test
    void everyFixtureInTheFolderIsCovered() {
        String[] names = Fixtures.path("models").toFile().list();
        assertNotNull(names);
        List<String> onDisk = new ArrayList<>(Arrays.asList(names));
        onDisk.sort(null);
        assertEquals(FIXTURES, onDisk, "a new fixture needs a row in this test");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "azure-models.json               | 2 | 0",
        "cerebras-models.json            | 2 | 2",
        "deepseek-models.json            | 2 | 2",
        "groq-models.json                | 8 | 4",
        "llamacpp-v1-models.json         | 1 | 1",
        "lmstudio-api-v0.json            | 3 | 2",
        "mistral-models.json             | 6 | 4",
        "ollama-api-tags.json            | 2 | 2",
        "openai.json                     | 3 | 3",
        "openrouter-data-array-2024.json | 1 | 1",
        "synthetic-long-ids.json         | 3 | 3",
        "together-legacy-models-info.json| 2 | 1",
        "together-models.json            | 1 | 1"
    })
    void fixtureGivesTheExpectedModelsAndChatModels(String file, int models, int chat) throws Exception {
        ModelList list = ModelListParser.parse(Fixtures.text("models/" + file));
        ModelCatalog catalog = ModelCatalog.of(new ProviderConfig("p", "P", "u"), list.models());
        assertEquals(models, list.models().size(), file);
        assertEquals(chat, catalog.chatModels().size(), file);
        System.out.println("| " + file + " | " + models + " | " + chat + " | " + notable(catalog) + " |");
    }

    private static String notable(ModelCatalog c) {
        StringBuilder sb = new StringBuilder();
        for (CatalogModel m : c.all()) {
            ModelInfo i = m.info();
            sb.append(sb.length() == 0 ? "" : "; ").append(i.id()).append(": ").append(i.type().valueOr(ModelType.UNKNOWN).wire());
            if (i.contextLength().isKnown()) {
                sb.append(", ctx ").append(CapabilityText.tokensWithSource(i.contextLength()));
            }
            if (i.vision().valueOr(false)) {
                sb.append(", vision");
            }
            if (i.tools().valueOr(false)) {
                sb.append(", tools");
            }
            if (i.reasoning().valueOr(false)) {
                sb.append(", reasoning");
            }
            if (i.pricing().isKnown()) {
                sb.append(", $").append(i.pricing().value().promptPerMillion()).append("/M in");
            }
        }
        return sb.toString();
    }
}
