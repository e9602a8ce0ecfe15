package dev.modeldeck.ui.chat;

import dev.modeldeck.browser.Browser;
import dev.modeldeck.core.chat.ChatMessage;
import dev.modeldeck.core.discovery.ModelIdDisplay;
import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.core.reply.UnfinishedReply;
import dev.modeldeck.ui.dom.Alerts;
import dev.modeldeck.ui.dom.El;
import dev.modeldeck.ui.markdown.StreamingMarkdownView;
import dev.modeldeck.ui.shared.Format;
import org.teavm.jso.dom.xml.CharacterData;

/**
 * One message in the `Conversation` log. User text is shown as plain text; assistant text as
 * markdown built from a syntax tree. While streaming, each token extends the view in constant time.
 */
final class MessageView {
    interface Actions {
        void regenerate();
        void retry();
        void editLast();
    }

    private final El root;
    private final El body = El.div("body");
    private final El meta = El.div("msg-meta");
    private final El state = El.div("msg-state");
    private El reasoningBox;
    private CharacterData reasoningText;
    private StreamingMarkdownView streaming;
    private ChatMessage message;
    private final Browser browser;

    MessageView(ChatMessage message, Browser browser) {
        this.message = message;
        this.browser = browser;
        root = El.tag("article").cls("msg " + (message.isAssistant() ? "assistant" : "user"));
        root.label(message.isAssistant() ? I18n.t("chat_msg_assistant_label") : I18n.t("chat_msg_user_label"));
        root.add(body);
        if (message.isAssistant()) {
            root.add(state, meta);
            if (message.status == ChatMessage.Status.STREAMING) {
                streaming = new StreamingMarkdownView(body, this::decorateCode);
                if (message.reasoning != null && !message.reasoning.isEmpty()) {
                    appendReasoning(message.reasoning);
                }
                if (!message.content.isEmpty()) {
                    streaming.append(message.content);
                }
            } else {
                renderFinished();
            }
        } else {
            body.text(message.content);
            root.add(meta);
        }
    }

    El element() { return root; }
    ChatMessage message() { return message; }

    boolean isStreaming() { return message.status == ChatMessage.Status.STREAMING; }

    /** Where the message sits in the whole conversation, for screen readers (only a window of it is in the DOM). */
    void position(int index, int count) {
        root.attr("aria-posinset", Integer.toString(index + 1)).attr("aria-setsize", Integer.toString(count));
    }

    /**
     * Catches up with a newer copy of this streaming message (saved by the page that runs the reply): only
     * the new text is rendered. False when the copy does not continue what is shown; then the view is rebuilt.
     */
    boolean follow(ChatMessage newer, Actions actions, boolean isLast) {
        String shownReasoning = message.reasoning == null ? "" : message.reasoning;
        String newerReasoning = newer.reasoning == null ? "" : newer.reasoning;
        if (!isStreaming() || !newer.content.startsWith(message.content) || !newerReasoning.startsWith(shownReasoning)) {
            return false;
        }
        String content = newer.content.substring(message.content.length());
        String reasoning = newerReasoning.substring(shownReasoning.length());
        message = newer;
        if (!reasoning.isEmpty()) {
            appendReasoning(reasoning);
        }
        if (!content.isEmpty()) {
            appendContent(content);
        }
        if (!isStreaming()) {
            finish(actions, isLast);
        }
        return true;
    }

    // ---- streaming ----

    void appendContent(String delta) {
        if (streaming == null) {
            streaming = new StreamingMarkdownView(body, this::decorateCode);
        }
        streaming.append(delta);
    }

    void appendReasoning(String delta) {
        if (reasoningBox == null) {
            reasoningBox = El.tag("details").cls("reasoning");
            El pre = El.div("reasoning-text");
            reasoningText = pre.addTextNode("");
            reasoningBox.add(El.tag("summary").text(I18n.t("chat_reasoning")), pre);
            root.node().insertBefore(reasoningBox.node(), body.node());
        }
        reasoningText.appendData(delta);
    }

    /** The reply ended (complete, stopped, failed): final markdown render and the status line. */
    void finish(Actions actions, boolean isLast) {
        if (streaming != null) {
            streaming.finish();
            streaming = null;
        }
        showState();
        showMeta(actions, isLast);
    }

    private void renderFinished() {
        if (message.reasoning != null && !message.reasoning.isEmpty()) {
            appendReasoning(message.reasoning);
        }
        StreamingMarkdownView.renderAll(message.content, body, this::decorateCode);
        showState();
    }

    void showActions(Actions actions, boolean isLast) {
        showMeta(actions, isLast);
    }

    private void showState() {
        String text;
        switch (message.status) {
            case STOPPED: text = I18n.t("chat_state_stopped"); break;
            case INCOMPLETE:
                text = message.error == null ? I18n.t("chat_state_incomplete")
                    : UnfinishedReply.isPageCause(message.error) ? I18n.t("chat_state_incomplete_page", message.error)
                    : I18n.t("chat_state_incomplete_reason", message.error);
                break;
            case LENGTH: text = I18n.t("chat_state_length"); break;
            case ERROR: text = message.error == null ? I18n.t("chat_state_failed") : message.error; break;
            default: text = message.error; // e.g. a content-filter notice on a complete reply
        }
        state.text(text == null ? "" : text).cls("msg-state " + message.status.name().toLowerCase()).hidden(text == null);
        if (message.status == ChatMessage.Status.ERROR || message.status == ChatMessage.Status.INCOMPLETE) {
            state.role("alert");
        }
    }

    private void showMeta(Actions actions, boolean isLast) {
        meta.clear();
        if (message.isAssistant()) {
            StringBuilder who = new StringBuilder();
            if (message.modelId != null) {
                who.append(ModelIdDisplay.shorten(message.modelId));
            }
            if (message.providerName != null) {
                who.append(" · ").append(message.providerName);
            }
            if (message.timeToFirstTokenMs != null) {
                who.append(" · ").append(I18n.t("chat_meta_first_token", Format.millis(message.timeToFirstTokenMs)));
            }
            if (message.promptTokens != null || message.completionTokens != null) {
                who.append(" · ").append(I18n.t("chat_meta_tokens",
                    message.promptTokens == null ? "?" : Format.thousands(message.promptTokens),
                    message.completionTokens == null ? "?" : Format.thousands(message.completionTokens)));
            }
            El whoLine = El.span("who", who.toString());
            if (ModelIdDisplay.isShortened(message.modelId)) {
                whoLine.title(message.modelId);
            }
            meta.add(whoLine);
            if (message.routeNote != null) {
                meta.add(El.span("route-note", message.routeNote));
            }
        }
        El copy = El.button(I18n.t("chat_copy")).label(I18n.t("chat_copy_message_label"));
        copy.onClickAsync(() -> copy(message.content, I18n.t("chat_copied")));
        meta.add(copy);
        if (actions != null && isLast && message.isAssistant()) {
            if (message.status == ChatMessage.Status.INCOMPLETE || message.status == ChatMessage.Status.ERROR) {
                El retry = El.button(I18n.t("chat_retry")).label(I18n.t("chat_retry_label"));
                retry.onClick(actions::retry);
                meta.add(retry);
            } else {
                El regen = El.button(I18n.t("chat_regenerate")).label(I18n.t("chat_regenerate_label"));
                regen.onClick(actions::regenerate);
                meta.add(regen);
            }
        }
        if (actions != null && isLast && !message.isAssistant()) {
            El edit = El.button(I18n.t("chat_edit")).label(I18n.t("chat_edit_label"));
            edit.onClick(actions::editLast);
            meta.add(edit);
        }
    }

    /** Adds a language label (already there) and a copy button to each code block. */
    private void decorateCode(El head, String language, String code) {
        El copy = El.button(I18n.t("chat_copy_code"))
            .label(language.isEmpty() ? I18n.t("chat_copy_code_label") : I18n.t("chat_copy_code_language_label", language));
        copy.onClickAsync(() -> copy(code, I18n.t("chat_code_copied")));
        head.add(copy);
    }

    /** Copies and says whether it worked. Blocks: run it in a green thread. */
    private void copy(String text, String done) {
        String problem = browser.copyText(text);
        if (problem == null) {
            Alerts.say(done);
        } else {
            Alerts.error(I18n.t("chat_copy_failed", problem));
        }
    }
}
