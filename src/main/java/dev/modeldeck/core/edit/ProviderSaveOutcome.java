package dev.modeldeck.core.edit;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.ProviderConfig;

/** What saving a provider came to; the page shows it. */
public sealed interface ProviderSaveOutcome {
    /**
     * Saved: {@code provider} as stored now. {@code problem} is a worded follow-up error (the Origin rule
     * failed, or the origin's host permission is refused), or null.
     */
    record Saved(ProviderConfig provider, boolean created, String problem) implements ProviderSaveOutcome {
        public String announcement() {
            return created ? I18n.t("opt_page_added", provider.name) : I18n.t("opt_page_saved", provider.name);
        }

        @Override public String toString() { return "Saved[" + provider.id + (created ? ", created" : "") + "]"; }
    }

    /** Nothing saved, for this worded reason; everything stored before is as it was. */
    record Refused(String reason) implements ProviderSaveOutcome { }

    /** Another window changed the provider since the form opened: nothing saved; {@code theirs} is the stored version. */
    record Conflict(ProviderConfig theirs) implements ProviderSaveOutcome {
        @Override public String toString() { return "Conflict[" + theirs.id + "]"; }
    }
}
