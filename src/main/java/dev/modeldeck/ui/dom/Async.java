package dev.modeldeck.ui.dom;

import dev.modeldeck.core.i18n.I18n;

/** Runs work that blocks on promises (network, permissions) off the event handler, in a TeaVM green thread. */
public final class Async {
    private Async() { }

    public static void run(Runnable r) {
        new Thread(() -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                Alerts.fatal(I18n.t("ui_unexpected_failure", String.valueOf(e.getMessage())));
            }
        }).start();
    }

    /** For services that want a "run this in the background" hook. */
    public static void runLater(Runnable r) { run(r); }
}
