package dev.modeldeck.ui.shared;

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
    /** The options page's keys, as {@link #install} takes them. */
    public static final String[] OPTIONS = {
        "?", "Show these shortcuts (when not typing in a field)",
        "Tab / Shift+Tab", "Move to the next / previous control",
        "Enter / Space", "Press the focused button; Space ticks a checkbox",
        "Esc", "Close the export dialog, the import panel or this list",
    };

    /** The chat's keys (popup and side panel). */
    public static final String[] CHAT = {
        "Enter", "Send the message",
        "Shift+Enter", "Start a new line in the message",
        "Esc", "Stop the reply; close the conversations list or this list",
        "?", "Show these shortcuts (when not typing in the message box)",
        "Tab / Shift+Tab", "Move between the model list, buttons, messages and the message box",
    };

    private final El dialog = El.tag("dialog").cls("shortcuts-dialog").role("dialog")
        .attr("aria-modal", "true").attr("aria-labelledby", "shortcuts-title");
    private final El close = El.button("Close shortcuts");
    private final El app;

    @JSFunctor
    interface Opener extends JSObject {
        void open();
    }

    private ShortcutsHelp(El app, String[] keysAndActions) {
        this.app = app;
        El list = El.tag("dl").cls("shortcuts");
        for (int i = 0; i + 1 < keysAndActions.length; i += 2) {
            list.add(El.tag("dt").add(El.tag("kbd").text(keysAndActions[i])), El.tag("dd").text(keysAndActions[i + 1]));
        }
        close.onClick(() -> closeDialog(dialog.node()));
        dialog.add(El.heading(2, "Keyboard shortcuts").id("shortcuts-title"), list, El.div("form-actions").add(close));
        // Esc closes the dialog natively; it must not also reach page-wide handlers (stopping a reply).
        EscapeKey.closes(dialog, () -> { });
        onClose(dialog.node());
    }

    /**
     * Adds the dialog to the page and binds ? to it. {@code keysAndActions} alternates a key and what it
     * does. Returns a "Keyboard shortcuts" button that opens it too, for pages with room to show one.
     */
    public static El install(El app, String... keysAndActions) {
        ShortcutsHelp help = new ShortcutsHelp(app, keysAndActions);
        onQuestionMark(help::open);
        El button = El.button("Keyboard shortcuts").attr("aria-haspopup", "dialog").title("Keyboard shortcuts (?)");
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
