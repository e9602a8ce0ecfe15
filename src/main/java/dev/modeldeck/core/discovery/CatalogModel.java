package dev.modeldeck.core.discovery;

/** One row of the model picker: a resolved model plus the user's preferences and where it came from. */
public final class CatalogModel {
    private final String providerId;
    private final String providerName;
    private final ModelInfo info;
    private final String alias;
    private final boolean favorite;
    private final boolean hidden;
    private final boolean addedByHand;
    private final boolean discovered;
    /** Lowercased id, alias, display name and provider name, built once so filtering stays cheap. */
    final String searchKey;

    CatalogModel(String providerId, String providerName, ModelInfo info, String alias, boolean favorite,
                 boolean hidden, boolean addedByHand, boolean discovered) {
        this.providerId = providerId;
        this.providerName = providerName == null ? "" : providerName;
        this.info = info;
        this.alias = alias == null || alias.isEmpty() ? null : alias;
        this.favorite = favorite;
        this.hidden = hidden;
        this.addedByHand = addedByHand;
        this.discovered = discovered;
        StringBuilder key = new StringBuilder(info.id());
        if (this.alias != null) {
            key.append('\n').append(this.alias);
        }
        if (info.displayName() != null) {
            key.append('\n').append(info.displayName());
        }
        key.append('\n').append(this.providerName);
        this.searchKey = key.toString().toLowerCase();
    }

    public String providerId() { return providerId; }
    public String providerName() { return providerName; }
    public ModelInfo info() { return info; }
    public String id() { return info.id(); }
    /** The user's alias, else the provider's display name, else the id. */
    public String label() { return alias != null ? alias : info.displayName() != null ? info.displayName() : info.id(); }
    public String alias() { return alias; }
    public boolean favorite() { return favorite; }
    public boolean hidden() { return hidden; }
    /** The user typed this model in (providers without a model list, or missing from it). */
    public boolean addedByHand() { return addedByHand; }
    /** The provider's list contains it (false for hand-added models the list lacks). */
    public boolean discovered() { return discovered; }

    @Override public String toString() { return providerName + "/" + info.id(); }
}
