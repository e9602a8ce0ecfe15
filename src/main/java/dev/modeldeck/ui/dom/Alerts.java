package dev.modeldeck.ui.dom;

import dev.modeldeck.core.i18n.I18n;

/**
 * The page's single alert region (role="alert") and status region (role="status"). Every error
 * a user must act on goes through here, with what failed and what to do.
 */
public final class Alerts {
    private static El alert;
    private static El status;

    private Alerts() { }

    /** Creates both regions at the top of the given container. */
    public static void install(El container) {
        alert = El.div("alert").role("alert").attr("aria-live", "assertive").hidden(true);
        status = El.div("status visually-hidden-when-empty").role("status").attr("aria-live", "polite");
        container.add(alert, status);
    }

    public static void error(String message) {
        if (alert == null) {
            return;
        }
        El dismiss = El.button(I18n.t("ui_dismiss")).cls("link").label(I18n.t("ui_dismiss_alert_label"));
        dismiss.onClick(Alerts::clearError);
        alert.replaceChildren(El.span("alert-text", message), dismiss).hidden(false);
    }

    public static void fatal(String message) { error(message); }

    public static void clearError() {
        if (alert != null) {
            alert.clear().hidden(true);
        }
    }

    /** A polite announcement (saved, deleted, done). */
    public static void say(String message) {
        if (status != null) {
            status.text(message);
        }
    }
}
