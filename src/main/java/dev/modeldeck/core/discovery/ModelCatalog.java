package dev.modeldeck.core.discovery;

import dev.modeldeck.core.provider.CustomModel;
import dev.modeldeck.core.provider.ModelPref;
import dev.modeldeck.core.provider.ProviderConfig;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The models the UI shows, across providers: discovered lists completed by {@link CapabilityResolver},
 * plus models the user added by hand, with each model's prefs (hidden, favorite, alias). Sorted
 * favorites first, then by id. Immutable; build a new one when a list or a setting changes.
 */
public final class ModelCatalog {
    private static final Comparator<CatalogModel> ORDER = new Comparator<CatalogModel>() {
        @Override public int compare(CatalogModel a, CatalogModel b) {
            if (a.favorite() != b.favorite()) {
                return a.favorite() ? -1 : 1;
            }
            int byId = a.id().compareToIgnoreCase(b.id());
            if (byId != 0) {
                return byId;
            }
            int exact = a.id().compareTo(b.id());
            return exact != 0 ? exact : a.providerName().compareToIgnoreCase(b.providerName());
        }
    };

    private final List<CatalogModel> all;

    private ModelCatalog(List<CatalogModel> all) { this.all = Collections.unmodifiableList(all); }

    /** A catalog of one provider. {@code discovered} may be null or empty (no list, or not fetched yet). */
    public static ModelCatalog of(ProviderConfig provider, List<ModelInfo> discovered) {
        return new Builder().add(provider, discovered).build();
    }

    public static final class Builder {
        private final List<CatalogModel> rows = new ArrayList<>();

        public Builder add(ProviderConfig p, List<ModelInfo> discovered) {
            Set<String> seen = new HashSet<>();
            if (discovered != null) {
                for (ModelInfo m : discovered) {
                    if (!seen.add(m.id())) {
                        continue;
                    }
                    CustomModel user = p.customModel(m.id());
                    rows.add(row(p, CapabilityResolver.resolve(m, user), user != null && user.addedByHand, true));
                }
            }
            for (CustomModel cm : p.customModels) {
                if (cm.addedByHand && cm.id != null && !cm.id.isEmpty() && seen.add(cm.id)) {
                    rows.add(row(p, CapabilityResolver.resolve(ModelInfo.builder(cm.id).build(), cm), true, false));
                }
            }
            return this;
        }

        private static CatalogModel row(ProviderConfig p, ModelInfo m, boolean byHand, boolean discovered) {
            ModelPref pref = p.pref(m.id());
            return new CatalogModel(p.id, p.name, m, pref.alias, pref.favorite, pref.hidden, byHand, discovered);
        }

        public ModelCatalog build() {
            List<CatalogModel> sorted = new ArrayList<>(rows);
            Collections.sort(sorted, ORDER);
            return new ModelCatalog(sorted);
        }
    }

    /** Every model, hidden ones included (the settings list, where they can be unhidden). */
    public List<CatalogModel> all() { return all; }

    /** Models for the chat picker: not hidden and not known to be non-chat (embeddings, audio, ...). */
    public List<CatalogModel> chatModels() { return chatModels(""); }

    /** {@link #chatModels()} narrowed by a search query (see {@link #filter}). */
    public List<CatalogModel> chatModels(String query) {
        String[] words = words(query);
        List<CatalogModel> out = new ArrayList<>();
        for (CatalogModel m : all) {
            if (!m.hidden() && m.info().usableForChat() && matches(m, words)) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * All models whose id, alias, display name or provider name contains every word of the query
     * (case-insensitive, in any order). An empty query matches everything.
     */
    public List<CatalogModel> filter(String query) {
        String[] words = words(query);
        List<CatalogModel> out = new ArrayList<>();
        for (CatalogModel m : all) {
            if (matches(m, words)) {
                out.add(m);
            }
        }
        return out;
    }

    public CatalogModel find(String providerId, String modelId) {
        for (CatalogModel m : all) {
            if (m.id().equals(modelId) && (providerId == null || providerId.equals(m.providerId()))) {
                return m;
            }
        }
        return null;
    }

    public int size() { return all.size(); }

    private static boolean matches(CatalogModel m, String[] words) {
        for (String w : words) {
            if (m.searchKey.indexOf(w) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Lowercased, whitespace-separated words of a query (no String.split: it drags regex into the browser build). */
    static String[] words(String query) {
        List<String> out = new ArrayList<>();
        if (query != null) {
            String q = query.toLowerCase();
            int i = 0;
            while (i < q.length()) {
                while (i < q.length() && Character.isWhitespace(q.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < q.length() && !Character.isWhitespace(q.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    out.add(q.substring(start, i));
                }
            }
        }
        return out.toArray(new String[0]);
    }
}
