package dev.modeldeck.ui.shared;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.ui.dom.El;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLElement;

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

    @JSFunctor
    interface Opener extends JSObject {
        void open();
    }

    private ShortcutsHelp(El app, String[] keysAndActions) {
        this.app = app;
        close.text(I18n.t("ui_shortcuts_close"));
        El list = El.tag("dl").cls("shortcuts");
        for (int i = 0; i + 1 < keysAndActions.length; i += 2) {
            list.add(El.tag("dt").add(El.tag("kbd").text(keysAndActions[i])), El.tag("dd").text(keysAndActions[i + 1]));
        }
        close.onClick(() -> closeDialog(dialog.node()));
        dialog.add(El.heading(2, I18n.t("ui_shortcuts_title")).id("shortcuts-title"), list, El.div("form-actions").add(close));
        // Esc closes the dialog natively; it must not also reach page-wide handlers (stopping a reply).
        EscapeKey.closes(dialog, () -> { });
        onClose(dialog.node());
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
        showModal(dialog.node(), close.node());
    }

    @JSBody(params = "f", script = "document.addEventListener('keydown', function (e) {"
        + " if (e.key !== '?' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) { return; }"
        + " var t = e.target, tag = t && t.localName ? t.localName : '';"
        + " var plain = ['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'];"
        + " if (t && (t.isContentEditable || tag === 'textarea' || tag === 'select'"
        + "   || (tag === 'input' && plain.indexOf(t.type) < 0))) { return; }"
        + " if (document.querySelector('dialog[open]')) { return; }"
        + " e.preventDefault(); f(); });")
    private static native void onQuestionMark(Opener open);

    /** Remembers the focused element, opens modally and focuses {@code first}. */
    @JSBody(params = {"d", "first"}, script = "if (d.open) { return; } d.__returnFocus = document.activeElement;"
        + " if (d.showModal) { d.showModal(); } else { d.setAttribute('open', ''); } first.focus();")
    private static native void showModal(HTMLElement d, HTMLElement first);

    @JSBody(params = "d", script = "if (d.close) { d.close(); } else { d.removeAttribute('open'); }")
    private static native void closeDialog(HTMLElement d);

    /** However the dialog closes (button, Esc), focus returns to where it was if that is still on the page. */
    @JSBody(params = "d", script = "d.addEventListener('close', function () { var r = d.__returnFocus; d.__returnFocus = null;"
        + " if (r && r.isConnected && r.focus) { r.focus(); } });")
    private static native void onClose(HTMLElement d);
}
