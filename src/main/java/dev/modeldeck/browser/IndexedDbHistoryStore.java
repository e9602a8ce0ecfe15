package dev.modeldeck.browser;

import dev.modeldeck.browser.web.DOMException;
import dev.modeldeck.browser.web.IDBCursor;
import dev.modeldeck.browser.web.IDBDatabase;
import dev.modeldeck.browser.web.IDBKeyRange;
import dev.modeldeck.browser.web.IDBObjectStore;
import dev.modeldeck.browser.web.IDBOpenDBRequest;
import dev.modeldeck.browser.web.IDBRequest;
import dev.modeldeck.browser.web.IDBTransaction;
import dev.modeldeck.browser.web.IDBTransactionOptions;
import dev.modeldeck.browser.web.IndexedDB;
import dev.modeldeck.core.history.HistoryArea;
import dev.modeldeck.core.history.HistoryStore;
import dev.modeldeck.core.history.NewestRecords;
import dev.modeldeck.core.history.PendingWrite;
import dev.modeldeck.core.history.RangeSize;
import dev.modeldeck.core.history.RecordWrite;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.store.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExceptions;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSNumber;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;

/**
 * {@link HistoryStore} over IndexedDB: one object store per area, string keys and string values. A write is one
 * readwrite transaction with strict durability (complete means on disk, so a killed browser keeps it), committed
 * as soon as its requests are made. A merge reads and writes inside that transaction, which IndexedDB runs
 * after every earlier overlapping one from any page: that is what keeps two pages from losing each other's writes.
 * Reads block the calling green thread.
 */
public final class IndexedDbHistoryStore implements HistoryStore {
    public static final String NAME = "modeldeck";
    static final int VERSION = 1;

    private final IDBDatabase db;

    private IndexedDbHistoryStore(IDBDatabase db) {
        this.db = db;
        // Let the test harness (or a later version) delete or upgrade the database while this page is open.
        db.setOnversionchange(e -> db.close());
    }

    /** Opens (and on first use creates) the database. Blocks. */
    public static IndexedDbHistoryStore open() throws StoreException {
        JSPromise<JSObject> opened = new JSPromise<>((resolve, reject) -> {
            IDBOpenDBRequest request;
            try {
                request = IndexedDB.open(NAME, VERSION);
            } catch (RuntimeException e) {
                reject.accept(JSString.valueOf(JsErrors.message(e)));
                return;
            }
            request.setOnupgradeneeded(e -> {
                IDBDatabase db = request.getDatabase();
                for (HistoryArea area : HistoryArea.values()) {
                    if (!db.getObjectStoreNames().contains(area.storeName())) {
                        db.createObjectStore(area.storeName());
                    }
                }
            });
            request.setOnsuccess(e -> resolve.accept(request.getDatabase()));
            request.setOnerror(e -> reject.accept(request.getError()));
        });
        Settled<JSObject> s = Promises.await(opened);
        if (!s.isOk()) {
            throw new StoreException(I18n.t("br_storage_refused", s.getErrorName() + ": " + s.getError()), false);
        }
        return new IndexedDbHistoryStore((IDBDatabase) s.getValue());
    }

    @Override
    public String get(HistoryArea area, String key) throws StoreException {
        JSObject value = read(area, store -> store.get(key));
        return Missing.is(value) ? null : ((JSString) value).stringValue();
    }

    @Override
    public List<String> range(HistoryArea area, String prefix) throws StoreException {
        return strings(values(area, prefix));
    }

    /** Measured in the page's JS: copying every value into a Java string only to count it was most of the cost. */
    @Override
    public RangeSize size(HistoryArea area, String prefix) throws StoreException {
        JSArrayReader<JSString> values = values(area, prefix);
        return new RangeSize(values.getLength(), (long) utf8Bytes(values));
    }

    /** The values of the records whose keys start with {@code prefix}, still in the page's JS. Blocks. */
    @SuppressWarnings("unchecked")
    private JSArrayReader<JSString> values(HistoryArea area, String prefix) throws StoreException {
        IDBKeyRange range = prefixRange(prefix);
        return (JSArrayReader<JSString>) read(area, store -> store.getAll(range));
    }

    private static IDBKeyRange prefixRange(String prefix) {
        return IDBKeyRange.bound(prefix, RecordWrite.prefixEnd(prefix), false, false);
    }

    /** The UTF-8 size of every string, as {@code HistorySize.utf8} counts it (a lone surrogate half as two bytes). */
    @JSBody(params = "values", script = "var n = 0;"
        + "for (var i = 0; i < values.length; i++) { var s = values[i]; n += s.length;"
        + " for (var j = 0; j < s.length; j++) { var c = s.charCodeAt(j);"
        + "  if (c >= 0x80) { n += (c < 0x800 || (c >= 0xD800 && c <= 0xDFFF)) ? 1 : 2; } } }"
        + "return n;")
    private static native double utf8Bytes(JSArrayReader<JSString> values);

    private static List<String> strings(JSArrayReader<JSString> values) {
        List<String> out = new ArrayList<>(values.getLength());
        for (int i = 0; i < values.getLength(); i++) {
            out.add(values.get(i).stringValue());
        }
        return out;
    }

    /**
     * Finds the {@code count}-th key from the end with a key cursor (one step back over the range, no values
     * read), then reads from there to the end: the cost does not grow with the range.
     */
    @Override
    public NewestRecords newest(HistoryArea area, String prefix, int count) throws StoreException {
        IDBKeyRange range = prefixRange(prefix);
        JSObject[] values = {null};
        int[] total = {0};
        JSPromise<JSObject> done = new JSPromise<>((resolve, reject) -> {
            try {
                IDBTransaction tx = db.transaction(new String[] {area.storeName()}, "readonly", IDBTransactionOptions.create());
                IDBObjectStore store = tx.objectStore(area.storeName());
                IDBRequest counted = store.count(range);
                counted.setOnsuccess(e -> total[0] = ((JSNumber) counted.getResult()).intValue());
                IDBRequest keys = store.openKeyCursor(range, "prev");
                boolean[] advanced = {false};
                keys.setOnsuccess(e -> {
                    JSObject at = keys.getResult();
                    if (!Missing.is(at) && !advanced[0] && count > 1) {
                        advanced[0] = true;
                        ((IDBCursor) at).advance(count - 1);
                        return;
                    }
                    // Past the start of the range (fewer records than asked for): all of them.
                    IDBKeyRange tail = Missing.is(at) ? range
                        : IDBKeyRange.bound(((IDBCursor) at).getKey(), RecordWrite.prefixEnd(prefix), false, false);
                    IDBRequest read = store.getAll(tail);
                    read.setOnsuccess(r -> values[0] = read.getResult());
                });
                tx.setOncomplete(e -> resolve.accept(null));
                tx.setOnabort(e -> reject.accept(abortReason(tx)));
            } catch (RuntimeException e) {
                reject.accept(JSString.valueOf(JsErrors.name(e) + ": " + JsErrors.message(e)));
            }
        });
        Settled<JSObject> s = Promises.await(done);
        if (!s.isOk()) {
            throw failure(s.getErrorName(), s.getError());
        }
        return new NewestRecords(strings((JSArrayReader<JSString>) values[0]), total[0]);
    }

    private interface Request {
        IDBRequest on(IDBObjectStore store);
    }

    private JSObject read(HistoryArea area, Request make) throws StoreException {
        JSPromise<JSObject> done = new JSPromise<>((resolve, reject) -> {
            try {
                IDBTransaction tx = db.transaction(new String[] {area.storeName()}, "readonly", IDBTransactionOptions.create());
                IDBRequest r = make.on(tx.objectStore(area.storeName()));
                r.setOnsuccess(e -> resolve.accept(r.getResult()));
                r.setOnerror(e -> reject.accept(r.getError()));
            } catch (RuntimeException e) {
                reject.accept(JSString.valueOf(JsErrors.name(e) + ": " + JsErrors.message(e)));
            }
        });
        Settled<JSObject> s = Promises.await(done);
        if (!s.isOk()) {
            throw failure(s.getErrorName(), s.getError());
        }
        return s.getValue();
    }

    @Override
    public PendingWrite write(List<RecordWrite> writes) {
        String[] names = storeNames(writes);
        JSPromise<JSObject> done = new JSPromise<>((resolve, reject) -> {
            IDBTransaction tx;
            try {
                IDBTransactionOptions options = IDBTransactionOptions.create();
                options.setDurability("strict");
                tx = db.transaction(names, "readwrite", options);
            } catch (RuntimeException e) {
                reject.accept(JSString.valueOf(JsErrors.name(e) + ": " + JsErrors.message(e)));
                return;
            }
            // A request that throws (or a merge that fails) aborts the whole transaction: all or nothing.
            JSObject[] thrown = {null};
            tx.setOncomplete(e -> resolve.accept(null));
            tx.setOnabort(e -> reject.accept(thrown[0] != null ? thrown[0] : abortReason(tx)));
            int[] pending = {0};
            try {
                request(tx, writes, pending, thrown);
            } catch (RuntimeException e) {
                abort(tx, thrown, e);
                return;
            }
            if (pending[0] == 0) {
                tx.commit();
            }
        });
        return new Pending(done);
    }

    private static void request(IDBTransaction tx, List<RecordWrite> writes, int[] pending, JSObject[] thrown) {
        for (RecordWrite w : writes) {
            IDBObjectStore store = tx.objectStore(w.area().storeName());
            switch (w.kind()) {
                case PUT -> store.put(JSString.valueOf(w.value()), w.key());
                case DELETE -> store.delete(w.key());
                case DELETE_PREFIX -> store.delete(prefixRange(w.key()));
                case MERGE -> {
                    pending[0]++;
                    IDBRequest r = store.get(w.key());
                    r.setOnsuccess(e -> {
                        try {
                            JSObject raw = r.getResult();
                            String stored = Missing.is(raw) ? null : ((JSString) raw).stringValue();
                            String next = w.change().apply(stored);
                            if (next != stored) {
                                if (next == null) {
                                    store.delete(w.key());
                                } else {
                                    store.put(JSString.valueOf(next), w.key());
                                }
                            }
                        } catch (RuntimeException ex) {
                            abort(tx, thrown, ex);
                            return;
                        }
                        if (--pending[0] == 0) {
                            tx.commit();
                        }
                    });
                }
            }
        }
    }

    private static void abort(IDBTransaction tx, JSObject[] thrown, RuntimeException e) {
        JSObject js = JSExceptions.getJSException(e);
        thrown[0] = js != null ? js : JSString.valueOf(String.valueOf(e.getMessage()));
        try {
            tx.abort();
        } catch (RuntimeException alreadyFinished) {
            // the transaction ended on its own; its abort event (if any) carries the reason
        }
    }

    private static JSObject abortReason(IDBTransaction tx) {
        DOMException error = tx.getError();
        return Missing.is(error) ? JSString.valueOf("AbortError") : error;
    }

    private static String[] storeNames(List<RecordWrite> writes) {
        List<String> names = new ArrayList<>();
        for (RecordWrite w : writes) {
            if (!names.contains(w.area().storeName())) {
                names.add(w.area().storeName());
            }
        }
        return names.toArray(new String[0]);
    }

    static StoreException failure(String name, String message) {
        boolean quota = "QuotaExceededError".equals(name);
        return new StoreException(quota ? I18n.t("br_storage_full") : I18n.t("br_storage_refused", name + ": " + message), quota);
    }

    /** A started transaction: awaited from a green thread, or called back when it settles. */
    private static final class Pending implements PendingWrite {
        private final JSPromise<JSObject> done;
        private boolean settled;
        private StoreException error;
        private final List<Consumer<StoreException>> waiting = new ArrayList<>();

        Pending(JSPromise<JSObject> done) {
            this.done = done;
            Promises.settle(done).then(s -> {
                error = s.isOk() ? null : failure(s.getErrorName(), s.getError());
                settled = true;
                for (Consumer<StoreException> c : waiting) {
                    c.accept(error);
                }
                waiting.clear();
                return null;
            });
        }

        @Override
        public StoreException await() {
            Settled<JSObject> s = Promises.await(done);
            return s.isOk() ? null : failure(s.getErrorName(), s.getError());
        }

        @Override
        public void whenDone(Consumer<StoreException> callback) {
            if (settled) {
                callback.accept(error);
            } else {
                waiting.add(callback);
            }
        }
    }
}
