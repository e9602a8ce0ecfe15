package dev.modeldeck.ui.options;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.provider.ProviderConfig;
import dev.modeldeck.ui.dom.El;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The "Providers" list: one item per provider with its status and actions, plus multi-select for bulk actions. */
final class ProviderListView {
    interface Listener {
        void edit(String id);
        void setEnabled(String id, boolean enabled);
        void move(String id, int delta);
        void duplicate(String id);
        void delete(String id);
        void grantPermission(String id);
        void selectionChanged(Set<String> selected);
    }

    /** What the list shows about a provider besides its settings (runtime state). */
    interface StatusSource {
        /** Short status words, e.g. "needs permission", "healthy 98%", "breaker open". Never null. */
        List<Badge> badges(ProviderConfig p);
        boolean needsPermission(ProviderConfig p);
    }

    /** One status word and whether it reports a problem (decided from state, not from the words). */
    static final class Badge {
        final String text;
        final boolean bad;

        Badge(String text, boolean bad) {
            this.text = text;
            this.bad = bad;
        }
    }

    private final El list = El.tag("ul").cls("providers").label(I18n.t("opt_providers"));
    private final El empty = El.div("muted").text(I18n.t("opt_list_empty"));
    private final El root = El.div("provider-list").add(list, empty);
    private final Listener listener;
    private final Set<String> selected = new HashSet<>();

    ProviderListView(Listener listener) { this.listener = listener; }

    El element() { return root; }
    Set<String> selected() { return selected; }

    /** Selects every provider; the caller re-renders. */
    void selectAll(List<ProviderConfig> providers) {
        selected.addAll(ids(providers));
    }

    void render(List<ProviderConfig> providers, String currentId, StatusSource status) {
        list.clear();
        empty.hidden(!providers.isEmpty());
        selected.retainAll(ids(providers));
        for (int i = 0; i < providers.size(); i++) {
            list.add(item(providers.get(i), i, providers.size(), currentId, status));
        }
    }

    private static Set<String> ids(List<ProviderConfig> providers) {
        Set<String> ids = new HashSet<>();
        for (ProviderConfig p : providers) {
            ids.add(p.id);
        }
        return ids;
    }

    private El item(ProviderConfig p, int index, int count, String currentId, StatusSource status) {
        El li = El.tag("li").data("provider-id", p.id);
        li.toggleCls("selected", p.id.equals(currentId)).toggleCls("disabled", !p.enabled);
        El check = El.tag("input").attr("type", "checkbox").label(I18n.t("opt_list_select", p.name)).checked(selected.contains(p.id));
        check.on("change", () -> {
            if (check.checked()) {
                selected.add(p.id);
            } else {
                selected.remove(p.id);
            }
            listener.selectionChanged(selected);
        });
        El head = El.div("provider-head").add(check,
            El.span("provider-name", p.name).title(p.name),
            El.span(p.enabled ? "badge ok" : "badge", p.enabled ? I18n.t("opt_list_badge_enabled") : I18n.t("opt_list_badge_disabled")));
        for (Badge b : status.badges(p)) {
            head.add(El.span(b.bad ? "badge bad" : "badge", b.text));
        }
        El url = El.div("provider-url").text(p.baseUrl).title(p.baseUrl);
        El actions = El.div("provider-actions");
        actions.add(action(I18n.t("opt_list_edit"), I18n.t("opt_list_edit_named", p.name), () -> listener.edit(p.id)));
        actions.add(action(p.enabled ? I18n.t("opt_list_disable") : I18n.t("opt_list_enable"),
            p.enabled ? I18n.t("opt_list_disable_named", p.name) : I18n.t("opt_list_enable_named", p.name),
            () -> listener.setEnabled(p.id, !p.enabled)));
        El up = action("↑", I18n.t("opt_list_move_up_named", p.name), () -> listener.move(p.id, -1)).disabled(index == 0);
        El down = action("↓", I18n.t("opt_list_move_down_named", p.name), () -> listener.move(p.id, 1)).disabled(index == count - 1);
        actions.add(up, down);
        actions.add(action(I18n.t("opt_list_duplicate"), I18n.t("opt_list_duplicate_named", p.name), () -> listener.duplicate(p.id)));
        if (status.needsPermission(p)) {
            actions.add(action(I18n.t("opt_grant_access"), I18n.t("opt_list_grant_access_named", p.name),
                () -> listener.grantPermission(p.id)).cls("primary"));
        }
        actions.add(action(I18n.t("opt_list_delete"), I18n.t("opt_list_delete_named", p.name), () -> listener.delete(p.id)).cls("danger"));
        return li.add(head, url, actions);
    }

    private static El action(String text, String label, Runnable r) {
        El b = El.button(text).label(label).title(label);
        b.onClick(r);
        return b;
    }
}
