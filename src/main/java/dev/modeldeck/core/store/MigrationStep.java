package dev.modeldeck.core.store;

import dev.modeldeck.core.json.Json;

/** Turns a settings document of version {@link #fromVersion()} into one of the next version; pure, never mutates its input. */
public interface MigrationStep {
    int fromVersion();

    Json apply(Json document);
}
