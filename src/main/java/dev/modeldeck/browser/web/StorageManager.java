package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;

/** Mirror of {@code navigator.storage}. */
public interface StorageManager extends JSObject {
    JSPromise<StorageEstimate> estimate();
}
