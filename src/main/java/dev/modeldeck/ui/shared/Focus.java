package dev.modeldeck.ui.shared;

import dev.modeldeck.ui.dom.El;
import org.teavm.jso.JSBody;
import org.teavm.jso.dom.html.HTMLElement;

/** Moving focus to what changed: a control, or the first usable control inside a group (a key row, a details box). */
public final class Focus {
    private Focus() { }

    /** The element itself when it is a form control, else its first enabled control (or itself if it has none). */
    public static El field(El el) {
        return El.wrap(firstControl(el.node()));
    }

    /** Focuses {@link #field(El)}, opening an enclosing details box first so the control is visible. */
    public static void first(El el) {
        focusVisible(firstControl(el.node()));
    }

    @JSBody(params = "e", script = "var sel = 'input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), button:not([disabled])';"
        + " if (e.matches(sel)) { return e; } var c = e.querySelector(sel); return c || e;")
    private static native HTMLElement firstControl(HTMLElement e);

    @JSBody(params = "e", script = "for (var p = e.parentElement; p; p = p.parentElement) {"
        + " if (p.localName === 'details') { p.open = true; } } e.focus();")
    private static native void focusVisible(HTMLElement e);
}
