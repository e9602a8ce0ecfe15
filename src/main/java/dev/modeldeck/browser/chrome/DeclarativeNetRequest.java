package dev.modeldeck.browser.chrome;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSUndefined;

/** Mirror of the {@code chrome.declarativeNetRequest} namespace (session rules only). */
public interface DeclarativeNetRequest extends JSObject {
    JSPromise<JSUndefined> updateSessionRules(UpdateRuleOptions options);

    JSPromise<JSArrayReader<Rule>> getSessionRules();
}
