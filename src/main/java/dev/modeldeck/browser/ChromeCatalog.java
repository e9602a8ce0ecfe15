package dev.modeldeck.browser;

import dev.modeldeck.core.i18n.Catalog;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** {@link Catalog} over {@code chrome.i18n}: the browser picks the language from its UI language, falling back to English. */
public final class ChromeCatalog implements Catalog {
    private final String language = lookupLanguage();

    @Override
    public String message(String key, String... args) {
        JSObject list = emptyArray();
        for (String a : args) {
            push(list, a == null ? "" : a);
        }
        return getMessage(key, list);
    }

    @Override
    public String language() {
        return language;
    }

    @JSBody(script = "return [];")
    private static native JSObject emptyArray();

    @JSBody(params = {"list", "value"}, script = "list.push(value);")
    private static native void push(JSObject list, String value);

    @JSBody(params = {"key", "args"}, script = "return chrome.i18n.getMessage(key, args) || '';")
    private static native String getMessage(String key, JSObject args);

    /**
     * The language of the catalog Chrome actually picked, e.g. "de". Each catalog names itself in "locale_code":
     * "@@ui_locale" and getUILanguage() report the browser's UI language, which can differ from the catalog used
     * (seen in Chromium 14x with --lang=de: catalog German, @@ui_locale "en_US").
     */
    @JSBody(script = "return chrome.i18n.getMessage('locale_code') || 'en';")
    private static native String lookupLanguage();
}
