package dev.modeldeck.core.discovery;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.net.NetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What discovery has for one provider right now: a list (possibly old), how old it is, and the last
 * failure, so the UI can always say something true ("updated 5 min ago, refresh failed: …").
 */
public final class ModelsResult {
    public enum Status {
        /** Just fetched. */
        FRESH,
        /** From the cache, within its TTL. */
        CACHED,
        /** An older list, served because a refresh failed, is waiting out a 429, or is running in the background. */
        STALE,
        /** The provider answered 404 for /models: it has no list, models are added by hand. Not a failure. */
        NO_MODEL_LIST,
        /** Nothing to show: the fetch failed and no earlier list exists. */
        FAILED,
        /** Nothing cached yet; a background fetch is under way. */
        LOADING,
        /** The caller cancelled before an answer arrived. */
        CANCELLED
    }

    private final Status status;
    private final ModelList list;
    private final NetException error;
    private final long fetchedAt;
    private final long lastErrorAt;
    private final long retryNotBefore;
    private final boolean refreshing;
    private final List<String> notes;

    ModelsResult(Status status, CacheEntry entry, NetException error, boolean refreshing, List<String> notes) {
        this.status = status;
        this.list = entry == null ? null : entry.list();
        this.fetchedAt = entry == null ? 0 : entry.fetchedAt();
        this.lastErrorAt = entry == null || error == null ? 0 : entry.lastErrorAt();
        this.retryNotBefore = entry == null ? 0 : entry.retryNotBefore();
        this.error = error;
        this.refreshing = refreshing;
        this.notes = Collections.unmodifiableList(new ArrayList<>(notes));
    }

    public Status status() { return status; }
    /** The list to show, or null when none was ever fetched. */
    public ModelList list() { return list; }
    /** The provider's models (empty when there is no list). */
    public List<ModelInfo> models() { return list == null ? Collections.<ModelInfo>emptyList() : list.models(); }
    /** Why the latest attempt failed (with the provider's own message where it gave one), or null. */
    public NetException error() { return error; }
    public long fetchedAt() { return fetchedAt; }
    public long lastErrorAt() { return lastErrorAt; }
    /** No request before this time (a 429's Retry-After); 0 when free to ask. */
    public long retryNotBefore() { return retryNotBefore; }
    /** A background refresh was started for this answer. */
    public boolean refreshing() { return refreshing; }
    /** Cache problems met on the way (unreadable saved list, storage full). */
    public List<String> notes() { return notes; }

    public boolean noModelList() { return status == Status.NO_MODEL_LIST; }
    /** The provider answered with an empty list: flagged so it is never shown as a silent blank. */
    public boolean providerReturnedNone() { return list != null && list.providerReturnedNone(); }

    /** One sentence for the UI about this result. */
    public String summary(long now) {
        return switch (status) {
            case NO_MODEL_LIST -> I18n.t("disc_no_model_list");
            case LOADING -> I18n.t("disc_loading");
            case CANCELLED -> list == null ? I18n.t("disc_cancelled")
                : I18n.t("disc_cancelled_showing", Ago.since(fetchedAt, now));
            case FAILED -> retryNotBefore > now
                ? I18n.t("disc_failed_next_try", errorText(), Ago.until(retryNotBefore, now))
                : I18n.t("disc_failed", errorText());
            case STALE -> staleSummary(now);
            case FRESH, CACHED -> providerReturnedNone() ? I18n.t("disc_provider_returned_none")
                : status == Status.FRESH ? I18n.t("disc_updated_just_now")
                : I18n.t("disc_updated_ago", Ago.since(fetchedAt, now));
        };
    }

    private String staleSummary(long now) {
        String age = Ago.since(fetchedAt, now);
        if (error != null) {
            return retryNotBefore > now
                ? I18n.t("disc_stale_failed_next_try", age, errorText(), Ago.until(retryNotBefore, now))
                : I18n.t("disc_stale_failed", age, errorText());
        }
        return refreshing ? I18n.t("disc_stale_refreshing", age) : I18n.t("disc_stale", age);
    }

    private String errorText() {
        if (error == null) {
            return I18n.t("disc_unknown_error");
        }
        String m = error.getMessage() == null ? "" : error.getMessage();
        String pm = error.providerMessage();
        return pm != null && !pm.isEmpty() && !m.contains(pm) ? I18n.t("disc_error_with_provider_message", m, pm) : m;
    }
}
