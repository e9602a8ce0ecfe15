package dev.modeldeck.core.store;

import dev.modeldeck.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The chain of schema upgrades vN → vN+1 up to {@link Settings#SCHEMA_VERSION}. Each step is a pure
 * function of JSON, so each is tested on its own and a document is upgraded by running them in order.
 */
public final class Migrations {
    private final List<MigrationStep> steps;

    public Migrations(List<MigrationStep> steps) { this.steps = new ArrayList<>(steps); }

    /** The steps this build ships; {@code normalizeBaseUrl} is applied to imported legacy base URLs. */
    public static Migrations standard(UnaryOperator<String> normalizeBaseUrl) {
        List<MigrationStep> list = new ArrayList<>();
        list.add(new LegacyV1ToV2(normalizeBaseUrl));
        return new Migrations(list);
    }

    /** The version stated by a document, or -1 when it states none (or not as a whole number). */
    public static int versionOf(Json document) {
        Json v = document.get("schemaVersion");
        if (!v.isNumber()) {
            return -1;
        }
        double d = v.num();
        return d == Math.rint(d) && d >= 0 && d <= Integer.MAX_VALUE ? (int) d : -1;
    }

    /** True when every step from {@code version} to the current version exists. */
    public boolean canMigrate(int version) {
        if (version < 0 || version > Settings.SCHEMA_VERSION) {
            return false;
        }
        for (int v = version; v < Settings.SCHEMA_VERSION; v++) {
            if (step(v) == null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Upgrades a document to the current version; a current document is returned as is.
     * Throws IllegalArgumentException when {@link #canMigrate} is false for its version, or a step misbehaves.
     */
    public Json migrate(Json document) {
        int version = versionOf(document);
        if (!canMigrate(version)) {
            throw new IllegalArgumentException("No migration from settings version " + version);
        }
        Json current = document;
        while (version < Settings.SCHEMA_VERSION) {
            current = step(version).apply(current);
            int next = versionOf(current);
            if (next != version + 1) {
                throw new IllegalArgumentException("Migration from version " + version + " produced version " + next);
            }
            version = next;
        }
        return current;
    }

    private MigrationStep step(int from) {
        for (MigrationStep s : steps) {
            if (s.fromVersion() == from) {
                return s;
            }
        }
        return null;
    }
}
