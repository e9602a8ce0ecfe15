package dev.modeldeck.ui.shared;

import dev.modeldeck.browser.web.HTMLElement;
import dev.modeldeck.browser.web.KeyboardEvent;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.ui.dom.Dialogs;
import dev.modeldeck.ui.dom.El;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLDocument;

/**
 * The "Keyboard shortcuts" dialog, opened with ? anywhere except while typing in a field. It is a
 * modal dialog: focus moves into it, Esc or "Close shortcuts" closes it, and focus goes back to
 * where it was.
 */
public final class ShortcutsHelp {
    /** Which page's keys the dialog lists; the texts are looked up when the dialog is built, not at class load. */
    public enum Keys {
        OPTIONS, CHAT;

        /** Alternating key and what it does, in the user's language. */
        String[] pairs() {
            switch (this) {
                case OPTIONS:
                    return new String[] {
                        I18n.t("ui_shortcut_key_question"), I18n.t("ui_shortcut_options_help"),
                        I18n.t("ui_shortcut_key_tab"), I18n.t("ui_shortcut_options_tab"),
                        I18n.t("ui_shortcut_key_enter_space"), I18n.t("ui_shortcut_options_enter_space"),
                        I18n.t("ui_shortcut_key_esc"), I18n.t("ui_shortcut_options_esc"),
                    };
                default:
                    return new String[] {
                        I18n.t("ui_shortcut_key_enter"), I18n.t("ui_shortcut_chat_enter"),
                        I18n.t("ui_shortcut_key_shift_enter"), I18n.t("ui_shortcut_chat_shift_enter"),
                        I18n.t("ui_shortcut_key_esc"), I18n.t("ui_shortcut_chat_esc"),
                        I18n.t("ui_shortcut_key_question"), I18n.t("ui_shortcut_chat_help"),
                        I18n.t("ui_shortcut_key_tab"), I18n.t("ui_shortcut_chat_tab"),
                        I18n.t("ui_shortcut_key_home_end"), I18n.t("ui_shortcut_chat_home_end"),
                    };
            }
        }
    }

    /** The options page's keys, as {@link #install(El, Keys)} takes them. */
    public static final Keys OPTIONS = Keys.OPTIONS;

    /** The chat's keys (popup and side panel). */
    public static final Keys CHAT = Keys.CHAT;

    private final El dialog = El.tag("dialog").cls("shortcuts-dialog").role("dialog")
        .attr("aria-modal", "true").attr("aria-labelledby", "shortcuts-title");
    private final El close = El.button("");
    private final El app;
    /** Where focus was when the dialog opened; it goes back there on close. */
    private HTMLElement returnFocus;

    private ShortcutsHelp(El app, String[] keysAndActions) {
        this.app = app;
        close.text(I18n.t("ui_shortcuts_close"));
        El list = El.tag("dl").cls("shortcuts");
        for (int i = 0; i + 1 < keysAndActions.length; i += 2) {
            list.add(El.tag("dt").add(El.tag("kbd").text(keysAndActions[i])), El.tag("dd").text(keysAndActions[i + 1]));
        }
        close.onClick(() -> Dialogs.close(dialog));
        dialog.add(El.heading(2, I18n.t("ui_shortcuts_title")).id("shortcuts-title"), list, El.div("form-actions").add(close));
        // Esc closes the dialog natively; it must not also reach page-wide handlers (stopping a reply).
        EscapeKey.closes(dialog, () -> { });
        // However the dialog closes (button, Esc), focus returns to where it was if that is still on the page.
        dialog.on("close", () -> {
            HTMLElement back = returnFocus;
            returnFocus = null;
            if (back != null && back.isConnected()) {
                back.focus();
            }
        });
    }

    /**
     * Adds the dialog to the page and binds ? to it. {@code keysAndActions} alternates a key and what it
     * does. Returns a "Keyboard shortcuts" button that opens it too, for pages with room to show one.
     */
    public static El install(El app, Keys keys) {
        return install(app, keys.pairs());
    }

    /** As {@link #install(El, Keys)}, with the pairs given directly (already in the user's language). */
    public static El install(El app, String... keysAndActions) {
        ShortcutsHelp help = new ShortcutsHelp(app, keysAndActions);
        onQuestionMark(help::open);
        El button = El.button(I18n.t("ui_shortcuts_button")).attr("aria-haspopup", "dialog")
            .title(I18n.t("ui_shortcuts_button_title"));
        button.onClick(help::open);
        return button;
    }

    private void open() {
        // Added on first use, at the end of the page, so it never precedes the page's own dialogs.
        if (dialog.node().getParentNode() == null) {
            app.add(dialog);
        }
        if (Dialogs.isOpen(dialog)) {
            return;
        }
        returnFocus = (HTMLElement) HTMLDocument.current().getActiveElement();
        Dialogs.showModal(dialog);
        close.focus();
    }

    /** "?" anywhere opens the dialog, except while typing or when another dialog is open. */
    private static void onQuestionMark(Runnable open) {
        HTMLDocument document = HTMLDocument.current();
        document.addEventListener("keydown", (EventListener<KeyboardEvent>) e -> {
            if (!HelpKey.isShortcut(e.getKey(), e.isCtrlKey(), e.isMetaKey(), e.isAltKey()) || e.isDefaultPrevented()
                || Typing.in(e.getTarget()) || document.querySelector("dialog[open]") != null) {
                return;
            }
            e.preventDefault();
            open.run();
        });
    }
}
