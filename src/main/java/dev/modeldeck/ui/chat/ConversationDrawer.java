package dev.modeldeck.ui.chat;

import dev.modeldeck.browser.web.File;
import dev.modeldeck.core.chat.Conversation;
import dev.modeldeck.core.history.ConversationExport;
import dev.modeldeck.core.history.ConversationFileRules;
import dev.modeldeck.core.history.History;
import dev.modeldeck.core.history.OldConversations;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.store.ConversationLoad;
import dev.modeldeck.core.store.ConversationSummary;
import dev.modeldeck.core.store.SearchHit;
import dev.modeldeck.core.store.StoreException;
import dev.modeldeck.core.time.Clock;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.Async;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.FileDownload;
import dev.modeldeck.ui.shared.FileRead;
import dev.modeldeck.ui.shared.OldConversationsPanel;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.events.KeyboardEvent;

/**
 * Conversations (open, rename, delete, search, export as Markdown or JSON, import from JSON, delete old ones in
 * bulk) and the current conversation's system prompt. Storage is read on a green thread; each render replaces the list in one go.
 */
final class ConversationDrawer {
    interface Listener {
        void open(String conversationId);
        void deleted(String conversationId);
        void systemPromptChanged(String prompt);
    }

    private final History history;
    private final Clock clock;
    private final Listener listener;
    private final El root = El.tag("section").cls("drawer").hidden(true);
    private final El search = El.tag("input").attr("type", "search").attr("autocomplete", "off");
    private final El list = El.tag("ul");
    private final El systemPrompt = El.tag("textarea").attr("rows", "2");
    private final El importFile = El.tag("input").attr("type", "file").attr("accept", "application/json,.json");
    private String currentId;

    ConversationDrawer(History history, OldConversations old, Clock clock, Listener listener) {
        this.history = history;
        this.clock = clock;
        this.listener = listener;
        root.label(I18n.t("chat_drawer_label"));
        list.label(I18n.t("chat_saved_conversations"));
        search.attr("placeholder", I18n.t("chat_search_placeholder"));
        systemPrompt.attr("placeholder", I18n.t("chat_system_prompt_placeholder"));
        search.on("input", this::render);
        systemPrompt.on("change", () -> listener.systemPromptChanged(systemPrompt.value()));
        importFile.on("change", () -> Async.run(this::importChosen));
        OldConversationsPanel oldOnes = new OldConversationsPanel(old, clock, 2, () -> currentId, this::render);
        root.add(El.field("conv-system", I18n.t("chat_system_prompt_label"), systemPrompt),
            El.field("conv-search", I18n.t("chat_search_label"), search), list,
            El.field("conv-import", I18n.t("chat_import_conversation"), importFile), oldOnes.element());
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

    /** Reads the list on a green thread, then replaces the rows at once. */
    void render() {
        Async.run(this::renderNow);
    }

    private void renderNow() {
        String q = search.value().trim();
        List<ConversationSummary> items = new ArrayList<>();
        List<String> snippets = new ArrayList<>();
        for (SearchHit hit : history.search(q).hits()) {
            items.add(hit.summary());
            snippets.add(q.isEmpty() || hit.titleMatch() ? null : hit.snippet());
        }
        list.clear();
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
        El markdown = El.button(I18n.t("chat_export_markdown")).label(I18n.t("chat_export_markdown_label", c.title()));
        markdown.onClick(() -> Async.run(() -> export(c, true)));
        El json = El.button(I18n.t("chat_export_json")).label(I18n.t("chat_export_json_label", c.title()));
        json.onClick(() -> Async.run(() -> export(c, false)));
        El delete = El.button(I18n.t("chat_delete")).cls("danger").label(I18n.t("chat_delete_label", c.title()));
        delete.onClick(() -> Async.run(() -> {
            StoreException e = history.delete(c.id()).await();
            if (e != null) {
                Alerts.error(e.getMessage());
                return;
            }
            Alerts.say(I18n.t("chat_conversation_deleted", c.title()));
            listener.deleted(c.id());
            renderNow();
        }));
        return li.add(open, rename, markdown, json, delete);
    }

    private void export(ConversationSummary s, boolean markdown) {
        ConversationLoad loaded = history.load(s.id());
        if (!loaded.found()) {
            Alerts.error(loaded.notice());
            return;
        }
        Conversation c = loaded.conversation();
        String base = "modeldeck-" + fileSafe(c.title);
        if (markdown) {
            FileDownload.save(ConversationExport.markdown(c), base + ".md", "text/markdown");
        } else {
            FileDownload.save(ConversationExport.json(c, clock.nowMillis()), base + ".json", "application/json");
        }
        Alerts.say(I18n.t("chat_conversation_exported", c.title));
    }

    private static String fileSafe(String title) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < title.length() && sb.length() < 40; i++) {
            char ch = title.charAt(i);
            sb.append(Character.isLetterOrDigit(ch) ? ch : '-');
        }
        return sb.toString();
    }

    private void importChosen() {
        File file = FileRead.chosen(importFile.node());
        if (file == null) {
            return;
        }
        String tooLarge = ConversationFileRules.sizeRefusal((long) file.getSize());
        if (tooLarge != null) {
            FileRead.clear(importFile.node());
            Alerts.error(tooLarge); // refused before reading: a huge file would freeze the page
            return;
        }
        String[] error = new String[1];
        String text = FileRead.text(file, error);
        FileRead.clear(importFile.node());
        if (text == null) {
            Alerts.error(I18n.t("chat_import_unreadable", error[0]));
            return;
        }
        long now = clock.nowMillis();
        StringBuilder problem = new StringBuilder();
        int[] n = {0};
        String base = "c-" + Long.toString(now, 36) + "-i" + Long.toString((long) (Math.random() * 1_000_000), 36);
        List<Conversation> all = ConversationExport.readAll(text, () -> base + (n[0]++ == 0 ? "" : "-" + n[0]), now, problem);
        if (all == null) {
            Alerts.error(problem.toString());
            return;
        }
        int saved = 0;
        for (Conversation c : all) {
            StoreException e = history.saveAll(c).await();
            if (e != null) {
                Alerts.error(I18n.t("chat_save_failed", e.getMessage())
                    + (saved == 0 ? "" : " " + I18n.plural("chat_conversations_imported", saved)));
                renderNow();
                return;
            }
            saved++;
        }
        if (all.size() == 1) {
            Alerts.say(I18n.t("chat_conversation_imported", all.get(0).title));
            listener.open(all.get(0).id);
        } else {
            Alerts.say(I18n.plural("chat_conversations_imported", saved));
            renderNow();
        }
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
            Async.run(() -> {
                String failed = history.rename(c.id(), title);
                if (failed != null) {
                    Alerts.error(failed);
                    return;
                }
                Alerts.say(I18n.t("chat_conversation_renamed", title));
                renderNow();
            });
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
