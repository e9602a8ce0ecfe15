package dev.modeldeck.ui.chat;

import dev.modeldeck.core.i18n.I18n;
import dev.modeldeck.ui.dom.El;
import org.teavm.jso.dom.events.KeyboardEvent;

/**
 * The message box with Send and Stop. Enter sends (but not while an input method is composing),
 * Shift+Enter starts a new line, Escape stops the reply.
 */
final class Composer {
    private final El input = El.tag("textarea").attr("rows", "2");
    private final El send = El.button(I18n.t("chat_send")).cls("primary");
    private final El stop = El.button(I18n.t("chat_stop")).hidden(true);
    private final El root;

    Composer(Runnable onSend, Runnable onStop) {
        input.id("message-input").attr("placeholder", I18n.t("chat_message_placeholder"));
        El inputLabel = El.tag("label").attr("for", "message-input").cls("visually-hidden").text(I18n.t("chat_message_label"));
        send.onClick(onSend);
        stop.onClick(onStop);
        input.onEvent("keydown", e -> {
            KeyboardEvent k = (KeyboardEvent) e;
            if ("Enter".equals(k.getKey()) && !k.isShiftKey() && !k.isComposing()) {
                e.preventDefault();
                onSend.run();
            } else if ("Escape".equals(k.getKey())) {
                onStop.run();
            }
        });
        root = El.div("composer").add(inputLabel, input, El.div("buttons").add(send, stop));
    }

    El element() { return root; }

    String text() { return input.value(); }

    void text(String text) { input.value(text); }

    void focus() { input.focus(); }

    /** While a reply runs, Stop takes Send's place. */
    void running(boolean running) {
        send.hidden(running);
        stop.hidden(!running);
    }
}
