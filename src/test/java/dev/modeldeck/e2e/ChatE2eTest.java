package dev.modeldeck.e2e;

import static org.junit.jupiter.api.Assertions.*;

import dev.modeldeck.testprovider.Fault;
import dev.modeldeck.testprovider.RecordedRequest;
import dev.modeldeck.testprovider.Target;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Chat in the popup and side panel, streamed from the local test provider. */
class ChatE2eTest extends E2eBase {

    private void pickModel(String modelId) {
        chooseStartingWith("Model", modelId + " ");
    }

    private void send(String text) {
        WebElement box = find("textbox", "Message");
        box.sendKeys(text);
        pressEnter(box);
    }

    private String conversationText() { return find("log", "Conversation").getText(); }

    private void waitReplyDone() {
        waitFor("reply finished", 20, () -> "false".equals(find("log", "Conversation").getAttribute("aria-busy")));
    }

    @Test
    void pickAModelSendAndSeeTheReplyStreamIn() {
        seedProviders("Local demo");
        browser.open("popup.html");
        pickModel("demo-chat");
        assertTrue(new Select(find("combobox", "Model")).getFirstSelectedOption().getText().contains("Local demo"),
            "option names the provider");
        send("Hello there");
        waitFor("streamed text", () -> conversationText().contains("demo provider"));
        waitReplyDone();
        String log = conversationText();
        assertTrue(log.contains("Hello there"), log);
        assertTrue(log.contains("demo-chat") && log.contains("Local demo"), "reply records model and provider: " + log);
        assertTrue(log.contains("first token"), "time to first token shown: " + log);
        RecordedRequest chat = provider.requests().last();
        assertTrue(chat.body().contains("\"stream\":true"), chat.body());
        // Markdown arrived as DOM: the demo reply has a fenced code block.
        assertFalse(d().findElements(By.cssSelector(".msg.assistant .code-block pre code")).isEmpty(), "code block rendered");
        assertTrue(A11y.exists(d(), "button", "Copy message"));
        browser.screenshot("popup-chat-reply");
    }

    @Test
    void stopKeepsWhatArrivedAndMarksIt() {
        seedProviders("Slow demo");
        provider.content().wordDelayMs(150);
        browser.open("popup.html");
        pickModel("demo-chat");
        send("Tell me a long story");
        waitFor("first words", () -> conversationText().contains("You said"));
        click("button", "Stop");
        waitReplyDone();
        String log = conversationText();
        assertTrue(log.contains("Stopped"), log);
        assertTrue(log.contains("You said"), "partial text kept: " + log);
        browser.open("popup.html");
        String reopened = conversationText();
        assertTrue(reopened.contains("You said") && reopened.contains("Stopped"), "saved as stopped: " + reopened);
        browser.screenshot("popup-chat-stopped");
    }

    @Test
    void switchingModelsKeepsTheConversation() {
        seedProviders("Local demo");
        browser.open("sidepanel.html");
        pickModel("demo-reasoner");
        send("First question");
        waitFor("first reply", () -> conversationText().contains("demo provider"));
        waitReplyDone();
        pickModel("demo-fast");
        send("Second question");
        waitFor("second reply", () -> conversationText().split("demo provider", -1).length >= 3);
        waitReplyDone();
        RecordedRequest second = provider.requests().last();
        assertTrue(second.body().contains("First question") && second.body().contains("Second question"), second.body());
        assertTrue(second.body().contains("\"model\":\"demo-fast\""), second.body());
        assertFalse(second.body().contains("reasoning"), "reasoning from the first model is not sent on: " + second.body());
        assertTrue(conversationText().contains("demo-fast"), "the second reply records the new model");
        browser.screenshot("sidepanel-switched-model");
    }

    @Test
    void sidePanelShowsTheConversationStartedInThePopup() {
        seedProviders("Local demo");
        browser.open("popup.html");
        pickModel("demo-chat");
        send("Shared between views");
        waitFor("reply", () -> conversationText().contains("demo provider"));
        waitReplyDone();
        browser.open("sidepanel.html");
        String log = conversationText();
        assertTrue(log.contains("Shared between views") && log.contains("demo provider"), log);
        browser.screenshot("sidepanel-conversation");
    }

    @Test
    void aBrokenConnectionKeepsThePartialReplyAndOffersRetry() {
        seedProviders("Flaky demo");
        provider.faults().add(Fault.disconnectAfter(8).on(Target.CHAT));
        // Paced like a real model, so the words before the break are read before the socket closes.
        provider.content().wordDelayMs(40);
        browser.open("popup.html");
        pickModel("demo-chat");
        send("Break please");
        waitReplyDone();
        waitFor("incomplete marked", () -> conversationText().contains("Incomplete"));
        click("button", "Retry this reply");
        waitFor("retried reply", () -> conversationText().contains("demo provider"));
        waitReplyDone();
        assertFalse(conversationText().contains("Incomplete"), conversationText());
    }

    @Test
    void aProviderErrorIsExplainedAndNothingIsLost() {
        seedProviders("Quota demo");
        provider.faults().add(Fault.errorFixture("openai-429-insufficient_quota.json", 429).on(Target.CHAT).always());
        browser.open("popup.html");
        pickModel("demo-chat");
        send("Will this fail?");
        waitReplyDone();
        waitFor("error alert", () -> alertText().length() > 0);
        String alert = alertText();
        assertTrue(alert.toLowerCase().contains("quota"), alert);
        assertTrue(conversationText().contains("Will this fail?"), "the user's message is kept");
        browser.screenshot("popup-chat-quota-error");
    }
}
