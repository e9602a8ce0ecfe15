package dev.modeldeck.e2e;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Point;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WrapsElement;

/**
 * A control named by role and accessible name that is looked up afresh for every action, so a page that
 * re-renders between two steps never leaves a test holding a dead element. An action that meets a stale or
 * not-yet-interactable element looks the control up again, within {@link #ACTION_WAIT}.
 */
public final class Control implements WebElement, WrapsElement {
    static final Duration ACTION_WAIT = Duration.ofSeconds(10);

    private final WebDriver driver;
    private final String role;
    private final String name;

    public Control(WebDriver driver, String role, String name) {
        this.driver = driver;
        this.role = role;
        this.name = name;
    }

    /** Runs {@code action} on the element found now, again on a fresh lookup while the page is mid-render. */
    public <T> T act(Function<WebElement, T> action) {
        long deadline = System.nanoTime() + ACTION_WAIT.toNanos();
        while (true) {
            try {
                return action.apply(A11y.find(driver, role, name));
            } catch (StaleElementReferenceException | ElementNotInteractableException e) {
                // ElementClickInterceptedException is a kind of not-interactable: an overlay that is about to go.
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
    }

    private void run(Consumer<WebElement> action) {
        act(e -> {
            action.accept(e);
            return null;
        });
    }

    @Override public WebElement getWrappedElement() { return A11y.find(driver, role, name); }
    @Override public void click() { run(WebElement::click); }
    @Override public void submit() { run(WebElement::submit); }
    @Override public void sendKeys(CharSequence... keys) { run(e -> e.sendKeys(keys)); }
    @Override public void clear() { run(WebElement::clear); }
    @Override public String getTagName() { return act(WebElement::getTagName); }
    @Override public String getAttribute(String attr) { return act(e -> e.getAttribute(attr)); }
    @Override public String getDomAttribute(String attr) { return act(e -> e.getDomAttribute(attr)); }
    @Override public String getDomProperty(String prop) { return act(e -> e.getDomProperty(prop)); }
    @Override public boolean isSelected() { return act(WebElement::isSelected); }
    @Override public boolean isEnabled() { return act(WebElement::isEnabled); }
    @Override public boolean isDisplayed() { return act(WebElement::isDisplayed); }
    @Override public String getText() { return act(WebElement::getText); }
    @Override public String getAccessibleName() { return act(WebElement::getAccessibleName); }
    @Override public String getAriaRole() { return act(WebElement::getAriaRole); }
    @Override public List<WebElement> findElements(By by) { return act(e -> e.findElements(by)); }
    @Override public WebElement findElement(By by) { return act(e -> e.findElement(by)); }
    @Override public Point getLocation() { return act(WebElement::getLocation); }
    @Override public Dimension getSize() { return act(WebElement::getSize); }
    @Override public Rectangle getRect() { return act(WebElement::getRect); }
    @Override public String getCssValue(String property) { return act(e -> e.getCssValue(property)); }
    @Override public <X> X getScreenshotAs(OutputType<X> target) { return act(e -> e.getScreenshotAs(target)); }

    @Override
    public String toString() {
        return role + " '" + name + "'";
    }
}
