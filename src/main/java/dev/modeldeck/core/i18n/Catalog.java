package dev.modeldeck.core.i18n;

/**
 * A message catalog in the browser's extension format: {@code _locales/<lang>/messages.json}.
 * In the pages this is {@code chrome.i18n}; on the JVM it is {@link JsonCatalog} over the same file.
 */
public interface Catalog {
    /** The message for {@code key} with {@code $1}…{@code $9} replaced by {@code args}; "" when the key is unknown. */
    String message(String key, String... args);

    /** BCP 47 tag of the language the messages are in, e.g. "en" or "de". */
    String language();

    /**
     * The scheme of the extension's own pages with its slashes, as servers see it in the Origin header; help texts
     * about allowed origins name it. The browser's catalog knows which browser it runs in; elsewhere Chrome's.
     */
    default String extensionScheme() {
        return "chrome-extension://";
    }
}
