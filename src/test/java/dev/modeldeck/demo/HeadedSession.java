package dev.modeldeck.demo;

import org.openqa.selenium.WindowType;

/** With a display: the options page and the chat in two tabs, instructions on the console, then wait for the user. */
final class HeadedSession {
    private HeadedSession() { }

    /** Returns when the user closed the browser (Ctrl+C ends the JVM through the launcher's shutdown hook). */
    static void run(DemoBrowser browser, String baseUrl) throws InterruptedException {
        browser.open("options.html");
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open("sidepanel.html");
        System.out.println();
        System.out.println("ModelDeck is running in Chromium.");
        System.out.println("  - Click the ModelDeck toolbar icon (pin it from the puzzle-piece menu) to chat in the popup,");
        System.out.println("    or use the second tab, which is the side panel's page.");
        System.out.println("  - The demo provider runs at " + baseUrl + " (no key; it echoes your message back).");
        System.out.println("  - The first tab is the options page: add your own providers there.");
        System.out.println("Close the browser window or press Ctrl+C to stop.");
        while (browser.isOpen()) {
            Thread.sleep(1000);
        }
    }
}
