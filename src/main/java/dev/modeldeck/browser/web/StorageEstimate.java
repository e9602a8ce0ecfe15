package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** Mirror of the {@code StorageEstimate} dictionary: bytes used and available to this origin. */
public interface StorageEstimate extends JSObject {
    @JSProperty double getUsage();
    @JSProperty double getQuota();
}
