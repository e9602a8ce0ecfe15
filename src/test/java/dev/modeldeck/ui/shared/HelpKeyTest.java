package dev.modeldeck.ui.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "?" opens the shortcuts only when it is not a character being typed. */
class HelpKeyTest {
    @Test
    void questionMarkWithShiftOnlyIsTheShortcut() {
        assertTrue(HelpKey.isShortcut("?", false, false, false));
    }

    @Test
    void questionMarkWithCtrlMetaOrAltBelongsToTheBrowser() {
        assertFalse(HelpKey.isShortcut("?", true, false, false));
        assertFalse(HelpKey.isShortcut("?", false, true, false));
        assertFalse(HelpKey.isShortcut("?", false, false, true));
    }

    @Test
    void otherKeysAreNotTheShortcut() {
        assertFalse(HelpKey.isShortcut("/", false, false, false));
        assertFalse(HelpKey.isShortcut("Slash", false, false, false));
    }

    @Test
    void textFieldsTakeTheCharacter() {
        assertTrue(HelpKey.typesText("input", "text", false));
        assertTrue(HelpKey.typesText("input", "search", false));
        assertTrue(HelpKey.typesText("input", "password", false));
        assertTrue(HelpKey.typesText("textarea", "", false));
        assertTrue(HelpKey.typesText("select", "", false));
        assertTrue(HelpKey.typesText("div", "", true));
    }

    @Test
    void controlsThatCannotHoldTextLeaveTheKeyToTheShortcut() {
        for (String type : new String[] {"checkbox", "radio", "button", "submit", "reset", "range", "color", "file"}) {
            assertFalse(HelpKey.typesText("input", type, false), type);
        }
        assertFalse(HelpKey.typesText("button", "", false));
        assertFalse(HelpKey.typesText("body", "", false));
    }
}
