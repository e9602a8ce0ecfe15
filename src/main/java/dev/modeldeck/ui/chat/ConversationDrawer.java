package dev.modeldeck.ui.chat;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.store.ConversationStore;
import dev.modeldeck.core.store.ConversationSummary;
import dev.modeldeck.core.store.ConversationWrite;
import dev.modeldeck.core.store.SearchHit;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.El;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.events.KeyboardEvent;

/** Conversations (open, rename, delete, search) and the current conversation's system prompt. */
final class ConversationDrawer {
    interface Listener {
        void open(String conversationId);
        void deleted(String conversationId);
        void systemPromptChanged(String prompt);
    }

    private final ConversationStore store;
    private final Listener listener;
    private final El root = El.tag("section").cls("drawer").hidden(true);
    private final El search = El.tag("input").attr("type", "search").attr("autocomplete", "off");
    private final El list = El.tag("ul");
    private final El systemPrompt = El.tag("textarea").attr("rows", "2");
    private String currentId;

    ConversationDrawer(ConversationStore store, Listener listener) {
        this.store = store;
        this.listener = listener;
        root.label(I18n.t("chat_drawer_label"));
        list.label(I18n.t("chat_saved_conversations"));
        search.attr("placeholder", I18n.t("chat_search_placeholder"));
        systemPrompt.attr("placeholder", I18n.t("chat_system_prompt_placeholder"));
        search.on("input", this::render);
        systemPrompt.on("change", () -> listener.systemPromptChanged(systemPrompt.value()));
        root.add(El.field("conv-system", I18n.t("chat_system_prompt_label"), systemPrompt),
            El.field("conv-search", I18n.t("chat_search_label"), search), list);
    }

    El element() { return root; }
    boolean isOpen() { return !root.node().isHidden(); }

    void toggle() {
        root.hidden(isOpen());
        if (isOpen()) {
            render();
            search.focus();
        }
    }

    void setCurrent(String id, String prompt) {
        currentId = id;
        systemPrompt.value(prompt);
        if (isOpen()) {
            render();
        }
    }

    void render() {
        list.clear();
        String q = search.value().trim();
        List<ConversationSummary> items = new ArrayList<>();
        List<String> snippets = new ArrayList<>();
        if (q.isEmpty()) {
            items.addAll(store.list().items());
            for (int i = 0; i < items.size(); i++) {
                snippets.add(null);
            }
        } else {
            for (SearchHit hit : store.search(q).hits()) {
                items.add(hit.summary());
                snippets.add(hit.titleMatch() ? null : hit.snippet());
            }
        }
        if (items.isEmpty()) {
            list.add(El.tag("li").cls("muted").text(q.isEmpty() ? I18n.t("chat_no_saved_conversations") : I18n.t("chat_nothing_matches")));
        }
        for (int i = 0; i < items.size(); i++) {
            list.add(row(items.get(i), snippets.get(i)));
        }
    }

    private El row(ConversationSummary c, String snippet) {
        El li = El.tag("li").toggleCls("current", c.id().equals(currentId));
        El open = El.button(c.title()).cls("conv-open").title(snippet == null ? c.title() : snippet).label(I18n.t("chat_conversation_open_label", c.title()));
        open.onClick(() -> listener.open(c.id()));
        El rename = El.button(I18n.t("chat_rename")).label(I18n.t("chat_rename_label", c.title()));
        rename.onClick(() -> startRename(li, c));
        El delete = El.button(I18n.t("chat_delete")).cls("danger").label(I18n.t("chat_delete_label", c.title()));
        delete.onClick(() -> {
            ConversationWrite w = store.delete(c.id());
            if (!w.ok()) {
                Alerts.error(w.message());
                return;
            }
            Alerts.say(I18n.t("chat_conversation_deleted", c.title()));
            listener.deleted(c.id());
            render();
        });
        return li.add(open, rename, delete);
    }

    private void startRename(El li, ConversationSummary c) {
        El input = El.tag("input").attr("type", "text").label(I18n.t("chat_new_title")).value(c.title());
        El save = El.button(I18n.t("chat_save_title"));
        Runnable commit = () -> {
            String title = input.value().trim();
            if (title.isEmpty()) {
                Alerts.error(I18n.t("chat_title_empty"));
                return;
            }
            ConversationWrite w = store.rename(c.id(), title);
            if (!w.ok()) {
                Alerts.error(w.message());
                return;
            }
            Alerts.say(I18n.t("chat_conversation_renamed", title));
            render();
        };
        save.onClick(commit);
        input.onEvent("keydown", e -> {
            if ("Enter".equals(((KeyboardEvent) e).getKey())) {
                commit.run();
            }
        });
        li.replaceChildren(input, save);
        input.focus();
    }
}
