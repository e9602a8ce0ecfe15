package dev.modeldeck.browser;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** chrome.permissions for optional host permissions, one provider origin at a time. */
public final class ChromePermissions {
    private ChromePermissions() { }

    @JSBody(params = "pattern", script = "if (!(self.chrome && chrome.permissions)) { return Promise.resolve(false); }"
        + " return chrome.permissions.contains({origins: [pattern]});")
    private static native JSObject containsPromise(String pattern);

    @JSBody(params = "pattern", script = "if (!(self.chrome && chrome.permissions)) { return Promise.resolve(false); }"
        + " return chrome.permissions.request({origins: [pattern]});")
    private static native JSObject requestPromise(String pattern);

    @JSBody(params = "pattern", script = "if (!(self.chrome && chrome.permissions)) { return Promise.resolve(false); }"
        + " return chrome.permissions.remove({origins: [pattern]});")
    private static native JSObject removePromise(String pattern);

    @JSBody(params = "v", script = "return v === true;")
    private static native boolean isTrue(JSObject v);

    /** Whether the origin pattern (e.g. {@code http://127.0.0.1/*}) is granted. Blocks the green thread. */
    public static boolean contains(String pattern) {
        Settled s = Promises.await(containsPromise(pattern));
        return s.isOk() && isTrue(s.getValue());
    }

    /**
     * Asks for the permission. Must be called synchronously inside a click handler (a user gesture);
     * the callback gets the answer later. Headless Chromium never answers, so callers must not wait on it.
     */
    public static void request(String pattern, java.util.function.Consumer<Boolean> answer) {
        JSObject promise = requestPromise(pattern);
        new Thread(() -> {
            Settled s = Promises.await(promise);
            answer.accept(s.isOk() && isTrue(s.getValue()));
        }).start();
    }

    /** Releases a permission no provider uses any more. */
    public static void remove(String pattern) {
        JSObject promise = removePromise(pattern);
        new Thread(() -> Promises.await(promise)).start();
    }
}
