package dev.modeldeck.ui.shared;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.browser.Timers;
import dev.modeldeck.ui.dom.Async;
import dev.modeldeck.ui.dom.El;

/** "Deleted X. Undo" for a few seconds; when the time is up, the action becomes final. */
public final class UndoBar {
    public static final long WINDOW_MS = 10_000;
    private final El bar = El.div("undo-bar").role("status").hidden(true);
    private final El text = El.span("undo-text", "");
    private final El undo = El.button("").cls("primary");
    private Runnable pendingUndo;
    private Runnable pendingFinal;
    private int timer;

    public UndoBar() {
        undo.text(I18n.t("ui_undo"));
        bar.add(text, undo);
        undo.onClick(() -> {
            Runnable u = pendingUndo;
            clear();
            if (u != null) {
                Async.run(u);
            }
        });
    }

    public El element() { return bar; }

    /** Shows the message; {@code onUndo} restores, {@code onFinal} runs when the window closes without undo. */
    public void offer(String message, Runnable onUndo, Runnable onFinal) {
        settle();
        pendingUndo = onUndo;
        pendingFinal = onFinal;
        text.text(message);
        bar.hidden(false);
        timer = Timers.after(WINDOW_MS, this::settle);
    }

    /** Makes the pending action final now (another action replaces it). */
    public void settle() {
        Runnable f = pendingFinal;
        clear();
        if (f != null) {
            Async.run(f);
        }
    }

    private void clear() {
        Timers.cancel(timer);
        timer = 0;
        pendingUndo = null;
        pendingFinal = null;
        bar.hidden(true);
    }
}
