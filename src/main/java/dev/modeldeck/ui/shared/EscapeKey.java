package dev.modeldeck.ui.shared;

import dev.modeldeck.ui.dom.El;
import org.teavm.jso.dom.events.KeyboardEvent;

/** Esc inside a panel closes it. The key stops there, so a page-wide Esc (stop the reply) does not fire too. */
public final class EscapeKey {
    private EscapeKey() { }

    public static void closes(El region, Runnable close) {
        region.onEvent("keydown", e -> {
            if ("Escape".equals(((KeyboardEvent) e).getKey())) {
                e.stopPropagation();
                close.run();
            }
        });
    }
}
