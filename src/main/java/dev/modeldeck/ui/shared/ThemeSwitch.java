package dev.modeldeck.ui.shared;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.store.StorageKeys;
import dev.modeldeck.core.store.Theme;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.El;
import java.util.function.Predicate;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Light, dark or the system's colours. The CSS follows prefers-color-scheme unless the root element
 * carries data-theme; every page applies the stored choice at start and again when another page
 * changes it (the storage event), so an open popup recolours when the options page switches.
 */
public final class ThemeSwitch {
    private static El picker;

    private ThemeSwitch() { }

    /** Applies {@code current} now and follows later changes made in other pages. */
    public static void follow(AppContext ctx, Theme current) {
        apply(current);
        ctx.browser.onStorageChange(key -> {
            if (key == null || StorageKeys.isSettings(key)) {
                apply(ctx.settings.load().settings().theme);
            }
        });
    }

    /** Sets or clears the override on the root element (SYSTEM clears it) and keeps the picker in step. */
    public static void apply(Theme theme) {
        setTheme(theme == null || theme == Theme.SYSTEM ? null : theme.wire());
        if (picker != null) {
            picker.value(theme == null ? Theme.SYSTEM.wire() : theme.wire());
        }
    }

    /**
     * The "Theme" combobox (System / Light / Dark). A choice applies at once; {@code save} stores it
     * and returns whether it was saved — if not, the stored theme is shown again.
     */
    public static El picker(Theme current, Predicate<Theme> save) {
        El select = El.tag("select").id("theme-picker");
        select.add(option(Theme.SYSTEM, I18n.t("ui_theme_system")), option(Theme.LIGHT, I18n.t("ui_theme_light")),
            option(Theme.DARK, I18n.t("ui_theme_dark")));
        select.value(current.wire());
        select.on("change", () -> {
            Theme chosen = Theme.fromWire(select.value());
            Theme before = applied();
            apply(chosen);
            if (save.test(chosen)) {
                Alerts.say(announcement(chosen));
            } else {
                apply(before);
            }
        });
        picker = select;
        return El.div("field inline theme-field").add(El.tag("label").attr("for", "theme-picker").text(I18n.t("ui_theme_label")), select);
    }

    /** What the page shows now (no override = SYSTEM). */
    private static Theme applied() {
        String t = getTheme();
        return t == null ? Theme.SYSTEM : Theme.fromWire(t);
    }

    private static El option(Theme t, String text) {
        return El.tag("option").attr("value", t.wire()).text(text);
    }

    private static String announcement(Theme t) {
        return t == Theme.LIGHT ? I18n.t("ui_theme_now_light") : t == Theme.DARK ? I18n.t("ui_theme_now_dark") : I18n.t("ui_theme_now_system");
    }

    /** The override lives in the root element's data-theme, which the CSS reads. */
    private static void setTheme(String t) {
        if (t == null) {
            root().removeAttribute("data-theme");
        } else {
            root().setAttribute("data-theme", t);
        }
    }

    private static String getTheme() {
        String t = root().getAttribute("data-theme");
        return t == null || t.isEmpty() ? null : t;
    }

    private static HTMLElement root() {
        return HTMLDocument.current().getDocumentElement();
    }
}
