package dev.modeldeck.ui.shared;

import java.util.List;

/** When "?" opens the shortcuts dialog: a bare key press that is not text being typed. */
final class HelpKey {
    /** Input types where "?" cannot be typed, so the key is free for the shortcut. */
    private static final List<String> NOT_TEXT_INPUTS =
        List.of("checkbox", "radio", "button", "submit", "reset", "range", "color", "file");

    private HelpKey() { }

    /** The key itself: "?" with no Ctrl, Meta or Alt (Shift is how most layouts type it). */
    static boolean isShortcut(String key, boolean ctrl, boolean meta, boolean alt) {
        return "?".equals(key) && !ctrl && !meta && !alt;
    }

    /** Whether "?" pressed in this element is a character for it (element name, input type, contenteditable). */
    static boolean typesText(String localName, String inputType, boolean contentEditable) {
        return contentEditable || "textarea".equals(localName) || "select".equals(localName)
            || ("input".equals(localName) && !NOT_TEXT_INPUTS.contains(inputType));
    }
}
