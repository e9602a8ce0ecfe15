package dev.modeldeck.core.bulk;

import dev.modeldeck.core.provider.ProviderConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The preview of one incoming provider: what will happen to it and why. Holds keys but never shows them. */
public final class PlannedProvider {
    private final String label;
    private final PlanAction action;
    private final MatchedBy matchedBy;
    private final ProviderConfig result;
    private final String targetName;
    private final String targetBaseUrl;
    private final List<String> changedFields;
    private final KeyChange keyChange;
    private final SkipReason skipReason;
    private final String skipMessage;
    private final List<ImportConflict> conflicts;
    private final boolean needsKey;

    PlannedProvider(String label, PlanAction action, MatchedBy matchedBy, ProviderConfig result, ProviderConfig target,
                    List<String> changedFields, KeyChange keyChange, SkipReason skipReason, String skipMessage,
                    List<ImportConflict> conflicts, boolean needsKey) {
        this.label = label;
        this.action = action;
        this.matchedBy = matchedBy;
        this.result = result;
        this.targetName = target == null ? null : target.name;
        this.targetBaseUrl = target == null ? null : target.baseUrl;
        this.changedFields = Collections.unmodifiableList(new ArrayList<>(changedFields));
        this.keyChange = keyChange;
        this.skipReason = skipReason;
        this.skipMessage = skipMessage;
        this.conflicts = Collections.unmodifiableList(new ArrayList<>(conflicts));
        this.needsKey = needsKey;
    }

    /** "Entry 3" (export file) or "Line 12" (URL list). */
    public String label() { return label; }
    public PlanAction action() { return action; }
    /** How an UPDATE (or an ALREADY_SET_UP / IDENTICAL skip) found its saved provider; NONE for adds. */
    public MatchedBy matchedBy() { return matchedBy; }
    /** Id the provider will have (ADD: kept from the file or new; UPDATE: the saved provider's); for SKIP the matched id or null. */
    public String id() { return result.id; }
    /** Name after the import (already made unique). */
    public String name() { return result.name; }
    /** Normalized base URL after the import. */
    public String baseUrl() { return result.baseUrl; }
    /** For UPDATE and matched skips: the saved provider's current name; else null. */
    public String targetName() { return targetName; }
    /** For UPDATE and matched skips: the saved provider's current base URL; else null. */
    public String targetBaseUrl() { return targetBaseUrl; }
    /** An UPDATE that points the saved provider at another base URL (the preview shows old → new). */
    public boolean movesBaseUrl() { return action == PlanAction.UPDATE && !result.baseUrl.equals(targetBaseUrl); }
    /** For UPDATE: the settings members that change, by their names in the export format ("name", "baseUrl", …); the key is reported by {@link #keyChange()} only. */
    public List<String> changedFields() { return changedFields; }
    public KeyChange keyChange() { return keyChange; }
    /** Null unless SKIP. */
    public SkipReason skipReason() { return skipReason; }
    /** Why it is skipped, for people; null unless SKIP. */
    public String skipMessage() { return skipMessage; }
    public List<ImportConflict> conflicts() { return conflicts; }
    public boolean hasConflicts() { return !conflicts.isEmpty(); }
    /** The provider needs an API key before it can be used (it will be saved without one). */
    public boolean needsKey() { return needsKey; }

    /** A copy of the provider as it will be saved (with its key); for SKIP, the incoming settings. */
    public ProviderConfig provider() { return result.copy(); }

    ProviderConfig resultRef() { return result; }

    /** One preview line without secrets, e.g. "Entry 2: UPDATE “Groq” (matched by base URL): name, enabled; key: kept". */
    public String summary() {
        StringBuilder sb = new StringBuilder(label).append(": ").append(action).append(" “").append(result.name).append('”');
        if (action == PlanAction.SKIP) {
            return sb.append(" — ").append(skipMessage).toString();
        }
        if (matchedBy == MatchedBy.ID) {
            sb.append(" (matched by id)");
        } else if (matchedBy == MatchedBy.BASE_URL) {
            sb.append(" (matched by base URL)");
        }
        List<String> changes = new ArrayList<>(changedFields);
        changes.add(keyChange.label());
        sb.append(": ").append(String.join(", ", changes));
        if (movesBaseUrl()) {
            sb.append("; ").append(targetBaseUrl).append(" → ").append(result.baseUrl);
        }
        for (ImportConflict c : conflicts) {
            sb.append("; ").append(c.message());
        }
        return sb.toString();
    }

    @Override public String toString() { return summary(); }
}
