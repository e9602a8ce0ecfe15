package dev.modeldeck.core.store;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonObject;
import dev.modeldeck.core.provider.InsecureKeyRule;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderSecrets;
import dev.modeldeck.core.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Imports the legacy v1 keys once: one provider, its default model and one conversation. The legacy
 * keys stay in place (an older build keeps working); with the key vault on, the key moves into the vault
 * instead and its plain copy goes ({@code core.edit.PlainSecretsToVault}).
 *
 * <p>Crash safety comes from the write order and fixed ids: (1) the verbatim backup of an unreadable
 * chat_history, (2) the conversation {@link #CONVERSATION_ID} and its index row, (3) last, the settings
 * with the provider {@link LegacyV1ToV2#PROVIDER_ID} and the marker. Until (3) lands nothing counts as
 * done, and re-running rewrites (1) and (2) under the same keys, so no duplicate can appear.
 */
public final class LegacyMigration {
    /** Fixed id of the imported conversation. */
    public static final String CONVERSATION_ID = "legacy-v1";
    private static final int TITLE_CHARS = 60;

    private final KeyValueStore kv;
    private final Clock clock;
    private final Migrations migrations;
    private final ConversationStore conversations;

    public LegacyMigration(KeyValueStore kv, Clock clock, UnaryOperator<String> normalizeBaseUrl) {
        this.kv = kv;
        this.clock = clock;
        this.migrations = Migrations.standard(normalizeBaseUrl);
        this.conversations = new ConversationStore(kv);
    }

    public static boolean hasLegacyData(KeyValueStore kv) {
        for (String k : StorageKeys.LEGACY_KEYS) {
            if (kv.get(k) != null) {
                return true;
            }
        }
        return false;
    }

    /** The legacy keys as a schema-v1 document (only the keys present). */
    public static JsonObject readV1(KeyValueStore kv) {
        JsonObject v1 = Json.object().put("schemaVersion", 1);
        for (String k : StorageKeys.LEGACY_KEYS) {
            v1.put(k, kv.get(k));
        }
        return v1;
    }

    /** Imports through {@code repo} (which re-reads the latest settings), unless already done or not needed. */
    public LegacyMigrationResult run(SettingsRepository repo) {
        List<String> notices = new ArrayList<>();
        if (!hasLegacyData(kv)) {
            return new LegacyMigrationResult(LegacyMigrationResult.Status.NOT_NEEDED, null, null, notices);
        }
        StoredSettings stored = repo.readStored();
        if (stored.kind() == StoredSettings.Kind.NEWER || stored.kind() == StoredSettings.Kind.CORRUPT) {
            return new LegacyMigrationResult(LegacyMigrationResult.Status.SKIPPED, null, null, notices);
        }
        if (stored.settings().migratedFromLegacy) {
            return new LegacyMigrationResult(LegacyMigrationResult.Status.ALREADY_DONE, null, null, notices);
        }

        JsonObject v1 = readV1(kv);
        Settings imported = Settings.fromJson(migrations.migrate(v1));
        String rawHistory = v1.get(StorageKeys.LEGACY_CHAT_HISTORY).str();
        LegacyChatHistory history = LegacyChatHistory.parse(rawHistory);

        if (history.needsBackup()) {
            try {
                kv.put(StorageKeys.LEGACY_CHAT_HISTORY_BACKUP, rawHistory);
            } catch (StoreException e) {
                return failed(notices, e);
            }
            notices.add(I18n.t("store_legacy_history_partly_unread", history.problem(),
                StorageKeys.LEGACY_CHAT_HISTORY_BACKUP));
        }

        String conversationId = null;
        if (!history.messages().isEmpty()) {
            ConversationLoad existing = conversations.load(CONVERSATION_ID);
            Conversation c = existing.found() ? existing.conversation()
                : conversationFrom(history.messages(), imported.providers.get(0), clock.nowMillis());
            ConversationWrite w = conversations.save(c);
            if (!w.ok()) {
                return failed(notices, w.error());
            }
            conversationId = CONVERSATION_ID;
        }

        SaveResult saved = repo.applyChange(s -> merge(s, imported));
        if (!saved.saved()) {
            notices.add(I18n.t("store_legacy_not_yet", saved.message()));
            return new LegacyMigrationResult(LegacyMigrationResult.Status.FAILED, null, null, notices);
        }
        ProviderConfig p = imported.providers.get(0);
        int count = history.messages().size();
        String done;
        if (conversationId == null) {
            done = p.defaultModel == null ? I18n.t("store_legacy_imported", p.name)
                : I18n.t("store_legacy_imported_model", p.name, p.defaultModel);
        } else {
            done = p.defaultModel == null ? I18n.plural("store_legacy_imported_history", count, p.name)
                : I18n.plural("store_legacy_imported_model_history", count, p.name, p.defaultModel);
        }
        notices.add(0, done);
        if (InsecureKeyRule.blocksKey(p)) {
            // The old build sent this key over plain http:// without asking; the key is kept (nothing is
            // lost) but unconfirmed, so no request carries it until the user ticks the confirmation.
            notices.add(1, I18n.t("store_legacy_insecure_key", p.name, InsecureKeyRule.confirmation()));
        }
        return new LegacyMigrationResult(LegacyMigrationResult.Status.MIGRATED, saved.settings(), conversationId, notices);
    }

    /**
     * The latest settings plus the import: the provider is added only if its fixed id is not there yet,
     * the default chat model only if the user has none, and the marker is set. Pure.
     */
    public static Settings merge(Settings latest, Settings imported) {
        Settings s = latest.copy();
        for (ProviderConfig p : imported.providers) {
            if (s.provider(p.id) == null) {
                // With the vault on, the settings never hold a key: the plain legacy key waits for an unlock
                // to move into the vault (PlainSecretsToVault).
                s.providers.add(s.keyStorage == KeyStorageMode.VAULT ? ProviderSecrets.sealed(p) : p.copy());
            }
        }
        if (s.defaultProviderId == null) {
            s.defaultProviderId = imported.defaultProviderId;
            s.defaultModelId = imported.defaultModelId;
        }
        s.migratedFromLegacy = true;
        s.legacyKeys = new ArrayList<>(imported.legacyKeys);
        return s;
    }

    /** The imported history as one conversation on the imported provider; messages copied exactly. */
    public static Conversation conversationFrom(List<ChatMessage> messages, ProviderConfig provider, long now) {
        Conversation c = new Conversation(CONVERSATION_ID, now);
        c.providerId = provider.id;
        c.modelId = provider.defaultModel;
        c.title = titleFor(messages);
        for (ChatMessage m : messages) {
            c.messages.add(new ChatMessage(m.role, m.content));
        }
        return c;
    }

    /** The first user message, on one line and shortened; "Earlier chat" when there is none. */
    static String titleFor(List<ChatMessage> messages) {
        for (ChatMessage m : messages) {
            if ("user".equals(m.role) && m.content != null && !m.content.trim().isEmpty()) {
                StringBuilder sb = new StringBuilder();
                boolean space = false;
                for (int i = 0; i < m.content.length(); i++) {
                    char ch = m.content.charAt(i);
                    if (Character.isWhitespace(ch)) {
                        space = sb.length() > 0;
                        continue;
                    }
                    if (space) {
                        sb.append(' ');
                        space = false;
                    }
                    sb.append(ch);
                }
                return sb.length() <= TITLE_CHARS ? sb.toString() : sb.substring(0, TITLE_CHARS) + "…";
            }
        }
        return I18n.t("store_legacy_chat_title");
    }

    private static LegacyMigrationResult failed(List<String> notices, StoreException e) {
        notices.add(e != null && e.quotaExceeded()
            ? I18n.t("store_legacy_failed_full")
            : I18n.t("store_legacy_failed"));
        return new LegacyMigrationResult(LegacyMigrationResult.Status.FAILED, null, null, notices);
    }
}
