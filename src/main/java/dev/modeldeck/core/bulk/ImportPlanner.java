package dev.modeldeck.core.bulk;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.json.Json;
import dev.modeldeck.core.json.JsonArray;
import dev.modeldeck.core.json.JsonWriter;
import dev.modeldeck.core.provider.BaseUrlCheck;
import dev.modeldeck.core.provider.FieldMessage;
import dev.modeldeck.core.provider.InsecureKeyRule;
import dev.modeldeck.core.provider.PastedText;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.core.provider.ProviderIds;
import dev.modeldeck.core.provider.ProviderSecrets;
import dev.modeldeck.core.provider.ProviderValidation;
import dev.modeldeck.core.provider.Severity;
import dev.modeldeck.core.provider.ValidationResult;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares incoming providers with the saved ones and previews what an import would do (add, update,
 * skip, and the clashes it resolved), changing nothing. {@link #apply} then builds the new settings in
 * one piece, so the caller saves them in one write: the import happens fully or not at all.
 */
public final class ImportPlanner {
    private final Clock clock;

    public ImportPlanner(Clock clock) { this.clock = clock; }

    /** Rejects an import larger than {@link ExportFormat#MAX_CHARS}; call it with the file's length before reading it. */
    public static void checkSize(long length) throws ImportRejected {
        if (length > ExportFormat.MAX_CHARS) {
            throw new ImportRejected(ImportRejected.Reason.TOO_LARGE, I18n.t("bulk_too_large",
                TextChecks.megabytes(length), TextChecks.megabytes(ExportFormat.MAX_CHARS)));
        }
    }

    /** Plans an export file whose keys are plain or absent. */
    public ImportPlan plan(String text, Settings current) throws ImportRejected {
        return plan(text, current, null, false);
    }

    /**
     * @param unwrapper  opens keys of a passphrase-protected file; may be null
     * @param ignoreKeys do not read the file's keys: saved keys are kept and new providers get none
     */
    public ImportPlan plan(String text, Settings current, KeyUnwrapper unwrapper, boolean ignoreKeys) throws ImportRejected {
        ImportFile file = ImportFile.read(text, unwrapper, ignoreKeys);
        return plan(file.providers, Collections.<InvalidLine>emptyList(), file.keysRead, current);
    }

    /** Plans a URL list (see {@link UrlListImport}); unreadable lines are listed in {@link ImportPlan#invalidLines()}. */
    public ImportPlan planUrlList(String text, Settings current) throws ImportRejected {
        UrlListImport.Result list = UrlListImport.read(text, current);
        return plan(list.providers(), list.invalidLines(), false, current);
    }

    ImportPlan plan(List<IncomingProvider> incoming, List<InvalidLine> invalid, boolean keysRead, Settings current) {
        List<ProviderConfig> saved = current.providers;
        int n = incoming.size();
        ProviderConfig[] target = new ProviderConfig[n];
        MatchedBy[] matched = new MatchedBy[n];
        String[] duplicateOf = new String[n];
        ProviderConfig[] movedFrom = new ProviderConfig[n];
        Set<String> claimed = new HashSet<>();

        // Ids first, so an id match always wins over an earlier entry's URL match.
        Map<String, String> firstWithId = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            matched[i] = MatchedBy.NONE;
            String id = incoming.get(i).config().id;
            if (id == null) {
                continue;
            }
            if (firstWithId.containsKey(id)) {
                duplicateOf[i] = firstWithId.get(id);
                continue;
            }
            firstWithId.put(id, incoming.get(i).label());
            ProviderConfig s = current.provider(id);
            if (s == null || !incoming.get(i).updatesExisting()) {
                continue;
            }
            if (sameOrigin(s.baseUrl, incoming.get(i).config().baseUrl)) {
                target[i] = s;
                matched[i] = MatchedBy.ID;
                claimed.add(s.id);
            } else {
                // Same id, other server: never an update, which would hand the saved key to that server.
                movedFrom[i] = s;
            }
        }
        for (int i = 0; i < n; i++) {
            if (target[i] == null && incoming.get(i).updatesExisting()) {
                target[i] = byUrl(incoming.get(i).config(), saved, claimed);
                if (target[i] != null) {
                    matched[i] = MatchedBy.BASE_URL;
                    claimed.add(target[i].id);
                }
            }
        }

        Set<String> usedIds = new HashSet<>();
        Map<String, String> finalNames = new LinkedHashMap<>(); // provider id -> name after the import
        for (ProviderConfig s : saved) {
            usedIds.add(s.id);
            finalNames.put(s.id, s.name);
        }
        Map<String, String> addedUrls = new LinkedHashMap<>(); // URL lists: normalized URL -> line that adds it
        List<PlannedProvider> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            IncomingProvider in = incoming.get(i);
            items.add(planOne(in, target[i], matched[i], duplicateOf[i], movedFrom[i], saved, usedIds, finalNames, addedUrls));
        }
        return new ImportPlan(items, invalid, keysRead, fingerprint(saved));
    }

    private PlannedProvider planOne(IncomingProvider in, ProviderConfig target, MatchedBy matchedBy, String duplicateOf,
                                    ProviderConfig movedFrom, List<ProviderConfig> saved, Set<String> usedIds, Map<String, String> finalNames,
                                    Map<String, String> addedUrls) {
        ProviderConfig p = in.config().copy();
        TrustFlags.replaceFromFile(p, target);
        List<ImportConflict> conflicts = new ArrayList<>();
        String url = normalizedUrl(p.baseUrl);

        if (!in.updatesExisting()) {
            ProviderConfig same = url == null ? null : firstWithUrl(url, saved);
            if (same != null) {
                p.id = same.id;
                return skip(in, p, MatchedBy.BASE_URL, same, SkipReason.ALREADY_SET_UP,
                    I18n.t("bulk_skip_already_set_up", TextChecks.quoted(same.name)));
            }
            if (url != null && addedUrls.containsKey(url)) {
                return skip(in, p, MatchedBy.NONE, null, SkipReason.DUPLICATE_IN_LIST,
                    I18n.t("bulk_skip_same_url_as", addedUrls.get(url)));
            }
        }

        if (p.name == null || p.name.isEmpty()) {
            p.name = DefaultName.forProvider(p.presetId, url == null ? p.baseUrl : url);
        }
        KeyChange key;
        if (target != null) {
            p.id = target.id;
            // A keyless export leaves secret header and query values out: the saved ones stay.
            ProviderSecrets.keepOmitted(p, target);
            if (!in.keyIncluded()) {
                p.apiKey = target.apiKey;
                key = target.hasKey() ? KeyChange.KEPT : KeyChange.NONE;
            } else if (p.hasKey()) {
                key = p.apiKey.equals(target.apiKey) ? KeyChange.KEPT : KeyChange.SET;
            } else {
                key = target.hasKey() ? KeyChange.REMOVED : KeyChange.NONE;
            }
        } else {
            key = p.hasKey() ? KeyChange.SET : KeyChange.NONE;
        }

        key = withholdInsecureKey(p, target, key);

        ValidationResult v = ProviderValidation.validate(p, Collections.<ProviderConfig>emptyList());
        boolean needsKey = key == KeyChange.WITHHELD
            || (!p.hasKey() && v.firstError(ProviderValidation.API_KEY) != null);
        String invalid = firstBlockingError(v, needsKey);
        if (invalid != null) {
            return skip(in, p, matchedBy, target, SkipReason.INVALID, invalid);
        }
        p.baseUrl = v.normalizedBaseUrl();

        List<String> taken = new ArrayList<>();
        for (Map.Entry<String, String> e : finalNames.entrySet()) {
            if (target == null || !e.getKey().equals(target.id)) {
                taken.add(e.getValue());
            }
        }
        String unique = ProviderIds.uniqueName(p.name, taken);
        if (!unique.equals(p.name)) {
            conflicts.add(new ImportConflict(ImportConflict.Kind.NAME_TAKEN, I18n.t("bulk_conflict_name_taken",
                TextChecks.quoted(p.name), TextChecks.quoted(unique)), unique));
            p.name = unique;
        }

        if (target != null) {
            List<String> changed = ProviderDiff.changedFields(target, p);
            if (changed.isEmpty() && (key == KeyChange.KEPT || key == KeyChange.NONE)) {
                return skip(in, p, matchedBy, target, SkipReason.IDENTICAL,
                    I18n.t("bulk_skip_identical", TextChecks.quoted(target.name)));
            }
            finalNames.put(target.id, p.name);
            return new PlannedProvider(in.label(), PlanAction.UPDATE, matchedBy, p, target, changed, key,
                null, null, conflicts, needsKey);
        }

        if (movedFrom != null) {
            conflicts.add(0, new ImportConflict(ImportConflict.Kind.OTHER_SERVER, I18n.t("bulk_conflict_other_server",
                TextChecks.quoted(movedFrom.name), originOf(movedFrom.baseUrl), originOf(p.baseUrl)), null));
        }
        String wanted = p.id;
        if (wanted == null || usedIds.contains(wanted)) {
            p.id = ProviderIds.newId(clock, usedIds);
            if (duplicateOf != null) {
                conflicts.add(new ImportConflict(ImportConflict.Kind.DUPLICATE_ID, I18n.t("bulk_conflict_duplicate_id",
                    in.label(), duplicateOf), p.id));
            }
        }
        usedIds.add(p.id);
        finalNames.put(p.id, p.name);
        if (url != null) {
            addedUrls.put(p.baseUrl, in.label());
        }
        return new PlannedProvider(in.label(), PlanAction.ADD, MatchedBy.NONE, p, null,
            Collections.<String>emptyList(), key, null, null, conflicts, needsKey);
    }

    /**
     * The insecure-key rule for imports: a key bound for plain http:// on a remote host needs the user's
     * confirmation. A confirmation the saved provider already has for the same address carries over
     * (a file without keys does not undo it); otherwise the file's key, or the key kept from the saved
     * provider, is left out and the preview says why. Returns the key change to show.
     */
    private static KeyChange withholdInsecureKey(ProviderConfig p, ProviderConfig target, KeyChange key) {
        if (!InsecureKeyRule.blocksKey(p)) {
            return key;
        }
        if (target != null && target.allowInsecureKey && key == KeyChange.KEPT
                && sameUrl(target.baseUrl, p.baseUrl)) {
            p.allowInsecureKey = true;
            return key;
        }
        p.apiKey = "";
        return KeyChange.WITHHELD;
    }

    private static boolean sameUrl(String a, String b) {
        String x = normalizedUrl(a);
        return x != null && x.equals(normalizedUrl(b));
    }

    /** Same scheme, host and port; false when either cannot be parsed. */
    static boolean sameOrigin(String a, String b) {
        String x = BaseUrlCheck.origin(a);
        return x != null && x.equals(BaseUrlCheck.origin(b));
    }

    /** The server part of a URL, quoted in full: shortening it could hide the host that matters. */
    private static String originOf(String url) {
        String o = BaseUrlCheck.origin(url);
        return I18n.quoted(o == null ? url : o);
    }

    /**
     * Builds the settings with the plan applied: updates replace their provider in place (id, position,
     * and so health and caches, kept), adds go to the end in source order, skips change nothing. Pure:
     * {@code current} is not modified. Refuses a plan made against different providers.
     */
    public static Settings apply(ImportPlan plan, Settings current) throws ImportRejected {
        if (!plan.basedOn().equals(fingerprint(current.providers))) {
            throw new ImportRejected(ImportRejected.Reason.STALE_PLAN,
                I18n.t("bulk_stale_plan"));
        }
        Settings next = current.copy();
        for (PlannedProvider item : plan.items()) {
            if (item.action() == PlanAction.UPDATE) {
                for (int i = 0; i < next.providers.size(); i++) {
                    if (next.providers.get(i).id.equals(item.id())) {
                        next.providers.set(i, item.provider());
                    }
                }
            } else if (item.action() == PlanAction.ADD) {
                next.providers.add(item.provider());
            }
        }
        return next;
    }

    private static PlannedProvider skip(IncomingProvider in, ProviderConfig p, MatchedBy by, ProviderConfig target,
                                        SkipReason reason, String message) {
        return new PlannedProvider(in.label(), PlanAction.SKIP, by, p, target, Collections.<String>emptyList(),
            KeyChange.NONE, reason, message, Collections.<ImportConflict>emptyList(), false);
    }

    /** The first ERROR, ignoring name clashes (resolved here) and a missing key (the preview flags it instead). */
    private static String firstBlockingError(ValidationResult v, boolean keyMissing) {
        for (FieldMessage m : v.messages()) {
            if (m.severity() != Severity.ERROR) {
                continue;
            }
            if (keyMissing && m.field().equals(ProviderValidation.API_KEY)) {
                continue;
            }
            return m.message();
        }
        return null;
    }

    /** Unclaimed saved provider with the same normalized base URL; one with the same name first. */
    private static ProviderConfig byUrl(ProviderConfig in, List<ProviderConfig> saved, Set<String> claimed) {
        String url = normalizedUrl(in.baseUrl);
        if (url == null) {
            return null;
        }
        ProviderConfig first = null;
        for (ProviderConfig s : saved) {
            if (claimed.contains(s.id) || !url.equals(normalizedUrl(s.baseUrl))) {
                continue;
            }
            if (in.name != null && s.name != null && PastedText.trim(s.name).equalsIgnoreCase(in.name)) {
                return s;
            }
            if (first == null) {
                first = s;
            }
        }
        return first;
    }

    private static ProviderConfig firstWithUrl(String url, List<ProviderConfig> saved) {
        for (ProviderConfig s : saved) {
            if (url.equals(normalizedUrl(s.baseUrl))) {
                return s;
            }
        }
        return null;
    }

    /** The URL as it would be stored, or null when it can't be saved. */
    static String normalizedUrl(String url) {
        BaseUrlCheck.Result r = BaseUrlCheck.check(url);
        return r.canSave() ? r.normalized() : null;
    }

    /** Exact text of the saved providers (with keys), kept only in memory to notice a stale plan. */
    static String fingerprint(List<ProviderConfig> providers) {
        JsonArray arr = Json.array();
        for (ProviderConfig p : providers) {
            arr.add(p.toJson(true));
        }
        return JsonWriter.write(arr);
    }
}
