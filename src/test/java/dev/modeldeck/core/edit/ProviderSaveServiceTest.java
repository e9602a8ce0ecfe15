package dev.modeldeck.core.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.modeldeck.core.discovery.ModelCache;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.AuthStyle;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderSecrets;
import dev.modeldeck.core.provider.ValidationResult;
import dev.modeldeck.core.store.MemoryKeyValueStore;
import dev.modeldeck.core.store.SettingsRepository;
import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.core.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProviderSaveServiceTest {
    private static final String OLLAMA = "http://127.0.0.1:11434/v1";
    private static final String OLLAMA_ORIGIN = "http://127.0.0.1/*";
    private static final String LM_STUDIO = "http://localhost:1234/v1";
    private static final String LM_STUDIO_ORIGIN = "http://localhost/*";
    private static final String OPENAI = "https://api.openai.com/v1";
    private static final String OPENAI_ORIGIN = "https://api.openai.com/*";

    private final MemoryKeyValueStore kv = new MemoryKeyValueStore();
    private final RecordingFeedback feedback = new RecordingFeedback();
    private final SettingsEditor editor = new SettingsEditor(new SettingsRepository(kv, Clock.SYSTEM, "options-1"), feedback);
    private final SettingsRepository otherWindow = new SettingsRepository(kv, Clock.SYSTEM, "popup-1");
    private final FakeHostPermissions permissions = new FakeHostPermissions();
    private final HostAccess access = new HostAccess(permissions);
    private final FakeOriginRules rules = new FakeOriginRules();
    private final FakeKeyVault vault = new FakeKeyVault();
    private final ProviderSaveService saving = new ProviderSaveService(editor, vault, access, rules, new ModelCache(kv, Clock.SYSTEM));

    private static ProviderConfig provider(String id, String name, String baseUrl) {
        ProviderConfig p = new ProviderConfig(id, name, baseUrl);
        p.apiKey = "sk-test-" + id + "-0123456789abcdef";
        return p;
    }

    /** A provider already stored (and loaded by the page) with its cached models. */
    private ProviderConfig stored(ProviderConfig p) throws Exception {
        otherWindow.applyChange(s -> {
            s.providers.add(p.copy());
            return s;
        });
        editor.load();
        kv.put(ModelCache.storeKey(p.id), "{\"cached\": true}");
        return p;
    }

    /** A stored local server whose Origin rule is installed. */
    private ProviderConfig storedWithOriginRule() throws Exception {
        ProviderConfig p = provider("local", "Local", OLLAMA);
        p.stripOrigin = true;
        rules.installed.put("local", OLLAMA);
        return stored(p);
    }

    /** The form's edit of a stored provider, saved the way the page does it. */
    private ProviderSaveOutcome saveEdit(ProviderConfig draft) {
        String baseline = editor.settings().provider(draft.id).snapshot();
        saving.requestAccess(draft, () -> { });
        return saving.save(draft, baseline, false);
    }

    private ProviderSaveOutcome saveNew(ProviderConfig draft) {
        saving.requestAccess(draft, () -> { });
        return saving.save(draft, null, true);
    }

    private String storedDocument() { return kv.get(StorageKeys.SETTINGS); }

    /** Storage is full: whatever is stored fits, nothing bigger does. */
    private void fillStorage() {
        long used = 0;
        for (String k : kv.keys()) {
            used += k.length() + kv.get(k).length();
        }
        kv.setQuotaChars(used);
    }

    private boolean modelsCached(String id) { return kv.get(ModelCache.storeKey(id)) != null; }

    @Test
    void aNewProviderIsStoredAndAnnouncedAsAdded() {
        editor.load();
        permissions.granted.add(OPENAI_ORIGIN);

        ProviderSaveOutcome outcome = saveNew(provider("p1", "OpenAI", OPENAI));

        ProviderSaveOutcome.Saved saved = assertInstanceOf(ProviderSaveOutcome.Saved.class, outcome);
        assertTrue(saved.created());
        assertEquals("Added OpenAI.", saved.announcement());
        assertNull(saved.problem());
        assertEquals("p1", saved.provider().id);
        assertEquals(List.of("p1"), otherWindow.load().settings().providerIds());
        assertEquals(List.of("p1"), editor.settings().providerIds());
        assertTrue(storedDocument().contains("sk-test-p1"), "with the vault off the key stays in the settings");
        assertEquals(1, feedback.savedRevisions.size(), "the list is re-rendered once");
    }

    @Test
    void anEditKeepsItsPlaceAndIsAnnouncedAsSaved() throws Exception {
        stored(provider("a", "A", "https://a.example/v1"));
        stored(provider("b", "B", "https://b.example/v1"));
        ProviderConfig draft = editor.settings().provider("a").copy();
        draft.name = "Renamed";

        ProviderSaveOutcome.Saved saved = assertInstanceOf(ProviderSaveOutcome.Saved.class, saveEdit(draft));

        assertFalse(saved.created());
        assertEquals("Saved Renamed.", saved.announcement());
        assertEquals(List.of("a", "b"), otherWindow.load().settings().providerIds());
        assertEquals("Renamed", otherWindow.load().settings().provider("a").name);
    }

    @Test
    void withTheVaultOnTheKeyGoesToTheVaultAndNotIntoTheSettingsDocument() {
        editor.load();
        vault.enabled = true;

        ProviderSaveOutcome outcome = saveNew(provider("p1", "OpenAI", OPENAI));

        assertInstanceOf(ProviderSaveOutcome.Saved.class, outcome);
        assertEquals(Map.of(ProviderSecrets.keySlot("p1", OPENAI), "sk-test-p1-0123456789abcdef"), vault.keys);
        assertFalse(storedDocument().contains("sk-test-p1"));
        assertEquals("", otherWindow.load().settings().provider("p1").apiKey);
    }

    @Test
    void anAddressTypedInTheFormTakesTheVaultKeyAlongAndTheOldServerLosesIt() throws Exception {
        ProviderConfig p = stored(provider("p1", "OpenAI", OPENAI));
        vault.enabled = true;
        vault.keys.put(ProviderSecrets.keySlot("p1", OPENAI), "sk-test-p1-0123456789abcdef");
        ProviderConfig draft = p.copy();
        draft.baseUrl = "https://gateway.example.com/v1";

        assertInstanceOf(ProviderSaveOutcome.Saved.class, saveEdit(draft));

        assertEquals(Map.of(ProviderSecrets.keySlot("p1", "https://gateway.example.com/v1"), "sk-test-p1-0123456789abcdef"), vault.keys);
        assertNull(vault.key(ProviderSecrets.keySlot("p1", OPENAI)), "no key is left for the old server");
    }

    /** A local server without authentication, saved new with the vault on; its form still holds a key. */
    private ProviderConfig localWithVaultOn() {
        editor.load();
        vault.enabled = true;
        ProviderConfig local = provider("ollama", "Ollama", OLLAMA);
        local.authStyle = AuthStyle.NONE;
        return local;
    }

    @Test
    void aProviderWithoutAuthenticationOrSecretsPutsNothingInTheVault() {
        ProviderConfig local = localWithVaultOn();
        local.apiKey = "";

        assertInstanceOf(ProviderSaveOutcome.Saved.class, saveNew(local));
        assertEquals(0, vault.puts);
    }

    @Test
    void aKeyLeftInTheFormUnderAuthenticationNoneStillGoesToTheVaultNotTheSettings() {
        assertInstanceOf(ProviderSaveOutcome.Saved.class, saveNew(localWithVaultOn()));
        assertEquals("sk-test-ollama-0123456789abcdef", vault.key(ProviderSecrets.keySlot("ollama", OLLAMA)));
        assertFalse(storedDocument().contains("sk-test-ollama"));
    }

    @Test
    void aLockedVaultRefusesWithItsReasonAndNothingIsWritten() throws Exception {
        ProviderConfig p = stored(provider("p1", "OpenAI", OPENAI));
        vault.enabled = true;
        vault.locked = true;
        String before = storedDocument();
        ProviderConfig draft = p.copy();
        draft.apiKey = "sk-new-key-0123456789abcdef";

        ProviderSaveOutcome outcome = saveEdit(draft);

        assertEquals(new ProviderSaveOutcome.Refused(I18n.t("opt_page_not_saved_locked")), outcome);
        assertEquals(before, storedDocument());
        assertEquals(0, vault.puts);
        assertTrue(modelsCached("p1"));
    }

    @Test
    void aVaultWriteFailureIsReportedAndTheSettingsStayAsStored() throws Exception {
        ProviderConfig p = stored(provider("p1", "OpenAI", OPENAI));
        vault.enabled = true;
        vault.failure = "The vault could not be written.";
        String before = storedDocument();
        ProviderConfig draft = p.copy();
        draft.name = "Renamed";

        ProviderSaveOutcome outcome = saveEdit(draft);

        assertEquals(new ProviderSaveOutcome.Refused(I18n.t("opt_page_not_saved", "The vault could not be written.")), outcome);
        assertEquals(before, storedDocument());
        assertEquals("OpenAI", editor.settings().provider("p1").name);
    }

    @Test
    void whenTheSettingsCannotBeWrittenTheVaultGetsBackTheKeyItHad() throws Exception {
        ProviderConfig p = stored(provider("p1", "OpenAI", OPENAI));
        vault.enabled = true;
        vault.keys.put(ProviderSecrets.keySlot("p1", OPENAI), "sk-old-key-0123456789abcdef");
        String before = storedDocument();
        fillStorage();
        ProviderConfig draft = p.copy();
        draft.name = "x".repeat(300);
        draft.apiKey = "sk-new-key-0123456789abcdef";

        ProviderSaveOutcome outcome = saveEdit(draft);

        assertEquals(new ProviderSaveOutcome.Refused(I18n.t("store_save_full")), outcome);
        assertEquals(before, storedDocument());
        assertEquals(Map.of(ProviderSecrets.keySlot("p1", OPENAI), "sk-old-key-0123456789abcdef"), vault.keys);
        assertEquals(2, vault.puts, "the new key, then the old one back");
        assertTrue(modelsCached("p1"), "nothing after the failed step ran");
    }

    @Test
    void aNewProviderWhoseSettingsCannotBeWrittenLeavesNoKeyInTheVault() {
        editor.load();
        vault.enabled = true;
        kv.setQuotaChars(10);

        ProviderSaveOutcome outcome = saveNew(provider("p1", "OpenAI", OPENAI));

        assertEquals(new ProviderSaveOutcome.Refused(I18n.t("store_save_full")), outcome);
        assertTrue(vault.keys.isEmpty());
        assertNull(storedDocument());
    }

    @Test
    void readOnlySettingsRefuseTheSaveAndKeepTheVaultAsItWas() throws Exception {
        String newer = "{\"schemaVersion\": 99, \"providers\": []}";
        kv.put(StorageKeys.SETTINGS, newer);
        editor.load();
        vault.enabled = true;

        ProviderSaveOutcome outcome = saveNew(provider("p1", "OpenAI", OPENAI));

        assertEquals(new ProviderSaveOutcome.Refused(I18n.t("opt_page_read_only_refusal")), outcome);
        assertEquals(newer, storedDocument());
        assertTrue(vault.keys.isEmpty());
    }

    @Test
    void anOriginChangeReplacesTheOldOriginRuleAndInvalidatesTheCachedModels() throws Exception {
        ProviderConfig p = storedWithOriginRule();
        permissions.granted.add(OLLAMA_ORIGIN);
        permissions.granted.add(LM_STUDIO_ORIGIN);
        ProviderConfig draft = p.copy();
        draft.baseUrl = LM_STUDIO;

        ProviderSaveOutcome.Saved saved = assertInstanceOf(ProviderSaveOutcome.Saved.class, saveEdit(draft));

        assertNull(saved.problem());
        assertEquals(Map.of("local", LM_STUDIO), rules.installed);
        assertFalse(modelsCached("local"));
    }

    @Test
    void anOriginMovedToARefusedOriginDropsTheOldRuleAndSaysWhatIsMissing() throws Exception {
        ProviderConfig p = storedWithOriginRule();
        ProviderConfig draft = p.copy();
        draft.baseUrl = LM_STUDIO;

        ProviderSaveOutcome.Saved saved = assertInstanceOf(ProviderSaveOutcome.Saved.class, saveEdit(draft));

        assertTrue(rules.installed.isEmpty());
        assertEquals(I18n.t("opt_page_saved_needs_permission", LM_STUDIO_ORIGIN, I18n.t("opt_grant_access")), saved.problem());
        assertFalse(modelsCached("local"));
    }

    @Test
    void cachedModelsSurviveARenameButNotANewKey() throws Exception {
        ProviderConfig p = stored(provider("p1", "OpenAI", OPENAI));
        permissions.granted.add(OPENAI_ORIGIN);
        ProviderConfig renamed = p.copy();
        renamed.name = "OpenAI (work)";

        assertInstanceOf(ProviderSaveOutcome.Saved.class, saveEdit(renamed));
        assertTrue(modelsCached("p1"));

        ProviderConfig rekeyed = editor.settings().provider("p1").copy();
        rekeyed.apiKey = "sk-another-key-0123456789abcdef";
        assertInstanceOf(ProviderSaveOutcome.Saved.class, saveEdit(rekeyed));
        assertFalse(modelsCached("p1"));
    }

    @Test
    void aRefusedPermissionIsReportedAsTheReasonRequestsWillFail() {
        editor.load();

        ProviderSaveOutcome.Saved saved = assertInstanceOf(ProviderSaveOutcome.Saved.class, saveNew(provider("p1", "OpenAI", OPENAI)));

        assertEquals(I18n.t("opt_page_saved_needs_permission", OPENAI_ORIGIN, I18n.t("opt_grant_access")), saved.problem());
        assertEquals(List.of("p1"), otherWindow.load().settings().providerIds(), "saved all the same");
        assertTrue(access.refused(saved.provider()));
    }

    @Test
    void savingNeverWaitsForThePermissionPromptAndAGrantLaterInstallsTheRule() {
        editor.load();
        ProviderConfig local = provider("local", "Local", OLLAMA);
        local.authStyle = AuthStyle.NONE;
        local.stripOrigin = true;
        int[] answers = {0};

        saving.requestAccess(local, () -> answers[0]++);
        ProviderSaveOutcome outcome = saving.save(local, null, true);

        assertInstanceOf(ProviderSaveOutcome.Saved.class, outcome, "saved while the prompt is still open");
        assertTrue(permissions.pending.containsKey(OLLAMA_ORIGIN));
        assertTrue(rules.installed.isEmpty(), "no rule for an origin not granted");

        permissions.answer(OLLAMA_ORIGIN, true);

        assertEquals(1, answers[0]);
        assertEquals(Map.of("local", OLLAMA), rules.installed);
        assertTrue(access.granted(OLLAMA_ORIGIN));
    }

    @Test
    void aGrantedOriginIsNotAskedForAgain() {
        editor.load();
        access.remember(OPENAI_ORIGIN, true);

        saving.requestAccess(provider("p1", "OpenAI", OPENAI), () -> { });

        assertTrue(permissions.pending.isEmpty());
    }

    @Test
    void aFailedOriginRuleIsReportedAfterTheProviderWasSaved() {
        editor.load();
        permissions.granted.add(OLLAMA_ORIGIN);
        rules.failure = "Rule limit reached.";
        ProviderConfig local = provider("local", "Local", OLLAMA);
        local.stripOrigin = true;

        ProviderSaveOutcome.Saved saved = assertInstanceOf(ProviderSaveOutcome.Saved.class, saveNew(local));

        assertEquals(I18n.t("opt_page_origin_rule_failed", "Rule limit reached.", "chrome-extension://"), saved.problem());
        assertEquals(List.of("local"), otherWindow.load().settings().providerIds());
    }

    @Test
    void turningTheOriginRuleOffRemovesIt() throws Exception {
        ProviderConfig p = storedWithOriginRule();
        permissions.granted.add(OLLAMA_ORIGIN);
        ProviderConfig draft = p.copy();
        draft.stripOrigin = false;

        assertInstanceOf(ProviderSaveOutcome.Saved.class, saveEdit(draft));
        assertTrue(rules.installed.isEmpty());
        assertTrue(modelsCached("local"), "same endpoint: the models still hold");
    }

    @Test
    void anEditMadeInAnotherWindowSinceTheFormOpenedStopsTheSaveAndNothingIsLost() throws Exception {
        ProviderConfig p = stored(provider("p1", "OpenAI", OPENAI));
        String baseline = editor.settings().provider("p1").snapshot();
        otherWindow.applyChange(s -> {
            s.provider("p1").name = "Theirs";
            return s;
        });
        String theirs = storedDocument();
        vault.enabled = true;
        ProviderConfig draft = p.copy();
        draft.name = "Mine";

        ProviderSaveOutcome outcome = saving.save(draft, baseline, false);

        ProviderSaveOutcome.Conflict conflict = assertInstanceOf(ProviderSaveOutcome.Conflict.class, outcome);
        assertEquals("Theirs", conflict.theirs().name);
        assertEquals(theirs, storedDocument());
        assertEquals("Theirs", editor.settings().provider("p1").name, "the page now works on their version");
        assertEquals(0, vault.puts);
    }

    @Test
    void aNewProviderIsNeverInConflict() {
        editor.load();
        permissions.granted.add(OPENAI_ORIGIN);
        assertInstanceOf(ProviderSaveOutcome.Saved.class, saving.save(provider("p1", "OpenAI", OPENAI), null, true));
    }

    @Test
    void validationRefusesANameAnotherProviderHasAndTheUnencryptedKeyRuleApplies() throws Exception {
        ProviderConfig p = stored(provider("p1", "OpenAI", OPENAI));
        stored(provider("p2", "Groq", "https://api.groq.com/openai/v1"));
        assertTrue(saving.validate(p.copy()).canSave());

        ProviderConfig clash = p.copy();
        clash.name = "groq";
        assertFalse(saving.validate(clash).canSave());

        ProviderConfig overHttp = p.copy();
        overHttp.baseUrl = "http://gpu-box.example.net:8000/v1";
        assertFalse(saving.validate(overHttp).canSave(), "a key over http:// to a remote host needs the user's confirmation");
        overHttp.allowInsecureKey = true;
        assertTrue(saving.validate(overHttp).canSave());
    }

    @Test
    void originRulesAreRestoredForEveryProviderThatWantsOneUnlessItsOriginIsRefused() throws Exception {
        ProviderConfig ollama = provider("ollama", "Ollama", OLLAMA + "/");
        ollama.stripOrigin = true;
        ProviderConfig lmStudio = provider("lm", "LM Studio", LM_STUDIO);
        lmStudio.stripOrigin = true;
        stored(ollama);
        stored(lmStudio);
        stored(provider("p1", "OpenAI", OPENAI));
        access.remember(LM_STUDIO_ORIGIN, false);

        saving.restoreOriginRules();

        assertEquals(Map.of("ollama", OLLAMA), rules.installed, "installed for the normalized base URL");
    }
}
