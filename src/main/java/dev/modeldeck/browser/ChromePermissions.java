package dev.modeldeck.browser;

import dev.modeldeck.browser.chrome.Chrome;
import dev.modeldeck.browser.chrome.PermissionSet;
import dev.modeldeck.browser.chrome.Permissions;
import java.util.function.Consumer;
import org.teavm.jso.core.JSBoolean;
import org.teavm.jso.core.JSPromise;

/** chrome.permissions for optional host permissions, one provider origin at a time. */
final class ChromePermissions {
    private ChromePermissions() { }

    /** Whether the origin pattern (e.g. {@code http://127.0.0.1/*}) is granted. Blocks the green thread. */
    static boolean contains(String pattern) {
        Permissions api = api();
        return api != null && granted(Promises.await(api.contains(PermissionSet.origins(pattern))));
    }

    /**
     * Asks for the permission. Must be called synchronously inside a click handler (a user gesture);
     * the callback gets the answer later. Headless Chromium never answers, so callers must not wait on it.
     */
    static void request(String pattern, Consumer<Boolean> answer) {
        Permissions api = api();
        JSPromise<JSBoolean> promise = api == null ? null : api.request(PermissionSet.origins(pattern));
        new Thread(() -> answer.accept(promise != null && granted(Promises.await(promise)))).start();
    }

    /** Releases a permission no provider uses any more. */
    static void remove(String pattern) {
        Permissions api = api();
        if (api != null) {
            JSPromise<JSBoolean> promise = api.remove(PermissionSet.origins(pattern));
            new Thread(() -> Promises.await(promise)).start();
        }
    }

    private static boolean granted(Settled<JSBoolean> s) {
        return s.isOk() && s.getValue().booleanValue();
    }

    private static Permissions api() {
        Chrome chrome = Chrome.current();
        Permissions api = chrome == null ? null : chrome.getPermissions();
        return Missing.is(api) ? null : api;
    }
}
