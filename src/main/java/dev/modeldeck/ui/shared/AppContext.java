package dev.modeldeck.ui.shared;

import dev.modeldeck.browser.Browser;
import dev.modeldeck.browser.BrowserHttpTransport;
import dev.modeldeck.browser.BrowserScheduler;
import dev.modeldeck.browser.ExtensionBrowser;
import dev.modeldeck.browser.LocalStorageStore;
import dev.modeldeck.browser.NativeJson;
import dev.modeldeck.core.discovery.DiscoveryService;
import dev.modeldeck.core.discovery.ModelCache;
import dev.modeldeck.core.edit.PlainSecretsToVault;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.HttpTransport;
import dev.modeldeck.core.net.NetException;
import dev.modeldeck.core.provider.CredentialFingerprint;
import dev.modeldeck.core.provider.EndpointResolver;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.browser.BroadcastHistoryEvents;
import dev.modeldeck.browser.IndexedDbHistoryStore;
import dev.modeldeck.browser.WebLockLiveReplies;
import dev.modeldeck.core.history.History;
import dev.modeldeck.core.history.HistoryEvents;
import dev.modeldeck.core.history.HistoryStore;
import dev.modeldeck.core.history.LiveReplies;
import dev.modeldeck.core.history.MemoryHistoryStore;
import dev.modeldeck.core.history.SettingsCopy;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.ProviderSecrets;
import dev.modeldeck.core.store.CacheFirstStore;
import dev.modeldeck.core.store.KeyValueStore;
import dev.modeldeck.core.store.StoreException;
import dev.modeldeck.core.store.SettingsRepository;
import dev.modeldeck.core.time.Clock;
import dev.modeldeck.core.time.Scheduler;
import dev.modeldeck.ui.dom.Async;
import java.util.List;

/** The services one page uses, wired once: storage, settings, the provider network stack, discovery. */
public final class AppContext {
    public final Clock clock = Clock.SYSTEM;
    /** localStorage, giving up cached model lists before a conversation or setting fails to save. */
    public final KeyValueStore store = new CacheFirstStore(new LocalStorageStore());
    public final Scheduler scheduler = new BrowserScheduler();
    /** Extension pages, permissions, Origin rules, clipboard: what pages ask of the browser. */
    public final Browser browser = new ExtensionBrowser();
    public final String pageId;
    public final SettingsRepository settings;
    /** Conversations (IndexedDB), shared with the other open pages. */
    public final History history;
    /** Which conversations a reply is streaming into in some open page. */
    public final LiveReplies liveReplies = WebLockLiveReplies.create();
    /** Why conversations cannot be stored in this browser (kept in memory instead), or null. */
    public final String historyProblem;
    public final ProviderNetwork network;
    public final DiscoveryService discovery;
    public final KeyRing keys;

    public AppContext(String pageName) {
        this.pageId = pageName + "-" + Long.toString(System.currentTimeMillis(), 36);
        HistoryStore records;
        String problem = null;
        try {
            records = IndexedDbHistoryStore.open();
        } catch (StoreException e) {
            records = new MemoryHistoryStore();
            problem = I18n.t("history_unavailable", e.getMessage());
        }
        this.historyProblem = problem;
        this.history = new History(records, problem == null ? new BroadcastHistoryEvents() : HistoryEvents.NONE,
            clock, NativeJson::parse, pageName.substring(0, 1) + Long.toString((long) (Math.random() * 46656), 36));
        // A killed browser can lose the last seconds of localStorage: put back the durable copy if it is newer.
        SettingsCopy copy = new SettingsCopy(records, store, NativeJson::parse);
        copy.restore();
        this.settings = new SettingsRepository(store, clock, pageId, BaseUrls::normalizeQuietly).onWritten(copy::keep);
        this.keys = new KeyRing(store);
        HttpTransport base = new BrowserHttpTransport();
        this.network = new ProviderNetwork(base, store, clock, browser);
        this.discovery = new DiscoveryService(network, p -> {
            network.register(p);
            if (ProviderSecrets.needsVault(p) && keys.locked()) {
                throw new IllegalArgumentException(I18n.t("ui_unlock_to_continue")); // no request after a lock
            }
            try {
                return EndpointResolver.models(keys.withKey(p), null);
            } catch (NetException e) {
                // An unusable URL or auth setup: the discovery result explains it instead of a request.
                throw new IllegalArgumentException(e.getMessage());
            }
        }, p -> CredentialFingerprint.of(keys.withKey(p)), new ModelCache(store, clock).jsonReader(NativeJson::parse), clock).background(Async::runLater);
    }

    /** The provider with its key from wherever keys are stored (settings or the unlocked vault). */
    public ProviderConfig withKey(ProviderConfig p) {
        return keys.withKey(p);
    }

    /** A provider was deleted for good: its health, caches, Origin rule and vault keys go. Blocks the green thread. */
    public void forget(ProviderConfig deleted, List<ProviderConfig> remaining) {
        network.forget(deleted, remaining);
        keys.forget(deleted.id);
    }

    /**
     * With the vault on and unlocked, moves secrets still in plain text (settings, the legacy v1 key) into
     * it; returns what to tell the user (also that a legacy key waits while the vault is locked). Blocking.
     */
    public List<String> moveSecretsIntoVault() {
        return new PlainSecretsToVault(store, settings, keys).run().notices();
    }

    /** The transport for one provider: rate limiter, retries, health and breaker over fetch. */
    public HttpTransport transport(ProviderConfig p) {
        return network.forProvider(p);
    }
}
