package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Fails when a page shows words that are not a message of its language's catalog: every visible text node and every
 * accessible text attribute must be a whole catalog message, or only data the test put there (provider names, model
 * ids, URLs, what was typed) plus digits and punctuation. Conversation bodies are the user's and the model's words.
 */
final class CatalogCheck {
    private static final String COLLECT =
        "var out = [];"
        + "function shown(el) { if (el.closest('[hidden]')) return false; var cs = getComputedStyle(el);"
        + "  return cs.display !== 'none' && cs.visibility !== 'hidden' && el.getClientRects().length > 0; }"
        + "function data(el) { return el.closest('.msg .body, .reasoning-text, textarea, input, pre code'); }"
        + "var w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), n;"
        + "while ((n = w.nextNode())) { var t = n.nodeValue.trim(); var p = n.parentElement; if (!t || !p) continue;"
        + "  if (p.closest('script, style')) continue;"
        + "  if (p.tagName !== 'OPTION' && p.tagName !== 'OPTGROUP' && !shown(p)) continue;"
        + "  if (data(p)) continue; out.push(t); }"
        + "document.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-roledescription], optgroup[label]')"
        + ".forEach(function (el) { if (!shown(el) && el.tagName !== 'OPTGROUP' && el.tagName !== 'OPTION') return;"
        + "  ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription', 'label'].forEach(function (a) {"
        + "    var v = el.getAttribute(a); if (v && v.trim() && !(a === 'label' && el.tagName !== 'OPTGROUP')) out.push(v.trim()); }); });"
        + "out.push(document.title); return out;";

    private CatalogCheck() { }

    static List<String> visibleTexts(WebDriver d) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) ((JavascriptExecutor) d).executeScript(COLLECT);
        return texts;
    }

    /** Every visible text came from the catalog of {@code ui}'s language or is one of {@code data}. */
    static void assertFromCatalog(WebDriver d, UiText ui, String state, List<String> data) {
        List<String> sorted = new ArrayList<>(data);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> foreign = new ArrayList<>();
        for (String text : visibleTexts(d)) {
            if (!ui.isCatalogText(text, piece -> !hasWordsBeyond(piece, sorted)) && !foreign.contains(text)) {
                foreign.add(text);
            }
        }
        assertTrue(foreign.isEmpty(), state + " [" + ui.language() + "]: text not from the catalog:\n  " + String.join("\n  ", foreign));
    }

    /** After removing the data strings, is a letter left? (digits, units-free numbers and punctuation carry no language) */
    static boolean hasWordsBeyond(String text, List<String> dataLongestFirst) {
        String rest = text;
        for (String s : dataLongestFirst) {
            if (!s.isEmpty()) {
                rest = rest.replace(s, " ");
            }
        }
        for (int i = 0; i < rest.length(); i++) {
            if (Character.isLetter(rest.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
