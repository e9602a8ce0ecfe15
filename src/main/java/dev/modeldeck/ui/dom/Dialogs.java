package dev.modeldeck.ui.dom;

import dev.modeldeck.browser.web.HTMLDialogElement;
import org.teavm.jso.core.JSObjects;

/** Modal {@code <dialog>}s; where the browser has no dialog element, the open attribute stands in. */
public final class Dialogs {
    private Dialogs() { }

    public static boolean isOpen(El dialog) {
        return dialog.node().hasAttribute("open");
    }

    /** Opens modally (focus stays inside, Esc closes); an open dialog is left as it is. */
    public static void showModal(El dialog) {
        if (!JSObjects.hasProperty(dialog.node(), "showModal")) {
            dialog.attr("open", "");
        } else if (!isOpen(dialog)) {
            element(dialog).showModal();
        }
    }

    public static void close(El dialog) {
        if (JSObjects.hasProperty(dialog.node(), "close")) {
            element(dialog).close();
        } else {
            dialog.attr("open", null);
        }
    }

    private static HTMLDialogElement element(El dialog) {
        return (HTMLDialogElement) dialog.node();
    }
}
