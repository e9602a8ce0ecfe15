package dev.modeldeck.core.reply;

import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.discovery.ModelCatalog;
import dev.modeldeck.core.discovery.ModelInfo;
import dev.modeldeck.core.discovery.Sourced;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.store.FallbackChain;
import dev.modeldeck.core.store.FallbackStep;
import dev.modeldeck.core.store.Settings;
import java.util.Arrays;
import java.util.Collections;

/**
 * Three providers and a chain through them, as a user would set them up: "Main" (keyed), "Backup"
 * (keyed) and "Local" (no key), and the chain "Team": Main / gpt-a → Backup / model-b → Local / llama.
 */
final class ReplyFixtures {
    static final String MAIN_KEY = "sk-main-SECRET-0123456789abcdef";
    static final String BACKUP_KEY = "sk-backup-SECRET-0123456789abcdef";

    final Settings settings = new Settings();
    final ProviderConfig main = provider("p-main", "Main", "https://main.example/v1", MAIN_KEY);
    final ProviderConfig backup = provider("p-backup", "Backup", "https://backup.example/v1", BACKUP_KEY);
    final ProviderConfig local = provider("p-local", "Local", "http://127.0.0.1:11434/v1", null);
    /** Context windows in tokens per model; null leaves a model's window unknown. */
    Long mainWindow = 128_000L;
    Long backupWindow = 32_000L;
    Long localWindow = 8_000L;

    ReplyFixtures() {
        local.authStyle = AuthStyle.NONE;
        settings.providers.addAll(Arrays.asList(main, backup, local));
        settings.fallbackChains.add(new FallbackChain("Team", Arrays.asList(
            new FallbackStep("p-main", "gpt-a"), new FallbackStep("p-backup", "model-b"), new FallbackStep("p-local", "llama"))));
    }

    private static ProviderConfig provider(String id, String name, String baseUrl, String key) {
        ProviderConfig p = new ProviderConfig(id, name, baseUrl);
        p.apiKey = key == null ? "" : key;
        return p;
    }

    /** The catalog as discovery would list it; Main lists gpt-a under a longer request id. */
    ModelCatalog catalog() {
        return new ModelCatalog.Builder()
            .add(main, Collections.singletonList(model("gpt-a", "gpt-a-2024-08", mainWindow)))
            .add(backup, Collections.singletonList(model("model-b", null, backupWindow)))
            .add(local, Collections.singletonList(model("llama", null, localWindow)))
            .build();
    }

    private static ModelInfo model(String id, String requestId, Long window) {
        ModelInfo.Builder b = ModelInfo.builder(id).requestId(requestId);
        if (window != null) {
            b.contextLength(Sourced.provider(window));
        }
        return b.build();
    }

    ReplyTargets targets() {
        return new ReplyTargets(settings, catalog());
    }

    /** A conversation of alternating user and assistant turns, oldest first, ending with the user's. */
    static Conversation conversation(String... turns) {
        Conversation c = new Conversation("c-1", 1_000);
        for (int i = 0; i < turns.length; i++) {
            c.messages.add(new ChatMessage(i % 2 == 0 ? "user" : "assistant", turns[i]));
        }
        return c;
    }

    /** Text the estimator counts as a little over {@code tokens} tokens (it reckons 3.5 characters a token). */
    static String words(int tokens) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < tokens * 4) {
            sb.append("word ");
        }
        return sb.toString();
    }

    // ---- stream payloads (OpenAI chunk shapes) ----

    static String delta(String content) {
        return "{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + content + "\"}}]}";
    }

    static String thinking(String reasoning) {
        return "{\"choices\":[{\"index\":0,\"delta\":{\"reasoning_content\":\"" + reasoning + "\"}}]}";
    }

    static String finish() {
        return "{\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}";
    }

    static String usage(long prompt, long completion) {
        return "{\"choices\":[],\"usage\":{\"prompt_tokens\":" + prompt + ",\"completion_tokens\":" + completion
            + ",\"total_tokens\":" + (prompt + completion) + "}}";
    }

    static final String DONE = "[DONE]";
}
