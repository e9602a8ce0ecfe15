package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** The harness itself: a wedged page cannot hang the suite, and lookups cannot go stale while a page re-renders. */
class HarnessRecoveryE2eTest extends E2eBase {

    @Test
    void aPageStuckInAnEndlessLoopIsReplacedAndTheNextStepWorks() {
        browser.open("options.html");
        // The extension's renderer never answers again: navigation and scripts in it would wait forever.
        js("setTimeout(function () { for (;;) { } }, 300);");
        sleep(600);
        long start = System.nanoTime();
        browser.seedLocalStorage(Map.of("modeldeck.probe", "fresh"));
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertTrue(seconds < 45, "recovered within the page-load bound and one restart, took " + seconds + " s");
        assertEquals("fresh", browser.js("return localStorage.getItem('modeldeck.probe')"));
        browser.open("options.html");
        assertTrue(exists("button", "Add provider"), "the options page works in the fresh browser");
    }

    @Test
    void lookupsNeverGoStaleAndControlsOutliveAReRender() {
        seedProviders("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve");
        browser.open("options.html");
        // Replace every button with an identical new one every 5 ms (the issue measured a page re-rendering every
        // 200 ms; the old per-element lookup went stale 20 times in 20 there). One AX query cannot go stale.
        js("window.__churn = setInterval(function () {"
            + " document.querySelectorAll('button').forEach(function (b) { b.replaceWith(b.cloneNode(true)); });"
            + "}, 5);");
        try {
            for (int i = 0; i < 20; i++) {
                assertEquals(1, A11y.all(d(), "button", "Edit Twelve").size(), "lookup " + i);
            }
        } finally {
            js("clearInterval(window.__churn);");
        }
        // A control found before a re-render still acts afterwards, where a held element reference is dead.
        Control edit = find("button", "Edit Twelve");
        WebElement held = edit.getWrappedElement();
        assertEquals("button", edit.getTagName());
        js("document.querySelectorAll('button').forEach(function (b) { b.replaceWith(b.cloneNode(true)); });");
        assertThrows(StaleElementReferenceException.class, held::getTagName, "the page really re-rendered");
        assertEquals("button", edit.getTagName());
        assertTrue(edit.isDisplayed());
        assertTrue(listText("Providers").contains("Twelve"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
