package dev.modeldeck.browser;

import dev.modeldeck.browser.chrome.Chrome;
import dev.modeldeck.browser.chrome.I18n;
import dev.modeldeck.core.i18n.Catalog;

/** {@link Catalog} over {@code chrome.i18n}: the browser picks the language from its UI language, falling back to English. */
public final class ChromeCatalog implements Catalog {
    private final I18n i18n = Chrome.current().getI18n();
    /**
     * The language of the catalog Chrome actually picked, e.g. "de". Each catalog names itself in "locale_code":
     * "@@ui_locale" and getUILanguage() report the browser's UI language, which can differ from the catalog used
     * (seen in Chromium 14x with --lang=de: catalog German, @@ui_locale "en_US").
     */
    private final String language = orElse(i18n.getMessage("locale_code"), "en");

    @Override
    public String message(String key, String... args) {
        String[] substitutions = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            substitutions[i] = args[i] == null ? "" : args[i];
        }
        return orElse(i18n.getMessage(key, substitutions), "");
    }

    /** moz-extension:// in Firefox, chrome-extension:// in Chromium: read from the page's own URL. */
    @Override
    public String extensionScheme() {
        String scheme = ExtensionPage.scheme();
        return scheme.endsWith("-extension://") ? scheme : Catalog.super.extensionScheme();
    }

    @Override
    public String language() {
        return language;
    }

    private static String orElse(String message, String fallback) {
        return message == null || message.isEmpty() ? fallback : message;
    }
}
