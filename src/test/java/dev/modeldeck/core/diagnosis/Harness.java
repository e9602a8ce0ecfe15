package dev.modeldeck.core.diagnosis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.net.Cancellation;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.Preset;
import dev.modeldeck.core.provider.Presets;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.testsupport.FakeClock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A fake server, fake clock and switchable permissions around one ConnectionTest. */
final class Harness implements PermissionProbe {
    static final String KEY = "sk-proj-PLANTEDk3y0000aaaa1111bbbb2222cccc";

    final FakeClock clock = new FakeClock(1_000_000);
    final FakeServer server = new FakeServer(clock);
    boolean permission = true;
    boolean ruleActive;
    final List<String> patternsAsked = new ArrayList<>();
    final List<StepResult> heard = new ArrayList<>();
    final List<Integer> requestsWhenHeard = new ArrayList<>();
    final ConnectionTest test = new ConnectionTest(server, clock, this);

    @Override public boolean hasHostPermission(String pattern) {
        patternsAsked.add(pattern);
        return permission;
    }

    @Override public boolean originRuleActive(ProviderConfig provider) { return ruleActive; }

    TestReport run(ProviderConfig p) { return run(p, null, new Cancellation()); }

    TestReport run(ProviderConfig p, String model, Cancellation cancel) {
        TestReport r = test.run(p, model, cancel, new StepListener() {
            @Override public void onStep(StepResult result) {
                heard.add(result);
                requestsWhenHeard.add(server.requests.size());
            }
        });
        assertEquals(7, r.steps().size(), r.toText());
        assertNoKey(r);
        return r;
    }

    static ProviderConfig preset(Preset preset, String key) {
        ProviderConfig p = preset.newConfig("id-" + preset.id(), Collections.<String>emptyList());
        p.apiKey = key == null ? "" : key;
        return p;
    }

    static ProviderConfig openai() { return preset(Presets.OPENAI, KEY); }

    static ProviderConfig ollama() { return preset(Presets.OLLAMA, null); }

    static ProviderConfig custom(String url, AuthStyle auth, String key) {
        ProviderConfig p = new ProviderConfig("id-custom", "My server", url);
        p.authStyle = auth;
        p.apiKey = key == null ? "" : key;
        return p;
    }

    /** The planted key (and its tail) must never appear in any text of a report. */
    static void assertNoKey(TestReport r) {
        StringBuilder all = new StringBuilder(r.toText()).append(r.providerName());
        for (StepResult s : r.steps()) {
            all.append(s.summary()).append(s.fix()).append(s.details());
        }
        String text = all.toString();
        assertTrue(!text.contains(KEY) && !text.contains(KEY.substring(8)), "key leaked: " + text);
    }

    static StepResult step(TestReport r, Step s) {
        StepResult x = r.step(s);
        assertNotNull(x);
        return x;
    }

    /** Asserts the step's status and that its line in the report text says so. */
    static StepResult expect(TestReport r, Step s, StepStatus status) {
        StepResult x = step(r, s);
        assertEquals(status, x.status(), r.toText());
        assertTrue(r.toText().contains(s.label() + ": " + status.word()), r.toText());
        return x;
    }

    static void contains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text != null && text.contains(part), "expected «" + part + "» in: " + text);
        }
    }

    static String modelsJson(String... ids) {
        StringBuilder sb = new StringBuilder("{\"object\":\"list\",\"data\":[");
        for (int i = 0; i < ids.length; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\":\"").append(ids[i]).append("\",\"object\":\"model\"}");
        }
        return sb.append("]}").toString();
    }

    static String[] okStream() {
        return new String[] {
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"}}]}\n\n",
            "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"OK\"}}]}\n\n",
            "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}],"
                + "\"usage\":{\"prompt_tokens\":9,\"completion_tokens\":1,\"total_tokens\":10}}\n\n",
            "data: [DONE]\n\n"
        };
    }
}
