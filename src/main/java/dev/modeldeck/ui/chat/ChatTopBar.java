package dev.modeldeck.ui.chat;

import dev.modeldeck.browser.Browser;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.shared.EscapeKey;

/** The row above the log: model picker, New chat, the conversations drawer, the side panel (from the popup) and settings. */
final class ChatTopBar {
    private ChatTopBar() { }

    static El build(ModelPicker picker, ConversationDrawer drawer, boolean popup, Browser browser, Runnable newChat) {
        El newChatButton = El.button(I18n.t("chat_new_chat"));
        newChatButton.onClick(newChat);
        El history = El.button("☰").cls("icon").label(I18n.t("chat_conversations_button"))
            .title(I18n.t("chat_conversations_button_title")).attr("aria-expanded", "false");
        history.onClick(() -> {
            drawer.toggle();
            history.attr("aria-expanded", drawer.isOpen() ? "true" : "false");
        });
        EscapeKey.closes(drawer.element(), () -> {
            drawer.toggle();
            history.attr("aria-expanded", "false").focus();
        });
        El settingsButton = El.button("⚙").cls("icon").label(I18n.t("chat_settings_button")).title(I18n.t("chat_settings_button_title"));
        settingsButton.onClick(browser::openOptionsPage);
        El top = El.div("chat-top").add(picker.label(), picker.select(), picker.filter(), newChatButton, history);
        if (popup && browser.canOpenSidePanel()) {
            top.add(sidePanelButton(browser));
        }
        return top.add(settingsButton);
    }

    private static El sidePanelButton(Browser browser) {
        El side = El.button("⇥").cls("icon").label(I18n.t("chat_side_panel_button")).title(I18n.t("chat_side_panel_button_title"));
        side.onClick(() -> {
            String problem = browser.openSidePanel();
            if (problem != null) {
                Alerts.error(I18n.t("chat_side_panel_failed", problem));
            }
        });
        return side;
    }
}
