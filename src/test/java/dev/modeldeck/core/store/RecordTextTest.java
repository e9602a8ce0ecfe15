package dev.modeldeck.core.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.provider.ProviderConfig;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Records that hold keys or the user's words print without them. */
class RecordTextTest {
    private static final String KEY = "sk-proj-Zq4Kd93LmPx0aTr7";

    @Test
    void storedSettingsPrintWithoutTheirRawText() {
        Settings s = new Settings();
        ProviderConfig p = new ProviderConfig("p1", "OpenAI", "https://api.openai.com/v1");
        p.apiKey = KEY;
        s.providers.add(p);
        String raw = JsonWriter.write(s.toJson(true));
        StoredSettings stored = StoredSettings.read(raw, Migrations.standard(UnaryOperator.identity()));
        assertEquals(StoredSettings.Kind.CURRENT, stored.kind());
        assertFalse(stored.toString().contains(KEY), stored.toString());
        assertFalse(StoredSettings.read("{not json " + KEY, Migrations.standard(UnaryOperator.identity()))
            .toString().contains(KEY));
    }

    @Test
    void conversationRowsAndHitsPrintWithoutTheUsersWords() {
        ConversationSummary row = new ConversationSummary("c1", "my tax return 2024", 5, "gpt-4o");
        SearchHit hit = new SearchHit(row, false, 2, "…income of 81,000 from…");
        assertEquals("ConversationSummary[c1]", row.toString());
        assertFalse(hit.toString().contains("income"), hit.toString());
        assertFalse(hit.toString().contains("tax"), hit.toString());
    }
}
