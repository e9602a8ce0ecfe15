package dev.modeldeck.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/**
 * The outcome of a JS promise that never rejects: awaiting it from a green thread cannot throw,
 * so every browser failure becomes a value the adapter turns into a typed Java error.
 */
public interface Settled<T extends JSObject> extends JSObject {
    @JSProperty boolean isOk();
    @JSProperty T getValue();
    /** The rejection's message (Error.message, or String(reason)). */
    @JSProperty String getError();
    /** The rejection's name (TypeError, AbortError, QuotaExceededError, ...). */
    @JSProperty String getErrorName();
}
