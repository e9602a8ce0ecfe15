package dev.modeldeck.core.edit;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.store.LoadResult;
import dev.modeldeck.core.store.SaveResult;
import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.store.SettingsRepository;
import java.util.function.Function;

/**
 * A page's working copy of the settings and the one way its panels change them: every edit is applied
 * to the latest stored settings (so another window's changes are kept), saved, and then adopted here.
 */
public final class SettingsEditor {
    /** How the page hears of saved changes and shows what happened. */
    public interface Feedback {
        /** A change was saved; {@code settings} is what is stored now. */
        void saved(Settings settings);
        void announce(String message);
        void refuse(String reason);
    }

    private final SettingsRepository repository;
    private final Feedback feedback;
    private Settings settings = new Settings();
    private boolean readOnly;

    public SettingsEditor(SettingsRepository repository, Feedback feedback) {
        this.repository = repository;
        this.feedback = feedback;
    }

    /** Loads the stored settings and works on them from now on. */
    public LoadResult load() {
        LoadResult loaded = repository.load();
        settings = loaded.settings();
        readOnly = loaded.readOnly();
        return loaded;
    }

    /** Reads the stored settings without adopting them (to compare with the working copy). */
    public LoadResult peek() { return repository.load(); }

    /** Works on {@code latest} from now on (read elsewhere, e.g. after a conflict was found). */
    public void adopt(Settings latest) { settings = latest; }

    public Settings settings() { return settings; }

    public boolean readOnly() { return readOnly; }

    /** Says why nothing can change when the settings are read-only; returns whether they are. */
    public boolean refuseReadOnly() {
        if (readOnly) {
            feedback.refuse(I18n.t("opt_page_read_only_refusal"));
        }
        return readOnly;
    }

    /**
     * Applies {@code edit} and saves; returns whether it was saved. A failure is shown and changes
     * nothing; {@code announcement} (may be null) is said after a save.
     */
    public boolean change(Function<Settings, Settings> edit, String announcement) {
        String refusal = apply(edit);
        if (refusal != null) {
            feedback.refuse(refusal);
            return false;
        }
        if (announcement != null) {
            feedback.announce(announcement);
        }
        return true;
    }

    /** Applies {@code edit} and saves without showing anything; returns null when saved, else why not. */
    String apply(Function<Settings, Settings> edit) {
        if (readOnly) {
            return I18n.t("opt_page_read_only_refusal");
        }
        SaveResult r = repository.applyChange(edit);
        if (!r.saved()) {
            return r.message() == null ? I18n.t("opt_page_change_not_saved") : r.message();
        }
        settings = r.settings();
        feedback.saved(settings);
        return null;
    }
}
