package dev.modeldeck.ui.options;

import dev.modeldeck.core.edit.SettingsEditor;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.ui.dom.Alerts;

/** The settings editor's feedback on this page: the alert and status regions, and a re-render after each save. */
final class AlertsFeedback implements SettingsEditor.Feedback {
    private final Runnable rerender;

    AlertsFeedback(Runnable rerender) {
        this.rerender = rerender;
    }

    @Override public void saved(Settings settings) { rerender.run(); }

    @Override public void announce(String message) { Alerts.say(message); }

    @Override public void refuse(String reason) { Alerts.error(reason); }
}
