package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.testprovider.Fault;
import dev.modeldeck.testprovider.Target;
import org.junit.jupiter.api.Test;

/** Long work shows as aria-busy on the region doing it, and its end is announced through role=status. */
class ProgressE2eTest extends E2eBase {

    private String busy(String role, String name) { return find(role, name).getAttribute("aria-busy"); }

    @Test
    void discoveryAndConnectionTestAreBusyWhileTheyRunAndAnnounceTheEnd() {
        seedProviders("Slow demo");
        browser.open("options.html");
        click("button", "Edit Slow demo");
        waitFor("models", () -> items("Models").size() >= 4);
        provider.faults().add(Fault.delayHeaders(1500).on(Target.MODELS).times(1));
        click("button", "Refresh models");
        waitFor("discovery busy", 5, () -> "true".equals(busy("region", "Models of this provider")));
        waitFor("discovery done", () -> "false".equals(busy("region", "Models of this provider")));
        assertTrue(find("region", "Models of this provider").getText().contains("4 models"));

        provider.faults().add(Fault.delayHeaders(1500).on(Target.MODELS).times(1));
        click("button", "Test connection");
        waitFor("test busy", 5, () -> A11y.exists(d(), "region", "Connection test") && "true".equals(busy("region", "Connection test")));
        assertTrue(A11y.exists(d(), "button", "Cancel test"), "a running test can be cancelled");
        waitFor("test done", 20, () -> "false".equals(busy("region", "Connection test")));
        waitFor("announced", () -> statusText().startsWith("Connection test finished"));
    }

    @Test
    void testAllIsBusyWhileItRunsAndAnnouncesItsSummary() {
        seedProviders("Slow one", "Slow two");
        provider.faults().add(Fault.delayHeaders(1500).on(Target.MODELS).times(2));
        browser.open("options.html");
        click("button", "Test all");
        waitFor("busy", 5, () -> "true".equals(busy("region", "Test all results")));
        waitFor("done", 30, () -> "false".equals(busy("region", "Test all results")));
        waitFor("announced", () -> statusText().startsWith("Tested 2 providers"));
    }

    @Test
    void aStreamingReplyKeepsTheConversationBusyUntilItEnds() {
        seedProviders("Slow demo");
        provider.content().wordDelayMs(60);
        browser.open("popup.html");
        chooseStartingWith("Model", "demo-chat ");
        find("textbox", "Message").sendKeys("Hi");
        pressEnter(find("textbox", "Message"));
        waitFor("busy", 5, () -> "true".equals(busy("log", "Conversation")));
        assertTrue(A11y.exists(d(), "button", "Stop"));
        waitFor("done", 30, () -> "false".equals(busy("log", "Conversation")));
        waitFor("announced", () -> statusText().contains("Reply complete"));
    }
}
