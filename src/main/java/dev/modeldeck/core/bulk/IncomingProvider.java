package dev.modeldeck.core.bulk;

import dev.modeldeck.core.provider.ProviderConfig;

/**
 * One provider read from an import file or a URL list, before it is compared with what is saved.
 * Built only by {@link ImportFile} and {@link UrlListImport}, which have already rejected hostile input.
 */
public final class IncomingProvider {
    private final ProviderConfig config;
    private final String label;
    private final boolean keyIncluded;
    private final boolean updatesExisting;

    IncomingProvider(ProviderConfig config, String label, boolean keyIncluded, boolean updatesExisting) {
        this.config = config;
        this.label = label;
        this.keyIncluded = keyIncluded;
        this.updatesExisting = updatesExisting;
    }

    /** The settings as read; the id is null when the source had none. */
    ProviderConfig config() { return config; }

    /** Where it came from, for messages: "Entry 3" or "Line 12". */
    public String label() { return label; }

    /** True when the source states the key (an empty key then means "no key"); false when keys were left out. */
    public boolean keyIncluded() { return keyIncluded; }

    /** True for export files (a match is updated); false for URL lists (a match is skipped, settings kept). */
    public boolean updatesExisting() { return updatesExisting; }

    public String name() { return config.name; }
    public String baseUrl() { return config.baseUrl; }
}
