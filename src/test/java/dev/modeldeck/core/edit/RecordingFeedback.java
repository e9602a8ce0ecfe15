package dev.modeldeck.core.edit;

import dev.modeldeck.core.store.Settings;
import java.util.ArrayList;
import java.util.List;

/** What the page would have shown: saved revisions, announcements and refusals, in order. */
final class RecordingFeedback implements SettingsEditor.Feedback {
    final List<Long> savedRevisions = new ArrayList<>();
    final List<String> announced = new ArrayList<>();
    final List<String> refused = new ArrayList<>();

    @Override public void saved(Settings settings) { savedRevisions.add(settings.revision); }

    @Override public void announce(String message) { announced.add(message); }

    @Override public void refuse(String reason) { refused.add(reason); }
}
