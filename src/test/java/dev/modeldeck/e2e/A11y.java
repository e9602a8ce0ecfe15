package dev.modeldeck.e2e;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Finds controls the way users and assistive tech do: by role and accessible name (Chromium computes the name). */
public final class A11y {
    private A11y() { }

    private static String selectorFor(String role) {
        switch (role) {
            case "button": return "button, [role=button], input[type=button], input[type=submit]";
            case "textbox": return "input:not([type]), input[type=text], input[type=url], input[type=password], input[type=number], textarea, [role=textbox]";
            case "searchbox": return "input[type=search], [role=searchbox]";
            case "combobox": return "select, [role=combobox], input[list]";
            case "checkbox": return "input[type=checkbox], [role=checkbox], [role=switch]";
            case "list": return "ul, ol, [role=list]";
            case "listitem": return "li, [role=listitem]";
            case "option": return "option, [role=option]";
            case "table": return "table, [role=table]";
            case "link": return "a[href]";
            default: return "[role=" + role + "]" + ("region".equals(role) ? ", section[aria-label], section[aria-labelledby]" : "");
        }
    }

    public static List<WebElement> all(WebDriver d, String role, String name) {
        @SuppressWarnings("unchecked")
        List<WebElement> candidates = (List<WebElement>) ((JavascriptExecutor) d).executeScript(
            "return Array.from(document.querySelectorAll(arguments[0]));", selectorFor(role));
        List<WebElement> out = new ArrayList<>();
        for (WebElement e : candidates) {
            if (name == null || name.equals(e.getAccessibleName().trim())) {
                out.add(e);
            }
        }
        return out;
    }

    public static WebElement find(WebDriver d, String role, String name) {
        List<WebElement> found = all(d, role, name);
        for (WebElement e : found) {
            if (e.isDisplayed()) {
                return e;
            }
        }
        if (!found.isEmpty()) {
            return found.get(0);
        }
        throw new NoSuchElementException("No " + role + " named '" + name + "'");
    }

    public static boolean exists(WebDriver d, String role, String name) {
        for (WebElement e : all(d, role, name)) {
            if (e.isDisplayed()) {
                return true;
            }
        }
        return false;
    }
}
