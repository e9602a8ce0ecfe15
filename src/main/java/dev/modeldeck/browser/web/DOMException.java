package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** Mirror of {@code DOMException} (what IndexedDB and storage APIs fail with). */
public interface DOMException extends JSObject {
    /** QuotaExceededError, AbortError, InvalidStateError, ... */
    @JSProperty String getName();
    @JSProperty String getMessage();
}
