package dev.modeldeck.core.bulk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The preview of an import: one entry per incoming provider in source order, plus URL-list lines that
 * could not be read. Making it changes nothing; {@link ImportPlanner#apply} turns it into new settings.
 */
public final class ImportPlan {
    private final List<PlannedProvider> items;
    private final List<InvalidLine> invalidLines;
    private final boolean includesKeys;
    private final String basedOn;

    ImportPlan(List<PlannedProvider> items, List<InvalidLine> invalidLines, boolean includesKeys, String basedOn) {
        this.items = Collections.unmodifiableList(new ArrayList<>(items));
        this.invalidLines = Collections.unmodifiableList(new ArrayList<>(invalidLines));
        this.includesKeys = includesKeys;
        this.basedOn = basedOn;
    }

    public List<PlannedProvider> items() { return items; }
    public List<PlannedProvider> adds() { return with(PlanAction.ADD); }
    public List<PlannedProvider> updates() { return with(PlanAction.UPDATE); }
    public List<PlannedProvider> skips() { return with(PlanAction.SKIP); }

    /** Items whose name or id the planner had to change. */
    public List<PlannedProvider> conflicts() {
        List<PlannedProvider> out = new ArrayList<>();
        for (PlannedProvider p : items) {
            if (p.hasConflicts()) {
                out.add(p);
            }
        }
        return out;
    }

    /** URL-list lines that were not read (always empty for export files). */
    public List<InvalidLine> invalidLines() { return invalidLines; }

    /** Whether the source carried keys that the import will use. */
    public boolean includesKeys() { return includesKeys; }

    /** Number of providers that will be added or updated. */
    public int changeCount() { return adds().size() + updates().size(); }
    public boolean hasChanges() { return changeCount() > 0; }

    /** Fingerprint of the providers the plan was made against; {@link ImportPlanner#apply} refuses other ones. */
    String basedOn() { return basedOn; }

    private List<PlannedProvider> with(PlanAction a) {
        List<PlannedProvider> out = new ArrayList<>();
        for (PlannedProvider p : items) {
            if (p.action() == a) {
                out.add(p);
            }
        }
        return out;
    }
}
