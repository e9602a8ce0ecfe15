package dev.modeldeck.browser;

import dev.modeldeck.browser.web.Navigator;
import dev.modeldeck.core.i18n.I18n;

/** navigator.clipboard.writeText, awaited so the page can say whether copying worked (pages use {@link Browser}). */
final class Clipboard {
    private Clipboard() { }

    /** Blocks the green thread; returns null on success, else why it failed. */
    static String write(String text) {
        dev.modeldeck.browser.web.Clipboard clipboard = Navigator.getClipboard();
        if (Missing.is(clipboard)) {
            return I18n.t("br_clipboard_unavailable");
        }
        Settled<?> s = Promises.await(clipboard.writeText(text));
        return s.isOk() ? null : s.getError();
    }
}
