package dev.modeldeck.browser;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;

/** Mirror of the parts of the web Response that the transport needs. */
public interface FetchResponse extends JSObject {
    @JSProperty int getStatus();
    @JSProperty String getType();
    @JSProperty String getUrl();
}
