package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.core.store.Settings;
import dev.modeldeck.core.store.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/** Light/dark follow the system unless the options page's `Theme` says otherwise; every open page follows the choice. */
class ThemeE2eTest extends E2eBase {
    private static final String DARK_BG = "rgb(21, 24, 29)";
    private static final String LIGHT_BG = "rgb(255, 255, 255)";

    @AfterEach
    void restore() {
        AxeAudit.colorScheme(d(), null);
        List<String> handles = new ArrayList<>(d().getWindowHandles());
        for (int i = 1; i < handles.size(); i++) {
            d().switchTo().window(handles.get(i)).close();
        }
        d().switchTo().window(handles.get(0));
    }

    private String background() { return (String) js("return getComputedStyle(document.body).backgroundColor"); }

    private String override() { return (String) js("return document.documentElement.dataset.theme || ''"); }

    private void seedTheme(Theme theme) {
        Settings s = new Settings();
        s.theme = theme;
        browser.seedLocalStorage(Map.of("modeldeck.settings", s.toJson(true).toString()));
    }

    @Test
    void systemThemeFollowsPrefersColorScheme() {
        browser.open("popup.html");
        assertEquals("", override());
        assertEquals(LIGHT_BG, background());
        AxeAudit.colorScheme(d(), "dark");
        assertEquals(DARK_BG, background(), "dark system colours without any setting");
    }

    @Test
    void choosingDarkAppliesAtOnceIsStoredAndSurvivesAReload() {
        browser.open("options.html");
        assertEquals("System", new Select(find("combobox", "Theme")).getFirstSelectedOption().getText());
        choose("Theme", "Dark");
        assertEquals("dark", override());
        assertEquals(DARK_BG, background());
        waitFor("announced", () -> statusText().contains("Theme: dark"));
        assertTrue(((String) js("return localStorage.getItem('modeldeck.settings')")).contains("\"theme\":\"dark\""));
        browser.open("options.html");
        assertEquals("dark", override());
        assertEquals("Dark", new Select(find("combobox", "Theme")).getFirstSelectedOption().getText());
        choose("Theme", "System");
        assertEquals("", override(), "System removes the override");
        assertEquals(LIGHT_BG, background());
    }

    @Test
    void manualLightWinsOverADarkSystem() {
        seedTheme(Theme.LIGHT);
        AxeAudit.colorScheme(d(), "dark");
        browser.open("sidepanel.html");
        assertEquals("light", override());
        assertEquals(LIGHT_BG, background());
        assertEquals("light", js("return getComputedStyle(document.documentElement).colorScheme"), "native controls light too");
    }

    @Test
    void anOpenChatRecoloursWhenTheOptionsPageChangesTheTheme() {
        browser.open("popup.html");
        String popup = d().getWindowHandle();
        d().switchTo().newWindow(WindowType.TAB);
        browser.open("options.html");
        choose("Theme", "Dark");
        d().switchTo().window(popup);
        waitFor("popup turned dark", () -> "dark".equals(override()));
        assertEquals(DARK_BG, background());
    }
}
