package dev.modeldeck.core.bulk;

/** What applying an import plan does with one incoming provider. */
public enum PlanAction {
    /** A new provider is added. */
    ADD,
    /** An existing provider (matched by id or base URL) takes the incoming settings. */
    UPDATE,
    /** Nothing happens; {@link PlannedProvider#skipReason()} says why. */
    SKIP
}
