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
}
