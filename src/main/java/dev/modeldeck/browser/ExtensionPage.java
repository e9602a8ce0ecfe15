package dev.modeldeck.browser;

import org.teavm.jso.JSBody;

/** Facts about the running extension page read from its own URL, so they hold in every browser. */
final class ExtensionPage {
    private ExtensionPage() { }

    /**
     * The page's host: the extension id in Chrome, the per-install UUID in Firefox (where {@code runtime.id} is the
     * add-on id instead). It is the initiator domain of the extension's own requests.
     */
    @JSBody(script = "return location.hostname;")
    static native String host();

    /** The page's scheme with its slashes, e.g. {@code chrome-extension://} or {@code moz-extension://}. */
    @JSBody(script = "return location.protocol + '//';")
    static native String scheme();
}
