package dev.modeldeck.ui.options;

import dev.modeldeck.browser.StorageSpace;
import dev.modeldeck.core.history.HistorySize;
import dev.modeldeck.core.history.OldConversations;
import dev.modeldeck.core.history.StorageOverview;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.store.ConversationList;
import dev.modeldeck.core.store.StorageUsage;
import dev.modeldeck.core.store.StoreException;
import dev.modeldeck.ui.dom.Async;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.AppContext;
import dev.modeldeck.ui.shared.OldConversationsPanel;

/**
 * "Storage": what conversations (IndexedDB) and settings and caches (localStorage) take, what the browser says is
 * used and free, and the deletion of old conversations that frees it.
 */
final class StoragePanel {
    private final AppContext ctx;
    private final El root = El.tag("section").cls("panel storage-panel");
    private final El usage = El.tag("ul").cls("storage-usage");

    StoragePanel(AppContext ctx) {
        this.ctx = ctx;
        root.label(I18n.t("opt_storage_title"));
        usage.label(I18n.t("opt_storage_usage"));
        OldConversationsPanel old = new OldConversationsPanel(new OldConversations(ctx.history, ctx.liveReplies), ctx.clock, 3,
            () -> null, this::measure);
        root.add(El.heading(2, I18n.t("opt_storage_title")), usage, old.element());
        usage.add(El.tag("li").text(I18n.t("opt_storage_measuring")));
    }

    El element() { return root; }

    /** Measures on a green thread, then replaces the lines at once. */
    void measure() {
        Async.run(() -> {
            root.busy(true);
            ConversationList conversations = ctx.history.list();
            long bytes;
            try {
                bytes = HistorySize.ofAll(ctx.history.store(), conversations.items());
            } catch (StoreException e) {
                bytes = 0;
            }
            StorageUsage local = StorageUsage.measure(ctx.store);
            usage.clear();
            for (String line : StorageOverview.lines(local, bytes, conversations.items().size(), StorageSpace.estimate())) {
                usage.add(El.tag("li").text(line));
            }
            for (String notice : conversations.notices()) {
                usage.add(El.tag("li").text(notice));
            }
            root.busy(false);
        });
    }
}
