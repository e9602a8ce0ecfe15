package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.core.JSArrayReader;

/** Mirror of the {@code LockManagerSnapshot} dictionary. */
public interface LockManagerSnapshot extends JSObject {
    @JSProperty JSArrayReader<LockInfo> getHeld();
    @JSProperty JSArrayReader<LockInfo> getPending();
}
