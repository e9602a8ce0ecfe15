package dev.modeldeck.core.discovery;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.provider.CustomModel;
import dev.modeldeck.core.provider.ModelPref;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.testsupport.Fixtures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelCatalogTest {
    private static List<String> ids(List<CatalogModel> l) {
        List<String> out = new ArrayList<>();
        for (CatalogModel m : l) {
            out.add(m.id());
        }
        return out;
    }

    private static ProviderConfig groq() { return new ProviderConfig("groq", "Groq Cloud", "https://api.groq.com/openai/v1"); }

    private static ModelPref pref(boolean hidden, boolean favorite, String alias) {
        ModelPref p = new ModelPref();
        p.hidden = hidden;
        p.favorite = favorite;
        p.alias = alias;
        return p;
    }

    @Test
    void chatModelsExcludeAudioModerationAndHiddenModels() throws Exception {
        ProviderConfig p = groq();
        p.modelPrefs.put("gemma2-9b-it", pref(true, false, null));
        ModelCatalog c = ModelCatalog.of(p, ModelListParser.parse(Fixtures.text("models/groq-models.json")).models());
        assertEquals(8, c.all().size(), "hidden models stay in the full list");
        assertEquals(Arrays.asList("llama-3.1-8b-instant", "llama3-70b-8192", "llama3-8b-8192"), ids(c.chatModels()));
    }

    @Test
    void embeddingsAreNeverOfferedInChat() throws Exception {
        ProviderConfig p = new ProviderConfig("lms", "LM Studio", "http://localhost:1234/v1");
        ModelCatalog c = ModelCatalog.of(p, ModelListParser.parse(Fixtures.text("models/lmstudio-api-v0.json")).models());
        assertEquals(Arrays.asList("meta-llama-3.1-8b-instruct", "qwen2-vl-7b-instruct"), ids(c.chatModels()));
    }

    @Test
    void modelsOfUnknownTypeAreOffered() throws Exception {
        ModelCatalog c = ModelCatalog.of(new ProviderConfig("o", "OpenAI", "u"), ModelListParser.parse(Fixtures.text("models/openai.json")).models());
        assertEquals(3, c.chatModels().size());
    }

    @Test
    void favoritesComeFirstThenIdOrder() throws Exception {
        ProviderConfig p = groq();
        p.modelPrefs.put("whisper-large-v3", pref(false, true, null));
        p.modelPrefs.put("llama3-8b-8192", pref(false, true, null));
        ModelCatalog c = ModelCatalog.of(p, ModelListParser.parse(Fixtures.text("models/groq-models.json")).models());
        assertEquals(Arrays.asList("llama3-8b-8192", "whisper-large-v3", "distil-whisper-large-v3-en", "gemma2-9b-it"),
                ids(c.all()).subList(0, 4));
        assertEquals("llama3-8b-8192", c.chatModels().get(0).id());
    }

    @Test
    void handAddedModelsJoinTheListWithUserCapabilities() throws Exception {
        ProviderConfig p = groq();
        CustomModel manual = new CustomModel("my-finetune");
        manual.addedByHand = true;
        manual.contextLength = 16000L;
        manual.tools = true;
        p.customModels.add(manual);
        CustomModel alreadyListed = new CustomModel("gemma2-9b-it");
        alreadyListed.addedByHand = true;
        p.customModels.add(alreadyListed);
        ModelCatalog c = ModelCatalog.of(p, ModelListParser.parse(Fixtures.text("models/groq-models.json")).models());
        assertEquals(9, c.all().size(), "a hand-added id that is also listed appears once");
        CatalogModel m = c.find("groq", "my-finetune");
        assertTrue(m.addedByHand());
        assertFalse(m.discovered());
        assertEquals(Sourced.user(16000L), m.info().contextLength());
        assertTrue(c.find("groq", "gemma2-9b-it").discovered());
    }

    @Test
    void providerWithoutAListShowsOnlyHandAddedModels() {
        ProviderConfig p = groq();
        CustomModel manual = new CustomModel("gpt-4o");
        manual.addedByHand = true;
        p.customModels.add(manual);
        CustomModel overrideOnly = new CustomModel("not-listed");
        p.customModels.add(overrideOnly);
        ModelCatalog c = ModelCatalog.of(p, null);
        assertEquals(Arrays.asList("gpt-4o"), ids(c.chatModels()));
        assertEquals(Sourced.builtin(128_000L), c.all().get(0).info().contextLength());
    }

    @Test
    void aliasIsTheLabelAndIsSearchable() throws Exception {
        ProviderConfig p = groq();
        p.modelPrefs.put("llama-3.1-8b-instant", pref(false, false, "Fast Llama"));
        ModelCatalog c = ModelCatalog.of(p, ModelListParser.parse(Fixtures.text("models/groq-models.json")).models());
        assertEquals("Fast Llama", c.find("groq", "llama-3.1-8b-instant").label());
        assertEquals(Arrays.asList("llama-3.1-8b-instant"), ids(c.filter("fast")));
        assertEquals("gemma2-9b-it", c.find("groq", "gemma2-9b-it").label());
    }

    @Test
    void queryIsCaseInsensitiveMultiWordAndOverProviderName() throws Exception {
        ProviderConfig g = groq();
        ProviderConfig m = new ProviderConfig("mistral", "Mistral", "https://api.mistral.ai/v1");
        ModelCatalog c = new ModelCatalog.Builder()
                .add(g, ModelListParser.parse(Fixtures.text("models/groq-models.json")).models())
                .add(m, ModelListParser.parse(Fixtures.text("models/mistral-models.json")).models())
                .build();
        assertEquals(14, c.size());
        assertEquals(Arrays.asList("llama-3.1-8b-instant", "llama3-70b-8192", "llama3-8b-8192"), ids(c.chatModels("GROQ  llama")));
        assertEquals(Arrays.asList("llama-3.1-8b-instant"), ids(c.chatModels("8b LLAMA instant")));
        assertEquals(6, c.filter("mistral").size(), "provider name matches every Mistral model");
        assertTrue(c.filter("groq mistral").isEmpty());
        assertEquals(c.all(), c.filter("  "));
        assertEquals(Arrays.asList("mistral-medium-latest"), ids(c.filter("2508")), "display name is searched");
    }

    @Test
    void queryFilteringStaysFastWithFiveThousandModels() throws Exception {
        ProviderConfig p = new ProviderConfig("or", "OpenRouter", "https://openrouter.ai/api/v1");
        ModelCatalog c = ModelCatalog.of(p, ModelListParser.parse(ModelListParserTest.generated(5_000)).models());
        assertEquals(5_000, c.chatModels().size());
        String[] queries = {"m", "mo", "model-4", "model-49", "vendor model-499", "openrouter 4999", "zzz"};
        int found = 0;
        for (int round = 0; round < 20; round++) {
            for (String q : queries) {
                found += c.chatModels(q).size();
            }
        }
        assertEquals(1, c.chatModels("openrouter 4999").size());
        assertEquals(11, c.chatModels("model-499").size());
        assertTrue(found > 0);
        // Speed is measured by ./run-benchmarks (filter keystroke at 5,000 models), not asserted here.
    }

    @Test
    void wordsSplitOnAnyWhitespace() {
        assertArrayEquals(new String[] {"a", "bc", "d"}, ModelCatalog.words(" A\tbc\n d "));
        assertEquals(0, ModelCatalog.words(null).length);
    }
}
