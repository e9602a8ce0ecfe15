package dev.modeldeck.core.history;

import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.store.KeyValueStore;
import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.core.store.StoreException;
import java.util.function.Function;

/**
 * A durable copy of the settings document. localStorage stays where settings live, but a killed browser loses
 * its last seconds of writes; the copy is written with every save and put back when localStorage comes back
 * without settings or with an older revision. Revisions decide, never the text.
 */
public final class SettingsCopy {
    static final String KEY = "settings";

    private final HistoryStore store;
    private final KeyValueStore kv;
    private final Function<String, Json> reader;

    public SettingsCopy(HistoryStore store, KeyValueStore kv, Function<String, Json> reader) {
        this.store = store;
        this.kv = kv;
        this.reader = reader;
    }

    /** Keeps {@code doc} unless the copy already holds a newer revision (another page saved after this one). */
    public PendingWrite keep(String doc, long revision) {
        String record = JsonWriter.write(Json.object().put("revision", revision).put("doc", doc));
        return store.write(java.util.List.of(RecordWrite.merge(HistoryArea.META, KEY,
            stored -> stored == null || revision >= revisionOf(stored, "revision") ? record : stored)));
    }

    /** Puts the copy back into localStorage when it is newer than what is there; true when it did. Blocks. */
    public boolean restore() {
        try {
            String stored = store.get(HistoryArea.META, KEY);
            if (stored == null) {
                return false;
            }
            String local = kv.get(StorageKeys.SETTINGS);
            Json localDoc = local == null ? null : reader.apply(local);
            if (local != null && (localDoc == null || !localDoc.isObject())) {
                return false; // damaged: the settings page backs it up and reports it; never overwrite it unseen
            }
            long localRevision = localDoc == null ? -1 : localDoc.get("revision").asLong(0);
            if (revisionOf(stored, "revision") <= localRevision) {
                return false;
            }
            kv.put(StorageKeys.SETTINGS, reader.apply(stored).get("doc").str());
            return true;
        } catch (StoreException e) {
            return false;
        }
    }

    private long revisionOf(String raw, String member) {
        Json j = reader.apply(raw);
        return j == null ? -1 : j.get(member).asLong(-1);
    }
}
