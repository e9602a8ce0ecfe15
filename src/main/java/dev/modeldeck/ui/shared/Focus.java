package dev.modeldeck.ui.shared;

import dev.modeldeck.browser.web.HTMLElement;
import dev.modeldeck.ui.dom.El;

/** Moving focus to what changed: a control, or the first usable control inside a group (a key row, a details box). */
public final class Focus {
    private static final String CONTROL = "input:not([disabled]):not([type=hidden]), select:not([disabled]),"
        + " textarea:not([disabled]), button:not([disabled])";

    private Focus() { }

    /** The element itself when it is a form control, else its first enabled control (or itself if it has none). */
    public static El field(El el) {
        return El.wrap(firstControl(el));
    }

    /** Focuses {@link #field(El)}, opening an enclosing details box first so the control is visible. */
    public static void first(El el) {
        HTMLElement control = firstControl(el);
        for (HTMLElement p = control.getParentElement(); p != null; p = p.getParentElement()) {
            if ("details".equals(p.getLocalName())) {
                p.setAttribute("open", "");
            }
        }
        control.focus();
    }

    private static HTMLElement firstControl(El el) {
        HTMLElement e = (HTMLElement) el.node();
        if (e.matches(CONTROL)) {
            return e;
        }
        HTMLElement inner = (HTMLElement) e.querySelector(CONTROL);
        return inner != null ? inner : e;
    }
}
