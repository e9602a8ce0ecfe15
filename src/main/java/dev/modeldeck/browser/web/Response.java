package dev.modeldeck.browser.web;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.streams.ReadableStream;

/** Mirror of the fetch {@code Response} (the members the transport reads). */
public interface Response extends JSObject {
    @JSProperty int getStatus();
    @JSProperty String getType();
    @JSProperty String getUrl();
    @JSProperty Headers getHeaders();
    /** Null when the response has no body. */
    @JSProperty ReadableStream getBody();
}
