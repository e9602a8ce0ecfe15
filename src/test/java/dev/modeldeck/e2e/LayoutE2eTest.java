package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The popup (400x580) and the side panel at 320 px never scroll sideways or cut a control off, even
 * with 120-character model ids and long provider names; long text ellipsizes (full text in a title) or wraps.
 */
class LayoutE2eTest extends E2eBase {
    /** One unbroken 40-letter word: the worst case for wrapping. */
    static final String LONG_NAME = "Provider with a deliberately long display name Pneumonoultramicroscopicsilicovolcanoconiosis";
    static final String LONG_ID = "synthetic-org/extremely-long-model-identifier-that-never-ends-"
        + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx";

    /** Horizontal overflow of the page and every visible control sticking out of the viewport. */
    static final String OVERFLOW_CHECK = "var w = document.documentElement.clientWidth, bad = [];"
        + "document.querySelectorAll('button, select, input, textarea, a[href], summary').forEach(function (e) {"
        + "  var r = e.getBoundingClientRect();"
        + "  if (r.width === 0 && r.height === 0) { return; }"
        + "  if (r.left < -0.5 || r.right > w + 0.5) {"
        + "    bad.push((e.getAttribute('aria-label') || e.textContent || e.id || e.localName).slice(0, 40)"
        + "      + ' [' + Math.round(r.left) + '..' + Math.round(r.right) + ']'); }"
        + "});"
        + "var wide = [];"
        + "document.querySelectorAll('body *').forEach(function (e) {"
        + "  var r = e.getBoundingClientRect();"
        + "  var kids = Array.prototype.some.call(e.children, function (c) { return c.getBoundingClientRect().right > w + 0.5; });"
        + "  if (r.right > w + 0.5 && wide.length < 8 && !kids) {"
        + "    wide.push(e.localName + '.' + e.className + ' [' + Math.round(r.left) + '..' + Math.round(r.right) + ']'); }"
        + "});"
        + "var walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT), n, range = document.createRange();"
        + "while ((n = walk.nextNode()) && wide.length < 8) {"
        + "  range.selectNodeContents(n); var tr = range.getBoundingClientRect();"
        + "  if (tr.right > w + 0.5 && tr.width > 0) { wide.push('text in ' + n.parentElement.localName + '.' + n.parentElement.className"
        + "    + ' [' + Math.round(tr.left) + '..' + Math.round(tr.right) + ']'); } }"
        + "return {scroll: document.documentElement.scrollWidth, client: w, bad: bad.join('; '), wide: wide.join('; ')};";

    @AfterEach
    void restoreViewport() {
        AxeAudit.viewport(d(), 0, 0);
    }

    @SuppressWarnings("unchecked")
    private void assertNoHorizontalOverflow(String where) {
        Map<String, Object> r = (Map<String, Object>) js(OVERFLOW_CHECK);
        long scroll = ((Number) r.get("scroll")).longValue();
        long client = ((Number) r.get("client")).longValue();
        assertTrue(scroll <= client, where + ": page scrolls sideways (scrollWidth " + scroll + " > clientWidth " + client + "); widest: " + r.get("wide"));
        assertEquals("", r.get("bad"), where + ": controls cut off at the right or left edge");
    }

    private void chatWithLongIds(String page, int width, int height) {
        seedProviders(LONG_NAME, "Short");
        provider.content().modelsFixture("synthetic-long-ids.json");
        AxeAudit.viewport(d(), width, height);
        browser.open(page);
        chooseStartingWith("Model", LONG_ID + " ");
        assertEquals(LONG_ID, find("combobox", "Model").getAttribute("title"), "the full model id is in the picker's title");
        assertNoHorizontalOverflow(page + " with a long model id picked");

        WebElement box = find("textbox", "Message");
        box.sendKeys("A_message_without_any_space_" + "y".repeat(140));
        pressEnter(box);
        waitFor("reply", () -> find("log", "Conversation").getText().contains("demo provider"));
        waitFor("reply done", () -> "false".equals(find("log", "Conversation").getAttribute("aria-busy")));
        assertTrue(find("log", "Conversation").getText().contains(LONG_ID), "the reply names its model in full (wrapped)");
        assertNoHorizontalOverflow(page + " after a reply from the long model");

        click("button", "Conversations");
        waitFor("drawer", () -> A11y.exists(d(), "searchbox", "Search conversations"));
        WebElement open = d().findElement(org.openqa.selenium.By.cssSelector(".drawer .conv-open"));
        assertTrue(open.getAttribute("title").startsWith("A_message_without_any_space"), "full title on hover");
        assertNoHorizontalOverflow(page + " with the conversations drawer open");
        browser.screenshot("layout-" + page.replace(".html", "") + "-" + width);
    }

    @Test
    void popupFitsWithLongModelIdsAndProviderNames() {
        chatWithLongIds("popup.html", 400, 580);
    }

    @Test
    void sidePanelAt320PixelsFitsWithLongModelIdsAndProviderNames() {
        chatWithLongIds("sidepanel.html", 320, 700);
    }

    @Test
    void optionsPageEllipsizesLongNamesAndIdsWithTheFullTextInATitle() {
        seedProviders(LONG_NAME);
        provider.content().modelsFixture("synthetic-long-ids.json");
        browser.open("options.html");
        click("button", "Edit " + LONG_NAME);
        waitFor("models", () -> listText("Models").contains("short-chat"));
        Boolean idEllipsized = (Boolean) js("var id = arguments[0];"
            + "var f = Array.from(document.querySelectorAll('.model-id')).filter(function (x) { return x.textContent === id; })[0];"
            + "return !!f && f.title === id && f.scrollWidth > f.clientWidth;", LONG_ID);
        assertTrue(idEllipsized, "the long model id is cut with an ellipsis and carries its full text as a title");
        Boolean nameTitled = (Boolean) js("var n = document.querySelector('.provider-name');"
            + "return n.title === n.textContent && n.scrollWidth > n.clientWidth;");
        assertTrue(nameTitled, "the long provider name is cut with an ellipsis and carries its full text as a title");
        assertNoHorizontalOverflow("options page");
        AxeAudit.viewport(d(), 360, 800);
        assertNoHorizontalOverflow("options page at 360 px");
    }
}
